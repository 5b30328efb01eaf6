/** The checklist items' vocabulary and the checks on the URL's text (scheme, port, encoding, placeholders). */
import {
  bracedNames,
  isKnownPlaceholder,
  knownPlaceholders,
  placeholderIgnoringCase,
  replacePlaceholders,
} from '../shared/placeholders.ts';
import type { ManualCommand } from './manual-commands.ts';
import type { UrlParts } from './url-parts.ts';

/** `data-status` of a checklist item. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'manual';

/** `data-check` ids, in the order the checklist shows them. */
export type CheckId =
  | 'https'
  | 'port'
  | 'ip-range'
  | 'ipv6'
  | 'local-name'
  | 'tunnel'
  | 'credentials'
  | 'encoding'
  | 'placeholders'
  | 'fragment'
  | 'public-dns'
  | 'ipv4-dns'
  | 'certificate'
  | 'tls'
  | 'firewall'
  | 'response';

/** One checklist item. */
export interface UrlCheck {
  id: CheckId;
  status: CheckStatus;
  title: string;
  detail: string;
  commands: ManualCommand[];
}

/** Builds a checklist item. Never throws. */
export const item = (
  id: CheckId,
  status: CheckStatus,
  title: string,
  detail: string,
  commands: ManualCommand[] = [],
) => ({
  id,
  status,
  title,
  detail,
  commands,
});

/** https only: Resurs no longer calls http. Never throws. */
export function schemeCheck(parts: UrlParts) {
  if (parts.scheme === 'https') return item('https', 'pass', 'https', 'The URL uses https.');
  if (parts.scheme === 'http') {
    return item(
      'https',
      'fail',
      'https, not http',
      'Resurs no longer sends callbacks over plain http (port 80): use https, in test and in production.',
    );
  }
  if (parts.scheme === null) return item('https', 'fail', 'https', 'The URL has no scheme: start it with https:// .');
  return item('https', 'fail', 'https', `Resurs calls https URLs only, not ${parts.scheme}: .`);
}

/** Port 443 only; also returns the port the commands should use. Never throws. */
export function portCheck(parts: UrlParts): { check: UrlCheck; port: number } {
  if (parts.portText === null || parts.portText === '') {
    const port = parts.scheme === 'http' ? 80 : 443;
    const status = port === 443 ? 'pass' : 'fail';
    return {
      port,
      check: item(
        'port',
        status,
        'Port 443',
        port === 443 ? 'No port given: https uses 443.' : 'Plain http uses port 80; Resurs connects to 443 only.',
      ),
    };
  }
  if (!/^[0-9]{1,5}$/.test(parts.portText) || Number(parts.portText) > 65535) {
    return { port: 443, check: item('port', 'fail', 'Port 443', `":${parts.portText}" is not a port number.`) };
  }
  const port = Number(parts.portText);
  return port === 443
    ? { port, check: item('port', 'pass', 'Port 443', 'Port 443.') }
    : {
        port,
        check: item(
          'port',
          'fail',
          'Port 443',
          `Port ${port}: Resurs connects to port 443 only. Serve the callback on 443.`,
        ),
      };
}

const ENCODE_OK = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/** Characters that must be percent-encoded in path and query. Never throws. */
export function encodingCheck(parts: UrlParts): UrlCheck {
  const title = 'Characters are URL-encoded';
  const withoutPlaceholders = replacePlaceholders(parts.rest, () => '');
  const bad = new Set<string>();
  for (const ch of withoutPlaceholders) if (!ENCODE_OK.test(ch)) bad.add(ch);
  const badPercent = /%(?![0-9A-Fa-f]{2})/.test(withoutPlaceholders);
  if (bad.size === 0 && !badPercent)
    return item('encoding', 'pass', title, 'Path and query hold only characters allowed in a URL.');
  const shown = [...bad].map((ch) =>
    /\s/.test(ch) || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f
      ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      : `"${ch}"`,
  );
  const list = [...shown, ...(badPercent ? ['"%" without two hex digits'] : [])].join(', ');
  return item(
    'encoding',
    'fail',
    title,
    `Encode these characters before you register the URL: ${list}. For example a space is %20 and "|" is %7C.`,
  );
}

/** Placeholders Resurs fills, their case, and none in host or port. Never throws. */
export function placeholderCheck(parts: UrlParts, hostHasPlaceholder: boolean): UrlCheck {
  const title = 'Placeholders Resurs knows';
  if (hostHasPlaceholder) {
    return item(
      'placeholders',
      'fail',
      title,
      'The host holds a placeholder; Resurs fills placeholders in the path and query only, so the host must be written out.',
    );
  }
  if (parts.portText?.includes('{'))
    return item('placeholders', 'fail', title, 'The port holds a placeholder: write 443.');
  const found = bracedNames(parts.rest);
  const unknown = found.filter((name) => !isKnownPlaceholder(name));
  const known = knownPlaceholders.map((p) => `{${p}}`).join(', ');
  if (unknown.length > 0) {
    const hints = unknown.map((name) => {
      const match = placeholderIgnoringCase(name);
      return match ? `{${name}} (did you mean {${match}}? placeholders are case-sensitive)` : `{${name}}`;
    });
    return item('placeholders', 'warn', title, `Resurs fills only ${known}; it sends ${hints.join(', ')} as typed.`);
  }
  if (!found.includes('paymentId')) {
    return item(
      'placeholders',
      'warn',
      title,
      'The URL has no {paymentId}: Resurs puts the payment id only where the template asks for it, and without it you can’t tell which payment a callback is about.',
    );
  }
  return item('placeholders', 'pass', title, `Placeholders: ${found.map((p) => `{${p}}`).join(', ')}.`);
}
