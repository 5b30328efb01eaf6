/** The outcome of a parser: a value, or a message a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
