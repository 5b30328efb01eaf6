import { asyncSending } from '../../data/magento-email.ts';
import type { ProcedureStep } from './build-steps.ts';
import type { Mode } from './options.ts';

const width = 96;

/* Typographic punctuation becomes ASCII, so the script reads the same in any terminal encoding. */
const ascii: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '—': '-',
  '–': '-',
  '›': '>',
};

/** Comment lines for text of our own: control characters become spaces, long lines wrap at word breaks. */
function commentLines(text: string, indent: string): string[] {
  const plain = text.replace(/[’‘“”…—–›]/g, (c) => ascii[c] ?? c).replace(/\p{Cc}+/gu, ' ');
  const words = plain.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/**
 * Joins the steps into one POSIX shell script. The commands run in a subshell with `set -e`, so the
 * script stops at the first failing command, and a copy pasted into a terminal can't close it.
 * 'tolerant' steps end in `|| true`; 'comment' steps are printed as comments only. Never throws.
 */
export function buildScript(mode: Mode, steps: readonly ProcedureStep[]): string {
  const indent = '  ';
  const value = mode === 'async' ? '1' : '0';
  const lines = [
    '#!/bin/sh',
    ...commentLines(
      `Magento: ${mode === 'async' ? 'send order e-mails asynchronously' : 'send order e-mails synchronously again'} (${asyncSending.path} = ${value}).`,
      '',
    ),
    ...commentLines(
      'Built with the Magento e-mail command builder of the Resurs Bank integration FAQ. Save it and run it with sh, or paste it into a terminal: it stops at the first command that fails.',
      '',
    ),
    '(',
    `${indent}set -e`,
  ];
  let number = 0;
  for (const s of steps) {
    lines.push('');
    if (s.inScript === 'comment') {
      lines.push(...commentLines(`${s.title} (not run by this script):`, indent));
      lines.push(`${indent}# ${s.command}`);
      continue;
    }
    number += 1;
    lines.push(...commentLines(`${number}. ${s.title}. ${s.why}`, indent));
    lines.push(`${indent}${s.command}${s.inScript === 'tolerant' ? ' || true' : ''}`);
  }
  lines.push(')', '');
  return lines.join('\n');
}
