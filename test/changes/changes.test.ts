// changes.json (npm run data), the "Wat is er nieuw" pages' text, and the built site's update notes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateChanges, listLimit } from '../../scripts/build-data/changes.ts';
import { datasets } from '../../scripts/datasets/index.ts';
import { type Drop, readDrop, type SourceRecord, writeDrop } from '../../scripts/lib/drop.ts';
import { type ChangesFile, changelogView, type DatasetChanges, dropView, figureUpdate } from '../../src/lib/pages/changes-view.ts';
import { changesFile } from '../../src/schemas/changes-file.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import { figureId, listPages, readPage, requireDist, urlToFile } from '../helpers/dist.ts';

const root = new URL('../..', import.meta.url).pathname;
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `changes-${prefix}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sourceIds = ['cbs-odata-v4/82242NED', 'cbs-odata-v4/83693NED', 'cbs-odata-v4/85880NED'];
const source = (id: string): SourceRecord => ({
  id,
  publisher: 'CBS',
  tableId: id.split('/')[1]!,
  title: id,
  modified: null,
  licence: 'CC BY 4.0',
  retrieved: '2026-08-01',
  format: 'cbs-odata-v4',
  url: null,
  files: [],
  notes: [],
});
const confidence = (period: string, value: number, status: Observation['status']): Observation => ({
  source: 'cbs-odata-v4/83693NED',
  series: 'consumentenvertrouwen',
  series_label: 'Consumentenvertrouwen',
  category: '',
  category_label: '',
  period,
  value,
  symbol: null,
  status,
  unit: 'saldo',
});
const gdp = (period: string, value: number, status: Observation['status']): Observation => ({
  source: 'cbs-odata-v4/85880NED',
  series: 'bbp',
  series_label: 'Bbp',
  category: '',
  category_label: '',
  period,
  value,
  symbol: null,
  status,
  unit: 'mln euro',
});
const bankruptcies = (period: string, value: number): Observation => ({
  source: 'cbs-odata-v4/82242NED',
  series: 'faillissementen',
  series_label: 'Faillissementen',
  category: 'T001243',
  category_label: 'Totaal',
  period,
  value,
  symbol: null,
  status: 'definitief',
  unit: 'aantal',
});

function drop(id: string, rows: { conjunctuur: Observation[]; faillissementen: Observation[] }): Drop {
  return {
    manifest: {
      id,
      datasets: {
        faillissementen: { rows: rows.faillissementen.length, sources: ['cbs-odata-v4/82242NED'] },
        conjunctuur: { rows: rows.conjunctuur.length, sources: ['cbs-odata-v4/83693NED', 'cbs-odata-v4/85880NED'] },
      },
      sources: sourceIds,
    },
    rows,
    sources: Object.fromEntries(sourceIds.map((s) => [s, source(s)])),
  };
}

const failures = [bankruptcies('2026MM01', 301), bankruptcies('2026MM02', 287)];
const oldDrop = drop('2026-08-01', {
  conjunctuur: [
    confidence('2026MM01', -35, 'definitief'),
    confidence('2026MM02', -34, 'voorlopig'),
    confidence('2026MM03', -36, 'voorlopig'),
    gdp('2025KW04', 201_000, 'voorlopig'),
  ],
  faillissementen: failures,
});
const newDrop = drop('2026-09-01', {
  conjunctuur: [
    confidence('2026MM01', -35, 'definitief'),
    confidence('2026MM02', -33, 'voorlopig'), // revised
    confidence('2026MM03', -36, 'definitief'), // status change
    gdp('2025KW04', 201_000, 'voorlopig'),
    gdp('2026KW01', 202_500, 'voorlopig'), // new quarter
  ],
  faillissementen: failures,
});

/** `npm run data -- --data <dir> --out <dir>` as a real process. */
function runData(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-data.ts'), ...args], { cwd: root });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stderr }));
  });
}

let data: string;
let text: string;
let changes: ChangesFile;
beforeAll(async () => {
  data = join(tempDir('data'), 'data');
  await writeDrop(data, oldDrop);
  await writeDrop(data, newDrop);
  const out = tempDir('generated');
  const run = await runData(['--data', data, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  text = readFileSync(join(out, 'changes.json'), 'utf8');
  changes = changesFile.parse(JSON.parse(text));
});

describe('changes.json', () => {
  it('has every drop, oldest first; the first has no predecessor', () => {
    expect(changes.current).toBe('2026-09-01');
    expect(changes.drops.map((d) => [d.id, d.date, d.previous, d.first])).toEqual([
      ['2026-08-01', '2026-08-01', null, true],
      ['2026-09-01', '2026-09-01', '2026-08-01', false],
    ]);
    const [first] = changes.drops;
    expect(first!.counts).toEqual({ added: 6, revised: 0, status: 0, removed: 0 });
    expect(first!.datasets.find((d) => d.name === 'conjunctuur')).toMatchObject({
      rows: 4,
      latestPeriod: '2026MM03',
      previousRows: null,
      series: [],
    });
  });

  it('lists exactly the revised value, the new quarter and the status change', () => {
    const latest = changes.drops[1]!;
    expect(latest.counts).toEqual({ added: 1, revised: 1, status: 1, removed: 0 });
    const conjunctuur = latest.datasets.find((d) => d.name === 'conjunctuur')!;
    expect(conjunctuur).toMatchObject({
      rows: 5,
      previousRows: 4,
      latestPeriod: '2026KW01',
      counts: { added: 1, revised: 1, status: 1, removed: 0 },
    });
    expect(conjunctuur.newPeriods).toEqual([{ period: '2026KW01', series: 1 }]);
    expect(conjunctuur.statusChanges).toEqual([{ period: '2026MM03', old: 'voorlopig', new: 'definitief', series: 1 }]);
    expect(conjunctuur.removedPeriods).toEqual([]);
    expect(conjunctuur.revised).toEqual([
      {
        series: 'cbs-odata-v4/83693NED|consumentenvertrouwen|',
        label: 'Consumentenvertrouwen',
        unit: 'saldo',
        period: '2026MM02',
        old: { value: -34, symbol: null },
        new: { value: -33, symbol: null },
      },
    ]);
    expect(conjunctuur.series).toEqual([
      { key: 'cbs-odata-v4/83693NED|consumentenvertrouwen|', added: 0, revised: 1, status: 1, removed: 0 },
      { key: 'cbs-odata-v4/85880NED|bbp|', added: 1, revised: 0, status: 0, removed: 0 },
    ]);
    const others = latest.datasets.filter((d) => d.name !== 'conjunctuur');
    expect(others.map((d) => d.counts.added + d.counts.revised + d.counts.status + d.counts.removed)).toEqual(others.map(() => 0));
  });

  it('is the same bytes in another process and run', async () => {
    const again = await generateChanges({
      dataDir: data,
      drops: ['2026-08-01', '2026-09-01'],
      current: await readDrop(data, '2026-09-01'),
    });
    expect(`${JSON.stringify(again)}\n`).toBe(text);
  });

  it('stops at the drop the site is built from (--drop)', async () => {
    const older = await generateChanges({
      dataDir: data,
      drops: ['2026-08-01', '2026-09-01'],
      current: await readDrop(data, '2026-08-01'),
    });
    expect(older.drops.map((d) => d.id)).toEqual(['2026-08-01']);
  });

  it(`caps the revised values at ${listLimit} per dataset and keeps the total`, async () => {
    const dir = join(tempDir('cap'), 'data');
    const months = Array.from({ length: 25 }, (_, y) =>
      Array.from({ length: 12 }, (_, m) => `${2000 + y}MM${String(m + 1).padStart(2, '0')}`),
    ).flat();
    await writeDrop(dir, drop('2026-08-01', { conjunctuur: months.map((p) => confidence(p, 1, 'definitief')), faillissementen: [] }));
    const current = drop('2026-09-01', { conjunctuur: months.map((p) => confidence(p, 2, 'definitief')), faillissementen: [] });
    const capped = await generateChanges({ dataDir: dir, drops: ['2026-08-01'], current });
    const conjunctuur = capped.drops[1]!.datasets.find((d) => d.name === 'conjunctuur')!;
    expect(conjunctuur.counts.revised).toBe(300);
    expect(conjunctuur.revised.length).toBe(listLimit);
    expect(changelogView(capped)[0]!.changed[0]!.revised?.note).toBe(`De tabel toont de eerste ${listLimit} van 300 herziene waarden.`);
  });
});

describe('the changelog in Dutch (changes-view)', () => {
  /** The lines /nieuw/2026-12-06/ gives a dataset that changed against 2026-07-17. */
  const linesOf = (
    d: Pick<DatasetChanges, 'counts' | 'rows' | 'previousRows' | 'latestPeriod' | 'newPeriods' | 'removedPeriods'> &
      Partial<Pick<DatasetChanges, 'name' | 'title'>>,
  ) =>
    dropView({
      id: '2026-12-06',
      date: '2026-12-06',
      previous: '2026-07-17',
      first: false,
      counts: d.counts,
      datasets: [{ name: 'conjunctuur', title: 'Conjunctuurindicatoren', statusChanges: [], revised: [], series: [], ...d }],
    }).changed[0]!.lines;

  it('gives a dataset the previous drop did not have as its span, not period by period', () => {
    const lines = linesOf({
      name: 'bedrijven',
      title: 'Bedrijven naar grootteklasse',
      rows: 704,
      previousRows: 0,
      latestPeriod: '2022KW04',
      counts: { added: 704, revised: 0, status: 0, removed: 0 },
      newPeriods: ['2007KW01', '2007KW02', '2022KW04'].map((period) => ({ period, series: 11 })),
      removedPeriods: [],
    });
    expect(lines).toEqual(['Nieuw in deze datadrop: 704 waarden, 1e kwartaal 2007 tot en met 4e kwartaal 2022.']);
  });

  it('gives a run of consecutive new periods with the same number of series as one span', () => {
    const quarters = ['2020KW01', '2020KW02', '2020KW03', '2020KW04', '2021KW01'];
    const lines = linesOf({
      rows: 1367,
      previousRows: 1267,
      latestPeriod: '2026MM06',
      counts: { added: 25, revised: 0, status: 0, removed: 2 },
      // After a gap (2021KW02) a new run starts, and after a change in the number of series.
      newPeriods: [
        ...quarters.map((period) => ({ period, series: 4 })),
        { period: '2021KW03', series: 4 },
        { period: '2021KW04', series: 1 },
      ],
      removedPeriods: [{ period: '2026KW02', series: 2 }],
    });
    expect(lines).toEqual([
      '25 nieuwe waarden, over 1e kwartaal 2020 tot en met 1e kwartaal 2021 (telkens 4 reeksen), 3e kwartaal 2021 (4 reeksen) en 4e kwartaal 2021 (1 reeks).',
      '2 verwijderde rijen, over 2e kwartaal 2026 (2 reeksen).',
    ]);
  });

  it('lists the drops newest first and says what changed in plain Dutch', () => {
    const [latest, first] = changelogView(changes);
    expect(latest).toMatchObject({
      id: '2026-09-01',
      url: '/nieuw/2026-09-01/',
      title: 'Datadrop van 1 september 2026',
      first: false,
      previous: { url: '/nieuw/2026-08-01/', date: '1 augustus 2026' },
    });
    expect(latest!.summary).toBe(
      'Vergeleken met de datadrop van 1 augustus 2026: 1 nieuwe waarde, 1 herziene waarde, 1 statuswijziging en geen verwijderde rijen.',
    );
    expect(latest!.unchanged).toContain('Uitgesproken faillissementen naar type gefailleerde');
    const conjunctuur = latest!.changed.find((d) => d.name === 'conjunctuur')!;
    expect(conjunctuur.lines).toEqual([
      '1 nieuwe waarde, over 1e kwartaal 2026 (1 reeks).',
      '1 herziene waarde: zie de tabel.',
      'Status gewijzigd: maart 2026: voorlopig → definitief (1 reeks).',
    ]);
    expect(conjunctuur.revised?.summary).toBe('Herziene waarden (1 rij)');
    expect(conjunctuur.revised?.rows).toEqual([
      { period: 'februari 2026', label: 'Consumentenvertrouwen (saldo)', old: '−34', new: '−33', difference: '+1' },
    ]);
    expect(first).toMatchObject({ id: '2026-08-01', first: true, changed: [] });
    // writeDrop writes every dataset of the registry, the empty ones too.
    expect(first!.summary).toMatch(
      new RegExp(`^Dit is de eerste datadrop van het dashboard\\. .*alle 6 rijen in ${datasets.length} datasets zijn nieuw\\.$`),
    );
    expect(first!.contents).toContainEqual({ title: 'Conjunctuurindicatoren voor de MKBarometer', rows: '4', latestPeriod: 'maart 2026' });
  });

  it('dates a figure by the last drop that changed its own series and counts only their revisions', () => {
    const uses = (dataset: string, key: string) => new Map([[dataset, new Set([key])]]);
    expect(figureUpdate(changes, uses('conjunctuur', 'cbs-odata-v4/83693NED|consumentenvertrouwen|'), ['conjunctuur'])).toEqual({
      date: '1 september 2026',
      dateUrl: '/nieuw/2026-09-01/',
      revisions: '1 herziene waarde in de laatste datadrop',
      url: '/nieuw/2026-09-01/',
      revised: 1,
    });
    expect(figureUpdate(changes, uses('conjunctuur', 'cbs-odata-v4/85880NED|bbp|'), ['conjunctuur'])).toMatchObject({
      date: '1 september 2026',
      revisions: 'geen herziene waarden in de laatste datadrop',
    });
    expect(figureUpdate(changes, uses('faillissementen', 'cbs-odata-v4/82242NED|faillissementen|T001243'), ['faillissementen'])).toEqual({
      date: '1 augustus 2026',
      dateUrl: '/nieuw/2026-08-01/',
      revisions: 'geen herziene waarden in de laatste datadrop',
      url: '/nieuw/2026-09-01/',
      revised: 0,
    });
    const onlyFirst = { ...changes, drops: changes.drops.slice(0, 1) };
    expect(figureUpdate(onlyFirst, new Map(), ['conjunctuur'])).toMatchObject({
      date: '1 augustus 2026',
      revisions: 'eerste datadrop',
      url: '/nieuw/2026-08-01/',
    });
  });
});

describe('the built site (dist/)', () => {
  it('/nieuw/ lists the committed drop 2026-07-17 as the first drop, with its own page', () => {
    const dist = requireDist();
    expect(existsSync(join(dist, 'nieuw', 'index.html')), 'dist/nieuw/index.html').toBe(true);
    const document = readPage({ url: '/nieuw/', file: join(dist, 'nieuw', 'index.html') });
    const section = document.querySelector('section[aria-labelledby="drop-2026-07-17"]');
    expect(section?.querySelector('h2 a')?.getAttribute('href')).toBe('/nieuw/2026-07-17/');
    expect(section?.textContent).toContain('Dit is de eerste datadrop van het dashboard.');
    expect(section?.textContent).toContain('Datadrop van 17 juli 2026');
    expect(urlToFile('/nieuw/2026-07-17/', dist)).toBeDefined();
  });

  it('every figure page says when it was updated, linking to its drop under /nieuw/', () => {
    const dist = requireDist();
    const figures = listPages(dist).filter((p) => figureId(p.url) !== undefined);
    expect(figures.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of figures) {
      const note = readPage(page).querySelector('figure.figure p.updated-note');
      if (!note?.textContent?.includes('Bijgewerkt op')) problems.push(`${page.url}: no "Bijgewerkt op"`);
      const links = [...(note?.querySelectorAll('a[href^="/nieuw/"]') ?? [])].map((a) => a.getAttribute('href') ?? '');
      if (links.length === 0) problems.push(`${page.url}: no link to /nieuw/…/`);
      for (const href of links)
        if (!/^\/nieuw\/[^/]+\/$/.test(href) || !urlToFile(href, dist)) problems.push(`${page.url}: ${href} is not a drop page in dist/`);
    }
    expect(problems).toEqual([]);
  });
});
