import type { Finding } from './types.ts';

/** The id of the n-th finding's list item, for aria-describedby on its cell. */
export function findingId(idPrefix: string, index: number): string {
  return `${idPrefix}-finding-${index}`;
}

/** What a cell shows of its findings: the worst severity and the ids of the findings that describe it. */
export type CellMarks = ReadonlyMap<string, { severity: 'error' | 'warning'; ids: string[] }>;

/** The marks per cell ("line:field", or "spec:field") for the first `limit` findings (the listed ones). */
export function findingMarks(findings: readonly Finding[], limit: number, idPrefix: string): CellMarks {
  const map = new Map<string, { severity: 'error' | 'warning'; ids: string[] }>();
  findings.slice(0, limit).forEach((f, i) => {
    const key = f.target.kind === 'line' ? `${f.target.line}:${f.target.field}` : `spec:${f.target.field}`;
    const mark = map.get(key) ?? { severity: f.severity, ids: [] };
    if (f.severity === 'error') mark.severity = 'error';
    mark.ids.push(findingId(idPrefix, i));
    map.set(key, mark);
  });
  return map;
}
