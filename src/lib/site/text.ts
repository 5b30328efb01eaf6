/** Text helpers for untrusted strings: nothing here throws, whatever the input. */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate (half an emoji) replaced by U+FFFD, so it can be encoded. Never throws. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** `encodeURIComponent` that never throws: lone surrogates are encoded as U+FFFD (as URLSearchParams does). */
export function encodeComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/**
 * The first `max` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair, so
 * a cut never leaves half an emoji. Never throws.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}
