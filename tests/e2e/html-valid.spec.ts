import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles } from './link-check.ts';
import { expect, test } from './test-utils.ts';

// Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.json
// explains each exception in the README's "Checks" section).

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(outDir);
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(outDir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
