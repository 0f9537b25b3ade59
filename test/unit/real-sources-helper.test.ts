import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { describeReal, matchingDrop } from '../helpers/real-sources.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describeReal('matchingDrop: the committed drop made from the files in ../shared/sources', () => {
  it('is found by the hashes its provenance records', () => {
    const drop = matchingDrop();
    expect(drop.dir).toBe(join(root, 'data', drop.id));
    expect(Object.keys(drop.sources).length).toBe(drop.manifest.sources.length);
  });

  it('fails loudly, naming what differs, when no drop was made from these files', () => {
    const data = mkdtempSync(join(tmpdir(), 'matching-drop-'));
    temps.push(data);
    cpSync(join(root, 'data', '2026-07-17'), join(data, '2026-07-17'), { recursive: true }); // before the 2026-12-06 changes
    expect(() => matchingDrop(data)).toThrow(
      /no committed drop in data\/ was made from the raw files in .*; against 2026-07-17: .*facts\/staatvanhetmkb-figures\.csv is not recorded.*Make a new drop: npm run import -- \.\.\/shared\/sources/,
    );
  });
});
