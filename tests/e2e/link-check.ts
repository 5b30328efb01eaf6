import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file below a folder, as paths relative to it. */
export function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(root, path);
    return name.endsWith('.html') ? [relative(root, path)] : [];
  });
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
      const url = new URL(link, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${file} -> ${link} (outside the base path ${base})`);
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      let exists = false;
      try {
        exists = statSync(join(root, target)).isFile();
      } catch {
        exists = false;
      }
      if (!exists) {
        broken.push(`${file} -> ${link} (no file ${target})`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const ids = idsOf(pages.get(target) ?? '');
        const fragment = url.hash.slice(1);
        let decoded = fragment;
        try {
          decoded = decodeURIComponent(fragment);
        } catch {
          // Keep it as written.
        }
        if (!ids.has(fragment) && !ids.has(decoded)) broken.push(`${file} -> ${link} (no id ${decoded} on ${target})`);
      }
    }
  }
  return broken;
}
