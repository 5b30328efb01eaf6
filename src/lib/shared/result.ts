/** The outcome of a parser: a value, or an error message a person can act on. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful result. Never throws. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed result. Never throws. */
export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
