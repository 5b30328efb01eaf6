import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file below a folder, as paths relative to it. */
export function htmlFiles(root: string): string[] {
  return filesMatching(root, (name) => name.endsWith('.html'));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The ids defined in an HTML document. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

/** The href and src values of an HTML document (anchors, links, scripts, images). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''));
}

/** Every file below a folder whose name matches, as paths relative to it. */
export function filesMatching(root: string, test: (name: string) => boolean, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesMatching(root, test, path);
    return test(name) ? [relative(root, path)] : [];
  });
}

/** The Markdown and llms.txt files of the built site, as paths relative to it. */
export function markdownFiles(root: string): string[] {
  return filesMatching(root, (name) => name.endsWith('.md') || /^llms(?:-full)?\.txt$/.test(name));
}

/** The link targets of a Markdown text: [text](url) targets and bare http(s) URLs. */
export function linksOfMarkdown(text: string): string[] {
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const bare = [...text.replace(/\]\([^)\s]+\)/g, '](…)').matchAll(/https?:\/\/[^\s)<>\]]+/g)].map((m) =>
    m[0].replace(/[.,;:!?]+$/, ''),
  );
  return [...targets, ...bare];
}

/** Why a site URL (pathname under `base`, optional #fragment) does not resolve in the build, or null. */
function brokenReason(root: string, pages: Map<string, string>, base: string, url: URL): string | null {
  if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
  let target = decodeURIComponent(url.pathname.slice(base.length));
  if (target === '' || target.endsWith('/')) target += 'index.html';
  let exists = false;
  try {
    exists = statSync(join(root, target)).isFile();
  } catch {
    exists = false;
  }
  if (!exists) return `no file ${target}`;
  if (url.hash.length > 1 && target.endsWith('.html')) {
    const ids = idsOf(pages.get(target) ?? readFileSync(join(root, target), 'utf8'));
    const fragment = url.hash.slice(1);
    let decoded = fragment;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // Keep it as written.
    }
    if (!ids.has(fragment) && !ids.has(decoded)) return `no id ${decoded} on ${target}`;
  }
  return null;
}

/**
 * Checks that every internal link of the built site points to a file that exists and, where it
 * has a #fragment, to an id on that page. Returns the broken links as "page -> link" strings.
 * `base` is the deployment base path the site was built with ('/' or '/help/faq-site/').
 */
export function findBrokenLinks(root: string, base: string): string[] {
  const pages = new Map<string, string>();
  for (const file of htmlFiles(root)) pages.set(file, readFileSync(join(root, file), 'utf8'));
  const broken: string[] = [];
  for (const [file, html] of pages) {
    const pageUrl = new URL(`http://site${base}${file.replace(/index\.html$/, '')}`);
    for (const link of linksOf(html)) {
      if (/^(?:[a-z][a-z0-9+.-]*:)/i.test(link) || link.startsWith('//')) continue;
      const reason = brokenReason(root, pages, base, new URL(link, pageUrl));
      if (reason) broken.push(`${file} -> ${link} (${reason})`);
    }
  }
  return broken;
}

/**
 * Checks every link on the site's own address (`site`, e.g. http://127.0.0.1:4321) in the built
 * Markdown and llms.txt files, like findBrokenLinks does for pages. Links elsewhere are skipped.
 */
export function findBrokenMarkdownLinks(root: string, base: string, site: string): string[] {
  const pages = new Map<string, string>();
  const origin = new URL(site).origin;
  const broken: string[] = [];
  for (const file of markdownFiles(root)) {
    for (const link of linksOfMarkdown(readFileSync(join(root, file), 'utf8'))) {
      let url: URL;
      try {
        url = new URL(link);
      } catch {
        broken.push(`${file} -> ${link} (not an absolute URL)`);
        continue;
      }
      if (url.origin !== origin) continue;
      const reason = brokenReason(root, pages, base, url);
      if (reason) broken.push(`${file} -> ${link} (${reason})`);
    }
  }
  return broken;
}
