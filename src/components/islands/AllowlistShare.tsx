import { buildToolLink, type ToolParam } from '../../lib/allowlist/tool-link.ts';
import { CopyButton } from './shared/CopyButton.tsx';
import { currentUrl } from './shared/use-url-state.ts';

export interface Props {
  base: string;
  embedded: boolean;
  /** The input to carry into the full tool from an embedded variant. */
  params: Partial<Record<ToolParam, string>>;
  /** Section of the tool page to open. */
  anchor: string;
  /** What the link reproduces, for the copy button's accessible name. */
  what: string;
}

/** "Copy link" on the tool page; "Open in the full tool" (with the input) inside an FAQ answer. */
export function AllowlistShare({ base, embedded, params, anchor, what }: Props) {
  if (embedded) {
    return (
      <a class="button button--secondary button--small" href={buildToolLink(base, params, anchor)}>
        Open in the full tool
      </a>
    );
  }
  return <CopyButton text={currentUrl} label="Copy link" ariaLabel={`Copy link to ${what}`} />;
}
