import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// The layers of ARCHITECTURE.md, checked on the import graph of src/: pages → components → lib →
// data, data imports nothing from lib, and no module reaches itself through its imports.

const sourceFile = /\.(ts|tsx|astro|mjs)$/;
const importSpecifier =
  /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

/** The relative imports of a file, resolved to paths from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  return [...code.matchAll(importSpecifier)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => normalize(join(dirname(file), spec.replace(/\?.*$/, ''))));
}

const files = filesUnder('src');
const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => sourceFile.test(target))]));

/** Every cycle's members, found with Tarjan's strongly connected components. */
function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  test('reads a graph with edges (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  test('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  test('src/data/ imports nothing from outside src/data/', () => {
    const outward = files
      .filter((file) => file.startsWith('src/data/'))
      .flatMap((file) => importsOf(file).map((target) => [file, target] as const))
      .filter(([, target]) => !relative('src/data', target).match(/^[^.]/));
    expect(outward).toEqual([]);
  });

  test('src/lib/ imports no component, page, layout or script', () => {
    const upward = files
      .filter((file) => file.startsWith('src/lib/'))
      .flatMap((file) => importsOf(file).map((target) => [file, target] as const))
      .filter(([, target]) => /^src\/(components|pages|layouts|scripts)\//.test(target));
    expect(upward).toEqual([]);
  });
});
