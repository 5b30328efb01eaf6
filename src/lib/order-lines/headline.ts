import { countOf } from '../shared/count.ts';
import type { Finding, Verdict } from './types.ts';

/** The verdict in one line, with its icon: what the validator's summary and the FAQ copy say. Never throws. */
export function verdictHeadline(verdict: Verdict, findings: readonly Finding[]): { icon: string; text: string } {
  const e = findings.filter((f) => f.severity === 'error').length;
  const w = findings.length - e;
  switch (verdict) {
    case 'ok':
      return { icon: '✓', text: 'No problems found: Resurs accepts these lines.' };
    case 'warnings':
      return { icon: '!', text: `No errors; ${countOf(w, 'warning')} to check.` };
    case 'errors':
      return {
        icon: '✕',
        text: `${countOf(e, 'error')}${w ? ` and ${countOf(w, 'warning')}` : ''} to fix before sending these lines.`,
      };
    case 'invalid':
      return { icon: '✕', text: 'The pasted text could not be read.' };
  }
}
