/**
 * Turns the MDX source of a FAQ answer into plain Markdown: the one renderer behind /faq/<anchor>.md,
 * /faq.md, llms-full.txt and the "Copy answer" button. Imports go, each component line becomes the
 * Markdown its `components` entry returns (a table, or one line linking to the tool), root-relative
 * links become absolute. Everything else is the author's Markdown, as written.
 */
import { joinBase } from '../site/paths.ts';

/**
 * How a component used in the MDX is written in Markdown; `url` makes a root-relative path absolute,
 * `attributes` holds the line's string attributes (`embed="order-lines"` → { embed: 'order-lines' }).
 * Returns null when the attributes name nothing it can write.
 */
export type ComponentMarkdown = (
  url: (path: string) => string,
  attributes: Readonly<Record<string, string>>,
) => string | null;

/** Where the Markdown's links point and how its components are written. */
export interface AnswerMarkdownContext {
  /** The site's origin, e.g. https://example.com (src/lib/site/site-url.ts). */
  siteUrl: string;
  /** The base path, '/' or '/help/faq-site/'. */
  base: string;
  /** The Markdown for each component name the answers use. */
  components: Readonly<Record<string, ComponentMarkdown>>;
}

/** The absolute URL of a root-relative site path ('/faq/#x' → 'https://example.com/faq/#x'). Never throws. */
export function siteLink(context: Pick<AnswerMarkdownContext, 'siteUrl' | 'base'>, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${context.siteUrl.replace(/\/+$/, '')}${joinBase(context.base, path)}`;
}

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const esmLine = /^(?:import|export)\s/;
const componentLine = /^\s*<([A-Z][A-Za-z0-9]*)\b[^>]*\/>\s*$/;
const stringAttribute = /\s([a-z][A-Za-z0-9]*)="([^"]*)"/g;
// A link or image target that starts with one slash: [text](/path) or ![alt](/path "title").
const rootLink = /(\]\()(\/(?!\/)[^)\s]*)/g;

/** Makes root-relative link targets absolute, outside `inline code` spans. */
function absoluteLinks(line: string, url: (path: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(rootLink, (_, open: string, path: string) => open + url(path)),
    )
    .join('');
}

/**
 * Renders an answer's MDX body as Markdown. Returns an error result (never throws) naming a
 * component that has no Markdown form, or a JSX expression the renderer cannot write as text, so
 * the build stops instead of shipping markup.
 */
export function renderAnswerMarkdown(
  mdx: string,
  context: AnswerMarkdownContext,
): { ok: true; value: string } | { ok: false; error: string } {
  const url = (path: string) => siteLink(context, path);
  const out: string[] = [];
  let openFence: string | null = null;
  for (const line of mdx.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = fence.exec(line)?.[1];
    if (openFence !== null) {
      out.push(line);
      if (marker && marker[0] === openFence[0] && marker.length >= openFence.length && line.trim() === marker) {
        openFence = null;
      }
      continue;
    }
    if (marker) {
      openFence = marker;
      out.push(line);
      continue;
    }
    if (esmLine.test(line)) continue;
    const component = componentLine.exec(line)?.[1];
    if (component) {
      const write = Object.hasOwn(context.components, component) ? context.components[component] : undefined;
      const attributes = Object.fromEntries([...line.matchAll(stringAttribute)].map((m) => [m[1]!, m[2]!]));
      const written = write?.(url, attributes) ?? null;
      if (written === null)
        return { ok: false, error: `faq-markdown: no Markdown form for ${line.trim().slice(0, 80)}` };
      out.push(written);
      continue;
    }
    if (/^\s*<[A-Za-z]/.test(line) || /\{[^}]*\}/.test(line.replace(/`+[^`]*`+/g, ''))) {
      return {
        ok: false,
        error: `faq-markdown: markup or an expression the Markdown cannot hold: ${line.slice(0, 80)}`,
      };
    }
    out.push(absoluteLinks(line, url));
  }
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { ok: true, value: text };
}
