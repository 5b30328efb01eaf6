import { type LineField, lineFields, type OrderLine } from './types.ts';

/** A line with every field absent. Never throws. */
export function emptyLine(): OrderLine {
  return Object.fromEntries(lineFields.map((field) => [field, ''])) as OrderLine;
}

/** A line from a partial record; missing fields are absent (''). Never throws. */
export function makeLine(fields: Partial<Record<LineField, string>>): OrderLine {
  return { ...emptyLine(), ...fields };
}
