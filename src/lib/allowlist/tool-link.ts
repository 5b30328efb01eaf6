/** Links into the allowlist tool that carry the current input, for "Open in the full tool" and shared links. */
import { joinBase } from '../site/paths.ts';

/** Inputs longer than this are not put into a link (the link would break mail and chat clients). */
export const MAX_LINK_INPUT_CHARS = 4000;

/** The tool's URL parameters. */
export type ToolParam = 'ip' | 'allowlist' | 'url' | 'snippet' | 'path';

/** Whether an input is short enough to keep in a link. Never throws. */
export function fitsInLink(value: string): boolean {
  return value.length <= MAX_LINK_INPUT_CHARS;
}

/**
 * The tool page's path under `base`, with the given parameters (empty or over-long values are
 * left out) and an optional section anchor. Never throws.
 */
export function buildToolLink(base: string, params: Partial<Record<ToolParam, string>>, anchor = ''): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value && fitsInLink(value)) query.set(key, value);
  }
  const search = query.toString();
  return `${joinBase(base, '/tools/allowlist/')}${search ? `?${search}` : ''}${anchor ? `#${anchor}` : ''}`;
}
