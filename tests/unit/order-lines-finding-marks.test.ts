import { describe, expect, test } from 'vitest';
import { findingId, findingMarks } from '../../src/lib/order-lines/finding-marks.ts';
import type { Finding, FindingTarget, Severity } from '../../src/lib/order-lines/types.ts';

const finding = (severity: Severity, target: FindingTarget): Finding => ({
  rule: 'line-total-mismatch',
  severity,
  target,
  problem: '',
  resurs: '',
  fix: '',
});

const vat: FindingTarget = { kind: 'line', line: 0, field: 'vatPct' };
const total: FindingTarget = { kind: 'spec', field: 'totalAmount' };

describe('findingMarks', () => {
  test.each([
    // No findings, no marks.
    [[], 10, []],
    // One warning on a line's cell.
    [[finding('warning', vat)], 10, [['0:vatPct', 'warning', ['p-finding-0']]]],
    // An error after a warning on the same cell makes the cell an error, with both ids.
    [[finding('warning', vat), finding('error', vat)], 10, [['0:vatPct', 'error', ['p-finding-0', 'p-finding-1']]]],
    // paymentSpec totals are keyed "spec:field".
    [[finding('error', total)], 10, [['spec:totalAmount', 'error', ['p-finding-0']]]],
    // Only the listed findings (the first `limit`) mark cells.
    [[finding('warning', vat), finding('error', total)], 1, [['0:vatPct', 'warning', ['p-finding-0']]]],
  ] as const)('%# marks the cells of the listed findings', (findings, limit, expected) => {
    const marks = findingMarks(findings, limit, 'p');
    expect([...marks].map(([key, mark]) => [key, mark.severity, mark.ids])).toEqual(expected);
  });

  test('names a finding by its prefix and position', () => {
    expect(findingId('ol', 3)).toBe('ol-finding-3');
  });
});
