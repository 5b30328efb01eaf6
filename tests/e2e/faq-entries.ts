import { readdirSync, readFileSync } from 'node:fs';

/** One FAQ entry as its MDX front matter declares it. */
export interface FaqEntryFacts {
  anchor: string;
  title: string;
  legacyAnchor: string;
  level: number;
  order: number;
  /** The description and search keywords as written (the build serves them to the index only). */
  indexOnlyText: string;
}

/** Reads one front-matter value: a JSON-quoted string or a bare word. Throws when the key is missing. */
function field(frontMatter: string, key: string, file: string): string {
  const match = new RegExp(`^${key}:\\s*(.+?)\\s*(?:#.*)?$`, 'm').exec(frontMatter);
  if (!match) throw new Error(`faq-entries: ${file} has no ${key}`);
  const raw = match[1]!;
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}

/**
 * Every entry of the FAQ content collection (content/faq/*.mdx), in page order: the tests read the
 * questions from the content itself, so adding a question is one new file. Throws on a file without
 * front matter.
 */
export const faqEntries: readonly FaqEntryFacts[] = readdirSync('content/faq')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(`content/faq/${file}`, 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (frontMatter === undefined) throw new Error(`faq-entries: ${file} has no front matter`);
    return {
      anchor: field(frontMatter, 'anchor', file),
      title: field(frontMatter, 'title', file),
      legacyAnchor: field(frontMatter, 'legacyAnchor', file),
      level: Number(field(frontMatter, 'level', file)),
      order: Number(field(frontMatter, 'order', file)),
      indexOnlyText: [...frontMatter.matchAll(/^(?:description|keywords):(.*)$/gm)].map((m) => m[1]).join(' '),
    };
  })
  .sort((a, b) => a.order - b.order);
