/** Compares two folders file by file, for the determinism test. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** Up to 60 characters either side of `offset`, on one line. */
function around(bytes: Buffer, offset: number): string {
  const text = bytes.subarray(Math.max(0, offset - 60), offset + 60).toString('utf8');
  return JSON.stringify(text);
}

/**
 * Every difference between the trees `a` and `b`: a file in only one of them, or a file whose
 * bytes differ (with the first differing offset and the text around it in each). Empty when equal.
 */
export function compareTrees(a: string, b: string): string[] {
  const inA = filesIn(a);
  const inB = new Set(filesIn(b));
  const differences: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) {
      differences.push(`${file}: only in the first build`);
      continue;
    }
    inB.delete(file);
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let offset = 0;
    while (offset < bytesA.length && bytesA[offset] === bytesB[offset]) offset++;
    const context = [around(bytesA, offset), around(bytesB, offset)].join('\n    ');
    differences.push(`${file}: differs from byte ${offset}:\n    ${context}`);
  }
  for (const file of inB) differences.push(`${file}: only in the second build`);
  return differences;
}
