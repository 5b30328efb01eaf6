import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One record of a built Pagefind index, as far as this site reads it. */
export interface IndexRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Every record of the Pagefind index in `<outDir>/pagefind`: Pagefind stores each one gzipped,
 * after a 12-byte signature. Throws when the index is missing or a fragment is not one.
 */
export function readIndexRecords(outDir: string): IndexRecord[] {
  const dir = join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const data = gunzipSync(readFileSync(join(dir, file)));
    return JSON.parse(data.subarray(12).toString('utf8')) as IndexRecord;
  });
}
