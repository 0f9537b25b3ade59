// Each generated artefact has one schema (src/schemas/): the writer refuses to write what it refuses, and the
// readers refuse a malformed file with the file and the JSON path of the bad field.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodTypeAny } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles } from '../../../scripts/build-data/drop-files.ts';
import { type Drop, provenanceFile, readDrop, writeDrop } from '../../../scripts/lib/drop.ts';
import { loadGenerated } from '../../../src/lib/generated.ts';
import { readGenerated } from '../../../src/lib/generated-file.ts';
import { InputError } from '../../../src/lib/input-error.ts';
import { loadBarometer } from '../../../src/lib/pages/barometer-view.ts';
import { type Artefact, artefactText, assertArtefact, jsonPath } from '../../../src/schemas/artefact.ts';
import { barometerArtefact } from '../../../src/schemas/barometer-file.ts';
import { changesArtefact } from '../../../src/schemas/changes-file.ts';
import { datasetNames } from '../../../src/schemas/datasets.ts';
import { dropManifestFile } from '../../../src/schemas/drop-manifest.ts';
import { dropsArtefact } from '../../../src/schemas/drops-file.ts';
import { figuresFile, metaFile, seriesFile } from '../../../src/schemas/generated-dataset.ts';
import { sourceRecordFile } from '../../../src/schemas/source-record.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dropId = '2026-12-06'; // has a shrink record, the firm-count datasets and a third-party source
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'schemas-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

let drop: Drop;
let generated: Map<string, string>; // what `npm run data` makes of the drop, by file name
beforeAll(async () => {
  drop = await readDrop(join(root, 'data'), dropId);
  generated = dropFiles(drop);
  generated.set('changes.json', `${JSON.stringify({ current: dropId, drops: [firstDrop()] })}\n`);
  generated.set('drops.json', `${JSON.stringify({ current: dropId, drops: ['2026-07-17', dropId] })}\n`);
}, 30_000);

/** A minimal changes.json entry for the drop. */
function firstDrop() {
  return { id: dropId, date: dropId, previous: null, first: true, counts: { added: 1, revised: 0, status: 0, removed: 0 }, datasets: [] };
}

const json = (text: string): unknown => JSON.parse(text);
const committed = (file: string) => json(readFileSync(join(root, 'data', dropId, file), 'utf8'));

/** Sets the value at a path (keys and indexes) of a JSON value, which must exist up to the last key. */
function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  let at: unknown = value;
  for (const key of path.slice(0, -1)) {
    at = Reflect.get(at as object, key);
    if (typeof at !== 'object' || at === null) throw new Error(`test data changed: nothing at ${jsonPath(path)}`);
  }
  Reflect.set(at as object, path.at(-1)!, to);
  return value;
}

interface Case {
  name: string;
  artefact: Artefact<ZodTypeAny>;
  good: () => unknown;
  path: (string | number)[];
  bad: unknown;
  /** Where the refusal points when not at `path`: the bad element of a list. */
  at?: (string | number)[];
}

const cases: Case[] = [
  {
    name: 'drop.json: a row count as text',
    artefact: dropManifestFile,
    good: () => committed('drop.json'),
    path: ['datasets', 'kerncijfers', 'rows'],
    bad: '208',
  },
  {
    name: 'drop.json: a drop id that is no date',
    artefact: dropManifestFile,
    good: () => committed('drop.json'),
    path: ['id'],
    bad: '2026-13-01',
  },
  {
    name: 'drop.json: a dataset the registry does not know',
    artefact: dropManifestFile,
    good: () => committed('drop.json'),
    path: ['datasets', 'bedrijfjes'],
    bad: { rows: 1, sources: [] },
  },
  {
    name: 'drop.json: the shrink record without its reason',
    artefact: dropManifestFile,
    good: () => committed('drop.json'),
    path: ['shrink', 'reason'],
    bad: '',
  },
  {
    name: 'provenance: a file hash that is not SHA-256',
    artefact: sourceRecordFile,
    good: () => committed(join('provenance', provenanceFile('cbs-csv/80472NED'))),
    path: ['files', 0, 'sha256'],
    bad: 'abc',
  },
  {
    name: 'provenance: an id that is not format/table',
    artefact: sourceRecordFile,
    good: () => committed(join('provenance', provenanceFile('cbs-csv/80472NED'))),
    path: ['id'],
    bad: 'cbs-csv/80472',
  },
  {
    name: 'provenance: an unknown format',
    artefact: sourceRecordFile,
    good: () => committed(join('provenance', provenanceFile('cbs-csv/80472NED'))),
    path: ['format'],
    bad: 'xlsx',
  },
  {
    name: 'series: a value that is not a number',
    artefact: seriesFile('faillissementen'),
    good: () => json(generated.get('faillissementen.json')!),
    path: ['series', 0, 'points', 0, 'value'],
    bad: '216',
  },
  {
    name: 'series: an unknown status',
    artefact: seriesFile('vacatures'),
    good: () => json(generated.get('vacatures.json')!),
    path: ['series', 1, 'points', 2, 'status'],
    bad: 'definitive',
  },
  {
    name: 'series: another dataset’s file',
    artefact: seriesFile('economie'),
    good: () => json(generated.get('economie.json')!),
    path: ['dataset'],
    bad: 'conjunctuur',
  },
  {
    name: 'series: a flag the vocabulary does not have',
    artefact: seriesFile('faillissementen'),
    good: () => json(generated.get('faillissementen.json')!),
    path: ['series', 0, 'points', 0, 'flags'],
    bad: ['voorlopig', 'geschat'],
    at: ['series', 0, 'points', 0, 'flags', 1],
  },
  {
    name: 'series: an attribution without its citation',
    artefact: seriesFile('conjunctuur'),
    good: () => json(generated.get('conjunctuur.json')!),
    path: ['series', 0, 'attribution', 'citation'],
    bad: '',
  },
  {
    name: 'single figures: a figure without its own attribution',
    artefact: figuresFile('kerncijfers'),
    good: () => json(generated.get('kerncijfers.json')!),
    path: ['figures', 0, 'attribution'],
    bad: undefined,
  },
  {
    name: 'meta: notices that are not a list',
    artefact: metaFile('faillissementen'),
    good: () => json(generated.get('faillissementen.meta.json')!),
    path: ['sources', 0, 'notices'],
    bad: 'herzien',
  },
  {
    name: 'single figures: a row its dataset schema refuses',
    artefact: figuresFile('productiviteit'),
    good: () => json(generated.get('productiviteit.json')!),
    path: ['figures', 0, 'value'],
    bad: null,
  },
  {
    name: 'meta: a latest period that is no period code',
    artefact: metaFile('bedrijven'),
    good: () => json(generated.get('bedrijven.meta.json')!),
    path: ['latestPeriod'],
    bad: '2022 Q4',
  },
  {
    name: 'meta: a field the schema does not have',
    artefact: metaFile('bedrijven'),
    good: () => json(generated.get('bedrijven.meta.json')!),
    path: ['sources', 0, 'licentie'],
    bad: 'CC BY 4.0',
  },
  {
    name: 'barometer: an unknown weather word',
    artefact: barometerArtefact,
    good: () => json(generated.get('barometer.json')!),
    path: ['quarters', 0, 'weather'],
    bad: 'mist',
  },
  {
    name: 'barometer: a method that is neither hp, cf nor none',
    artefact: barometerArtefact,
    good: () => json(generated.get('barometer.json')!),
    path: ['method', 'lambda'],
    bad: 'veel',
  },
  {
    name: 'changes: a count below zero',
    artefact: changesArtefact,
    good: () => json(generated.get('changes.json')!),
    path: ['drops', 0, 'counts', 'added'],
    bad: -1,
  },
  {
    name: 'drops: a current drop not in the list',
    artefact: dropsArtefact,
    good: () => json(generated.get('drops.json')!),
    path: ['current'],
    bad: '2026-12-07',
  },
];

describe('each artefact schema accepts what its writer makes and refuses a malformed field', () => {
  it('covers every artefact: drop.json, provenance, every dataset’s JSON and meta file, barometer, changes, drops', () => {
    const names = new Set(cases.map((c) => c.artefact.name));
    for (const name of ['drop.json', sourceRecordFile.name, 'barometer.json', 'changes.json', 'drops.json']) expect(names).toContain(name);
    for (const name of datasetNames) {
      expect(() => assertArtefact(metaFile(name), json(generated.get(`${name}.meta.json`)!), `${name}.meta.json`)).not.toThrow();
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const good = c.good();
    expect(() => assertArtefact(c.artefact, good, 'the/file.json')).not.toThrow();
    const bad = setAt(good, c.path, c.bad);
    let error: unknown;
    try {
      assertArtefact(c.artefact, bad, 'the/file.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    // The file, then the JSON path of the bad field (or of the object holding an unknown key), then what was expected.
    const object = c.at ?? (c.path.at(-1) === 'licentie' ? c.path.slice(0, -1) : c.path);
    expect(message).toMatch(new RegExp(`^the/file\\.json, ${escapeRegExp(jsonPath(object))}: invalid field \\(`));
    expect(message).toContain(`; expected ${c.artefact.name} as ${c.artefact.writer} writes it`);
  });
});

describe('the writers refuse to write an artefact its schema refuses', () => {
  it('artefactText names the file, the field and the value, and writes nothing', () => {
    const manifest = { ...drop.manifest, datasets: { ...drop.manifest.datasets, vacatures: { rows: -1, sources: [] } } };
    expect(() => artefactText(dropManifestFile, manifest, 'data/x/drop.json')).toThrow(
      /^data\/x\/drop\.json, \$\.datasets\.vacatures\.rows: `npm run import` would write -1 here \(Number must be greater than or equal to 0\), which the schema of drop\.json refuses; nothing was written/,
    );
  });

  it('checks what a reader will see: NaN becomes null in JSON, and a value must be a number or have a symbol', () => {
    const text = generated.get('faillissementen.json')!;
    const data = seriesFile('faillissementen').schema.parse(json(text));
    data.series[0]!.points[0]!.value = Number.NaN;
    expect(() => artefactText(seriesFile('faillissementen'), data, 'faillissementen.json')).toThrow(
      /^faillissementen\.json, \$\.series\[0\]\.points\[0\]\.value: `npm run data` would write null here/,
    );
  });

  it('writeDrop refuses a drop with a malformed source record and leaves the data folder without it', async () => {
    const data = tempDir();
    const id = drop.manifest.sources[0]!;
    const broken: Drop = {
      ...drop,
      manifest: { ...drop.manifest, id: '2026-12-07' },
      sources: { ...drop.sources, [id]: { ...drop.sources[id]!, retrieved: '17-07-2026' } },
    };
    await expect(writeDrop(data, broken)).rejects.toThrow(
      /2026-12-07\/provenance\/cbs-csv--80472NED\.json, \$\.retrieved: `npm run import` would write "17-07-2026" here \(not a date/,
    );
    expect(existsSync(join(data, '2026-12-07'))).toBe(false);
  });
});

describe('the readers refuse a stale or hand-edited file with file and path', () => {
  it('readDrop: drop.json with a row count as text', async () => {
    const data = tempDir();
    cpSync(join(root, 'data', dropId), join(data, dropId), { recursive: true });
    const file = join(data, dropId, 'drop.json');
    writeFileSync(file, JSON.stringify(setAt(committed('drop.json'), ['datasets', 'kerncijfers', 'rows'], '208'), null, 2));
    await expect(readDrop(data, dropId)).rejects.toThrow(
      `${file}, $.datasets.kerncijfers.rows: invalid field (Expected number, received string): "208"; expected drop.json as \`npm run import\` writes it`,
    );
  });

  it('readDrop: a provenance file with a field too many', async () => {
    const data = tempDir();
    cpSync(join(root, 'data', dropId), join(data, dropId), { recursive: true });
    const file = join(data, dropId, 'provenance', provenanceFile('cbsodata-csv/81589NED'));
    writeFileSync(file, JSON.stringify({ ...(json(readFileSync(file, 'utf8')) as object), licentie: 'CC BY 4.0' }));
    await expect(readDrop(data, dropId)).rejects.toThrow(`${file}, $: invalid field (Unrecognized key(s) in object: 'licentie')`);
  });

  it('the site: a generated file with a bad field, and a barometer without quarters', () => {
    const dir = tempDir();
    const changes = setAt(json(generated.get('changes.json')!), ['drops', 0, 'previous'], 'gisteren');
    writeFileSync(join(dir, 'changes.json'), JSON.stringify(changes));
    expect(() => readGenerated(changesArtefact, dir)).toThrow(`${join(dir, 'changes.json')}, $.drops[0].previous: invalid field (`);
    const empty = { ...(json(generated.get('barometer.json')!) as object), quarters: [] };
    writeFileSync(join(dir, 'barometer.json'), JSON.stringify(empty));
    expect(() => loadBarometer(dir)).toThrow(`${join(dir, 'barometer.json')}, $.quarters: the barometer has no quarter`);
    expect(() => readGenerated(dropsArtefact, dir)).toThrow(
      `${join(dir, 'drops.json')}: cannot read the generated file (ENOENT: no such file or directory`,
    );
  });

  it('loadGenerated: a drifted field stops the pages with the file, the JSON path and the value', () => {
    const dir = tempDir();
    for (const [name, text] of generated) writeFileSync(join(dir, name), text);
    expect(loadGenerated(dir).drop).toBe(dropId);
    const other = tempDir();
    for (const [name, text] of generated) writeFileSync(join(other, name), text);
    // As if the writer had started calling the unit "eenheid": the old reader's field is gone.
    const drifted = json(generated.get('vacatures.json')!) as { series: Record<string, unknown>[] };
    const [first] = drifted.series;
    first!['eenheid'] = first!['unitName'];
    delete first!['unitName'];
    writeFileSync(join(other, 'vacatures.json'), JSON.stringify(drifted));
    expect(() => loadGenerated(other)).toThrow(
      `${join(other, 'vacatures.json')}, $.series[0].unitName: invalid field (Required; 1 more):; expected vacatures.json as \`npm run data\` writes it`,
    );
    // A meta file whose source gives its retrieval date in words (each folder is read once: a third one).
    const third = tempDir();
    for (const [name, text] of generated) writeFileSync(join(third, name), text);
    const meta = setAt(json(generated.get('bedrijven.meta.json')!), ['sources', 0, 'retrieved'], '6 december 2026');
    writeFileSync(join(third, 'bedrijven.meta.json'), JSON.stringify(meta));
    expect(() => loadGenerated(third)).toThrow(
      `${join(third, 'bedrijven.meta.json')}, $.sources[0].retrieved: invalid field (not a date (YYYY-MM-DD)): "6 december 2026"; expected bedrijven.meta.json as \`npm run data\` writes it`,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
