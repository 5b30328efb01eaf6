import Big from 'big.js';
import type { Result } from '../shared/result.ts';

/**
 * A big.js constructor of our own, so our division precision never leaks into other tools that share
 * the bundle. 40 decimal places of division keep quotients exact far beyond the 0.05 tolerance.
 */
const Dec = Big();
Dec.DP = 40;
Dec.RM = Big.roundHalfUp;

/** A decimal value (big.js); never a binary float. */
export type Decimal = Big;

/** The decimal for a string that is already known to be a valid plain decimal. Throws on anything else. */
export function dec(text: string): Decimal {
  return new Dec(text);
}

/** Zero, from this module's constructor. Never throws. */
export const ZERO: Decimal = new Dec(0);

/** Longest number text accepted: more digits than any amount needs, few enough to stay fast. */
const MAX_LENGTH = 60;

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Parses a plain decimal (what Resurs' schema calls decimal: digits, an optional point and sign;
 * no exponent, comma, spaces or symbols). Surrounding whitespace is ignored, as XML does.
 * Never throws: text that is not a plain decimal gets a message saying what to write instead.
 */
export function parseDecimal(raw: string): Result<Decimal> {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'is empty: expected a number such as 12.50' };
  if (text.length > MAX_LENGTH) {
    return { ok: false, error: `has ${text.length} characters: expected a number of at most ${MAX_LENGTH}` };
  }
  if (PLAIN.test(text)) return { ok: true, value: new Dec(text.charCodeAt(0) === 43 ? text.slice(1) : text) };
  return { ok: false, error: explain(text, quote(raw)) };
}

/** Says why `text` is not a plain decimal and what to write instead. */
function explain(text: string, shown: string): string {
  const exponent = /^([+-]?(?:\d+\.?\d*|\.\d+))[eE]([+-]?\d{1,6})$/.exec(text);
  if (exponent) {
    const [, mantissa = '0', power = '0'] = exponent;
    const plain = Math.abs(Number(power)) <= 30 ? new Dec(`${mantissa}e${power}`).toFixed() : null;
    return `${shown} is exponent notation: write it as a plain decimal${plain ? `, ${plain}` : ''}`;
  }
  if (/^[+-]?\d+,\d+$/.test(text)) {
    return `${shown} uses a decimal comma: write ${text.replace(',', '.')} (with a point)`;
  }
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    return `${shown} has thousands separators: write ${text.replaceAll(',', '')}`;
  }
  if (/^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/.test(text)) {
    return `${shown} uses a point for thousands and a comma for decimals: write ${text.replaceAll('.', '').replace(',', '.')}`;
  }
  if (/^[+-]?[\d.,]+(?:[ \u00a0\u202f'][\d.,]+)+$/.test(text)) {
    const squeezed = text.replace(/[ \u00a0\u202f']/g, '');
    const fixed = /^[+-]?\d+,\d+$/.test(squeezed) ? squeezed.replace(',', '.') : squeezed;
    return `${shown} contains spaces or apostrophes: write ${fixed}`;
  }
  if (/^[+-]?[\d.]+\s*%$/.test(text)) return `${shown} has a percent sign: write ${text.replace(/\s*%$/, '')}`;
  if (/^(?:[+-]?(?:nan|inf(?:inity)?))$/i.test(text))
    return `${shown} is not a number: expected a decimal such as 12.50`;
  if (/^0x/i.test(text)) return `${shown} is hexadecimal: expected a decimal such as 12.50`;
  if (/\d/.test(text) && /[^\d.,+\-\s]/.test(text)) {
    return `${shown} contains characters other than digits: write only the number (no currency or unit), such as 12.50`;
  }
  if (/^[+-]?\d*\.\d*\.[\d.]*$/.test(text)) return `${shown} has more than one decimal point`;
  return `${shown} is not a number: expected a decimal such as 12.50 (digits, optionally a point and a minus sign)`;
}

/** The text in quotes for a message, shortened and with control characters made visible. Never throws. */
export function quote(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this makes visible
  const visible = raw.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `“${visible.length > 40 ? `${visible.slice(0, 40)}…` : visible}”`;
}

/** How many decimals a plain decimal text has ('12.500' → 3). Never throws. */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.trim().length - point - 1;
}

const trailingZeroPatterns = new Map<number, RegExp>();

/** A pattern for the zeros after the first `keep` decimals (built once per `keep`). */
function trailingZeros(keep: number): RegExp {
  let pattern = trailingZeroPatterns.get(keep);
  if (!pattern) {
    pattern = new RegExp(`(\\.\\d{${keep}}\\d*?)0+$`);
    trailingZeroPatterns.set(keep, pattern);
  }
  return pattern;
}

/**
 * Formats a decimal for people and payloads: rounded half-up to `maxDecimals`, trailing zeros
 * removed, but at least `minDecimals` decimals ('12.568', '3142.00'). Never throws.
 */
export function formatDecimal(value: Decimal, maxDecimals = 5, minDecimals = 2): string {
  const rounded = value.round(maxDecimals, Big.roundHalfUp);
  let text = rounded.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    text = text.replace(trailingZeros(minDecimals), '$1');
    if (minDecimals === 0) text = text.replace(/\.$/, '');
  }
  return text === '-0' || /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

/** The exact sum of decimals (0 for none). Never throws. */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((total, v) => total.plus(v), ZERO);
}
