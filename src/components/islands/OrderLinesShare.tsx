import { useEffect, useState } from 'preact/hooks';
import { LONG_LINK } from '../../lib/order-lines/url-codec.ts';
import { CopyButton } from './shared/CopyButton.tsx';
import { currentUrl } from './shared/use-url-state.ts';

/** Props of OrderLinesShare. */
export interface Props {
  /** The link: the full tool's own query ('?lines=…'), or for an embedded copy the full tool's URL. */
  href: string;
  /** Embedded: show "Open in the full tool" instead of "Copy link". */
  embedded: boolean;
}

/** How long the link to `href` (resolved against the page) is; 0 until the page is in a browser. */
function useLinkLength(href: string): number {
  const [length, setLength] = useState(0);
  useEffect(() => {
    try {
      setLength(new URL(href, window.location.href).toString().length);
    } catch {
      setLength(0);
    }
  }, [href]);
  return length;
}

/** "Copy link" (or "Open in the full tool"), with a warning when the link is too long to send. */
export function OrderLinesShare({ href, embedded }: Props) {
  const length = useLinkLength(href);
  const tooLong = length > LONG_LINK;
  return (
    <div class="ol-share">
      {embedded ? (
        <a class="button button--secondary button--small" href={href}>
          Open in the full tool
        </a>
      ) : (
        <CopyButton text={currentUrl} label="Copy link" ariaLabel="Copy link to exactly this check" />
      )}
      {tooLong ? (
        <p class="ol-share__warning" data-link-too-long>
          <span aria-hidden="true">! </span>
          This link is {length.toLocaleString('en')} characters long. Many e-mail and chat tools cut links after about{' '}
          {LONG_LINK.toLocaleString('en')} characters: send the payload itself instead.
        </p>
      ) : (
        <p class="ol-hint">
          {embedded
            ? 'The full tool explains every rule and gives you a link to send.'
            : 'The link holds the lines, flow and country, so it shows exactly this check.'}
        </p>
      )}
    </div>
  );
}
