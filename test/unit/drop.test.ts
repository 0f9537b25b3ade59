import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets } from '../../scripts/datasets/index.ts';
import { readDrop } from '../../scripts/lib/drop.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const first = '2026-07-17'; // made before the firm-count and province datasets existed
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyOfFirstDrop(): string {
  const data = mkdtempSync(join(tmpdir(), 'drop-'));
  temps.push(data);
  cpSync(join(root, 'data', first), join(data, first), { recursive: true });
  return data;
}

describe('readDrop and datasets added after a drop', () => {
  it('reads a drop made before a dataset existed as one without it', async () => {
    const drop = await readDrop(copyOfFirstDrop(), first);
    const manifest = JSON.parse(readFileSync(join(root, 'data', first, 'drop.json'), 'utf8')) as { datasets: object };
    const newer = datasets.map((d) => d.name).filter((name) => !(name in manifest.datasets));
    expect(newer).toEqual(['bedrijven', 'bedrijven-bedrijfstak', 'faillissementen-provincie']);
    for (const name of newer) expect(drop.rows).not.toHaveProperty(name);
    expect(drop.rows['faillissementen']).toHaveLength(3084);
  });

  it('still refuses a drop whose manifest lists a dataset it has no file for', async () => {
    const data = copyOfFirstDrop();
    const file = join(data, first, 'drop.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { datasets: Record<string, unknown> };
    manifest.datasets['bedrijven'] = { rows: 1, sources: [] };
    writeFileSync(file, JSON.stringify(manifest));
    await expect(readDrop(data, first)).rejects.toThrow(
      /bedrijven\.csv: the dataset file is missing from the drop; expected bedrijven\.csv beside drop\.json/,
    );
  });
});
