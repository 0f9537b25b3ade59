import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AdapterFormat } from '../../../src/schemas/source-record.ts';
import { fixtures } from '../helpers.ts';
import { splitLines } from './mutations.ts';

/**
 * The unmutated inputs of the mutation test, one per raw format (two where the format has two shapes):
 * slices of the real files in ../shared/sources, byte for byte (whole lines, real BOMs and line endings;
 * the OData slice keeps the lines of the first 30 observations, closes the array and sets the capture's
 * count to 30), or the synthetic fixtures in test/fixtures. Built in memory and written to temp folders by
 * the test; no copy of a raw file is committed.
 *
 * `level` says what the test compares: `drop` imports the input with buildDrop (datasets, drop.json and
 * provenance); `adapter` compares what the adapter reads (measures, code lists, provenance, observations),
 * for inputs no dataset takes: the synthetic StatLine export (table 99003NED does not exist).
 */
export interface MutationSource {
  name: string;
  format: AdapterFormat;
  level: 'drop' | 'adapter';
  /** Relative path → bytes. */
  files: Map<string, Buffer>;
  /** What to import, relative to the case folder. */
  entry: string;
  /** Files the mutations pick from (a name listed twice is picked twice as often). */
  targets: string[];
}

export const sharedSources = resolve(process.cwd(), '../shared/sources');
const real = (path: string) => readFileSync(join(sharedSources, path));
const fixture = (path: string) => readFileSync(join(fixtures, path));
const statlineFixture = 'Testtabel__bedrijven_01042026_120000.csv';

/** Lines `from`–`to` (1-based, inclusive) of a file, with their own terminators. */
function lines(bytes: Buffer, ...ranges: [number, number][]): Buffer {
  const all = splitLines(bytes);
  return Buffer.concat(ranges.flatMap(([from, to]) => all.slice(from - 1, to)));
}

/** The first `count` observations of a real OData Observations.json (one object per 9 lines), closed again. */
function firstObservations(bytes: Buffer, count: number): Buffer {
  const text = bytes.toString('utf8');
  let at = text.indexOf('"value": [');
  for (let i = 0; i < count; i++) at = text.indexOf('\n  }', at + 1) + 4;
  return Buffer.from(`${text.slice(0, at)}\n ]\n}\n`);
}

function folder(dir: string, names: string[], read: (path: string) => Buffer): Map<string, Buffer> {
  return new Map(names.map((name) => [`${dir.split('/').at(-1)}/${name}`, read(`${dir}/${name}`)]));
}

export function mutationSources(): MutationSource[] {
  const vacancies = '80472NED_UntypedDataSet_20112023_000000.csv';
  const odataReal = folder('cbs-odata-v4/82242NED', readdirSync(join(sharedSources, 'cbs-odata-v4/82242NED')), real);
  odataReal.set('82242NED/Observations.json', firstObservations(odataReal.get('82242NED/Observations.json')!, 30));
  const capture = odataReal.get('82242NED/_capture.json')!.toString('utf8');
  odataReal.set('82242NED/_capture.json', Buffer.from(capture.replace(/"observationRows": \d+/, '"observationRows": 30')));
  const odataFixture = folder('bad-input/82242NED', readdirSync(join(fixtures, 'bad-input/82242NED')), fixture);
  const odataTargets = (files: Map<string, Buffer>) => [...files.keys(), '82242NED/Observations.json', '82242NED/Observations.json'];
  const dnb = 'kernindicatoren-monetaire-statistieken-maand_2025-08-18.csv';
  const tidy = (name: string, path: string, range: [number, number]): MutationSource => ({
    name: `tidy CSV (${name}, real, lines ${range.join('–')})`,
    format: 'tidy-csv',
    level: 'drop',
    files: new Map([[name, lines(real(path), range)]]),
    entry: name,
    targets: [name],
  });
  return [
    {
      name: 'CBS OData v4 (real 82242NED, first 30 observations)',
      format: 'cbs-odata-v4',
      level: 'drop',
      files: odataReal,
      entry: '82242NED',
      targets: odataTargets(odataReal),
    },
    {
      name: 'CBS OData v4 (fixture bad-input/82242NED)',
      format: 'cbs-odata-v4',
      level: 'drop',
      files: odataFixture,
      entry: '82242NED',
      targets: odataTargets(odataFixture),
    },
    {
      name: 'CBS CSV + metadata (real 80472NED, 40 data lines)',
      format: 'cbs-csv',
      level: 'drop',
      files: new Map([
        [`80472NED/${vacancies}`, lines(real(`cbs-statline-csv/80472NED/${vacancies}`), [1, 41])],
        ['80472NED/80472NED_metadata.csv', real('cbs-statline-csv/80472NED/80472NED_metadata.csv')],
      ]),
      entry: '80472NED',
      targets: [`80472NED/${vacancies}`, `80472NED/${vacancies}`, '80472NED/80472NED_metadata.csv'],
    },
    {
      name: 'cbsodata CSV (real 84105NED, 12 data lines)',
      format: 'cbsodata-csv',
      level: 'drop',
      files: new Map([['84105NED.csv', lines(real('cbsodata-csv/84105NED.csv'), [1, 13])]]),
      entry: '84105NED.csv',
      targets: ['84105NED.csv'],
    },
    {
      name: 'DNB CSV (real, four blocks and the footer)',
      format: 'dnb-csv',
      level: 'drop',
      // Header, household credit, the month written as 0, business credit, the repeated recent months, the footer.
      files: new Map([[dnb, lines(real(`dnb/${dnb}`), [1, 4], [2877, 2880], [3660, 3671], [5168, 5175])]]),
      entry: dnb,
      targets: [dnb],
    },
    tidy('ondernemersvertrouwen-kwartaal.csv', 'third-party/ondernemersvertrouwen-kwartaal.csv', [1, 21]),
    tidy('financieringsmonitor-by-size-class.csv', 'financieringsmonitor/financieringsmonitor-by-size-class.csv', [1, 17]),
    tidy('staatvanhetmkb-figures.csv', 'facts/staatvanhetmkb-figures.csv', [1, 41]),
    statlineReal(),
    thirdParty('81589NED_bedrijven_grootteklasse_kwartaal_2007-2022.csv', [1, 21]),
    // Groningen's first 8 months in each of the three debtor types (the total is checked against the two).
    thirdParty('82522NED_faillissementen_provincies_2009-2022.csv', [1, 9], [2332, 2339], [4662, 4669]),
    {
      name: 'StatLine export (fixture 99003NED, synthetic)',
      format: 'cbs-statline-export',
      level: 'adapter',
      files: folder('cbs-statline-export/99003NED', readdirSync(join(fixtures, 'cbs-statline-export/99003NED')), fixture),
      entry: '99003NED',
      targets: [`99003NED/${statlineFixture}`],
    },
  ];
}

/** The real StatLine export (cbs-statline-export/81589NED), whole (29 lines), in its table-id folder. */
function statlineReal(): MutationSource {
  const dir = 'cbs-statline-export/81589NED';
  const name = readdirSync(join(sharedSources, dir)).find((n) => n.endsWith('.csv'))!;
  return {
    name: 'StatLine export (real 81589NED, whole)',
    format: 'cbs-statline-export',
    level: 'drop',
    files: new Map([[`81589NED/${name}`, real(`${dir}/${name}`)]]),
    entry: '81589NED',
    targets: [`81589NED/${name}`],
  };
}

/** Lines of a third party's cbsodata dump (third-party/<table>_….csv: a pandas index, with or without ID), header first. */
function thirdParty(name: string, ...ranges: [number, number][]): MutationSource {
  const dataLines = ranges.reduce((n, [from, to]) => n + to - from + 1, 0) - 1;
  return {
    name: `cbsodata CSV, third party (real ${name.slice(0, 8)}, ${dataLines} data lines)`,
    format: 'cbsodata-csv',
    level: 'drop',
    files: new Map([[name, lines(real(`third-party/${name}`), ...ranges)]]),
    entry: name,
    targets: [name],
  };
}
