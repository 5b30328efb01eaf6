import type { FieldName, RawOptions } from './options.ts';
import { defaultRawOptions } from './options.ts';

/** The form's fields in URL order. */
export const fieldNames = Object.keys(defaultRawOptions) as FieldName[];

/**
 * Reads the form state from a query string ('?mode=sync&cli=sudo&user=…'). Missing parameters take
 * their defaults; values are kept exactly as given (validation happens later). Never throws.
 */
export function decodeState(search: string): RawOptions {
  const state = { ...defaultRawOptions };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return state;
  }
  for (const name of fieldNames) {
    const value = params.get(name);
    if (value !== null) state[name] = value;
  }
  return state;
}

/**
 * Writes the form state as a query string without the leading '?', leaving out empty and default
 * values, so the default state is ''. Never throws.
 */
export function encodeState(state: RawOptions): string {
  const params = new URLSearchParams();
  for (const name of fieldNames) {
    const value = state[name];
    if (value !== '' && value !== defaultRawOptions[name]) params.set(name, value);
  }
  return params.toString();
}
