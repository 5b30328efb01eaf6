/**
 * The `{placeholder}` names Resurs fills in a callback's URI template, and how text is searched for
 * them. src/lib/shared/uri-template.ts parses and fills whole templates; the callback URL checks use
 * these alone (a smaller module for the allowlist islands).
 */
import { callbackUriPlaceholders } from '../../data/network.ts';

/** The placeholders Resurs fills in a registered URI template (registerEventCallback). */
export const knownPlaceholders = callbackUriPlaceholders;

/** A placeholder name Resurs fills. */
export type Placeholder = (typeof knownPlaceholders)[number];

const known = new Set<string>(knownPlaceholders);

/** Whether Resurs fills a placeholder of this name (names are case-sensitive). Never throws. */
export function isKnownPlaceholder(name: string): name is Placeholder {
  return known.has(name);
}

/** The placeholder Resurs fills whose name differs from `name` only in case, if any. Never throws. */
export function placeholderIgnoringCase(name: string): Placeholder | undefined {
  return knownPlaceholders.find((p) => p.toLowerCase() === name.toLowerCase());
}

/** The names between every pair of braces in `text` ('' for "{}"), in order, known or not. Never throws. */
export function bracedNames(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

/**
 * Replaces each `{name}` (letters, digits and "_") in `text` with what `fill` returns for the name;
 * other braces stay as written. Never throws.
 */
export function replacePlaceholders(text: string, fill: (name: string) => string): string {
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (_whole, name: string) => fill(name));
}
