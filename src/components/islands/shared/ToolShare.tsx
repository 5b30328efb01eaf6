import { groupDigits } from '../../../lib/shared/count.ts';
import { linkPolicy, type ToolLink, type ToolParams, writeParams } from '../../../lib/site/tool-state.ts';
import { CopyButton } from './CopyButton.tsx';

/** Props of ToolShare. */
export interface Props<K extends string> {
  /** The tool's URL parameters now. */
  params: ToolParams<K>;
  /** The full tool's parameter defaults (values equal to these are left out of the link). */
  defaults: ToolParams<K>;
  /** Inside an FAQ answer: "Open in the full tool" instead of "Copy link". */
  embedded: boolean;
  /** The full tool page, root-relative with the base path ('/help/tools/allowlist/'); for embeds. */
  toolPath?: string;
  /** Section of the full tool to open from an embed ('' for the top). */
  anchor?: string;
  /** What the link reproduces, for the copy button's accessible name: "Copy link to {what}". */
  what: string;
  /** Whether the tool has hydrated (links are measured against the page's address only then). */
  live: boolean;
  /** A line under the button when the link is fine; none if left out. */
  hint?: string;
}

/**
 * The link to the full tool with these parameters, as an embed's "Open in the full tool" and the
 * copy of an answer carry it. `origin` ('' during the build) is counted in the length. Never throws.
 */
export function fullToolLink<K extends string>(
  toolPath: string,
  params: ToolParams<K>,
  defaults: ToolParams<K>,
  anchor = '',
  origin = '',
): ToolLink<K> {
  return writeParams(toolPath, params, defaults, { hash: anchor, extraLength: origin.length });
}

function pageLink<K extends string>(params: ToolParams<K>, defaults: ToolParams<K>): ToolLink<K> {
  return writeParams(window.location.href, params, defaults);
}

/**
 * The one share control of every tool: "Copy link" on a tool page (the page's own address, which
 * `useToolState` keeps in step with the state) or "Open in the full tool" inside an FAQ answer,
 * with a warning when the link is too long to send or some input had to be left out of it.
 */
export function ToolShare<K extends string>({
  params,
  defaults,
  embedded,
  toolPath = '',
  anchor = '',
  what,
  live,
  hint,
}: Props<K>) {
  const inBrowser = live && typeof window !== 'undefined';
  const link = embedded
    ? fullToolLink(toolPath, params, defaults, anchor, inBrowser ? window.location.origin : '')
    : inBrowser
      ? pageLink(params, defaults)
      : null;
  const warning = !link
    ? ''
    : link.omitted.length > 0
      ? `Some of the input is too long for a link (more than ${groupDigits(linkPolicy.maxUrl)} characters, which web servers refuse), so the link leaves it out: send the input itself instead.`
      : link.long
        ? `This link is ${groupDigits(link.length)} characters long. Many e-mail and chat tools cut links after about ${groupDigits(linkPolicy.warnAbove)} characters: send the input itself instead.`
        : '';
  return (
    <div class="tool-share">
      {embedded ? (
        <a class="button button--secondary button--small" href={link?.href ?? toolPath}>
          Open in the full tool
        </a>
      ) : (
        <CopyButton text={() => pageLink(params, defaults).href} label="Copy link" ariaLabel={`Copy link to ${what}`} />
      )}
      {warning ? (
        <p class="tool-share__warning" data-link-too-long>
          <span aria-hidden="true">! </span>
          {warning}
        </p>
      ) : (
        hint && <p class="tool-share__hint">{hint}</p>
      )}
    </div>
  );
}

/**
 * The markers an FAQ embed's root carries for "Copy answer": always `data-tool-embed`; once the
 * reader changed the tool, `data-tool-changed`, its one-line verdict and the full-tool link.
 */
export function embedMarkers(
  embedded: boolean,
  changed: boolean,
  verdict: string,
  href: string,
): Record<string, string> {
  if (!embedded) return {};
  return changed
    ? { 'data-tool-embed': '', 'data-tool-changed': '', 'data-tool-verdict': verdict, 'data-tool-href': href }
    : { 'data-tool-embed': '' };
}
