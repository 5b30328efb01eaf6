/**
 * Splits a callback URL (template) into its parts as written, before any browser normalisation:
 * `new URL('https://0x7f.1/')` quietly becomes 127.0.0.1, and the checks must see what was typed.
 */

import { groupDigits } from '../shared/count.ts';
import { fail, ok, type Result } from '../shared/result.ts';

/** The parts of a URL as typed. */
export interface UrlParts {
  /** Lower-cased scheme, or null when the URL has no "scheme://". */
  scheme: string | null;
  /** "user:password" before "@", or null. */
  userinfo: string | null;
  /** The host as typed: a name, an IPv4 literal, or an IPv6 literal without brackets. */
  host: string;
  /** Whether the host was in brackets (IPv6 literal). */
  bracketed: boolean;
  /** The port text after ":" as typed, or null when none was given. */
  portText: string | null;
  /** Path, query and fragment as typed ("/cb?id={paymentId}#x"). */
  rest: string;
  /** The fragment without "#", or null. */
  fragment: string | null;
}

/** URLs longer than this are refused (browsers and servers commonly cap URLs near here). */
export const MAX_URL_LENGTH = 4096;

/** Splits a URL as typed into its parts; explains what can't be split. Never throws. */
export function splitUrl(input: string): Result<UrlParts> {
  const text = input.trim();
  if (text === '')
    return fail(
      'Enter the callback URL you register with Resurs, e.g. https://shop.example.com/resurs/callback?paymentId={paymentId}.',
    );
  if (text.length > MAX_URL_LENGTH)
    return fail(
      `This is ${groupDigits(text.length)} characters long; a callback URL of more than ${groupDigits(MAX_URL_LENGTH)} characters won't work. Enter one URL.`,
    );
  if (/[\r\n]/.test(text)) return fail('Enter one URL only: this text has several lines.');
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  const scheme = schemeMatch ? (schemeMatch[1] ?? '').toLowerCase() : null;
  const afterScheme = schemeMatch ? text.slice(schemeMatch[0].length) : text.replace(/^\/\//, '');
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? null : authority.slice(0, at);
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  const hash = rest.indexOf('#');
  const fragment = hash < 0 ? null : rest.slice(hash + 1);

  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return fail('The IPv6 address in the URL has "[" but no closing "]".');
    const after = hostPort.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return fail(`Unexpected "${after}" after the IPv6 address.`);
    return ok({
      scheme,
      userinfo,
      host: hostPort.slice(1, close),
      bracketed: true,
      portText: after === '' ? null : after.slice(1),
      rest,
      fragment,
    });
  }
  const colons = hostPort.split(':').length - 1;
  if (colons > 1) return fail('An IPv6 address in a URL must be written in brackets, e.g. https://[2001:db8::1]/.');
  const [host = '', portText] = hostPort.split(':');
  if (host === '') return fail('The URL has no host name: write it as https://your-shop.example/path.');
  return ok({ scheme, userinfo, host, bracketed: false, portText: portText ?? null, rest, fragment });
}
