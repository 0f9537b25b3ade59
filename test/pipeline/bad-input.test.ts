import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeReal, sharedSources } from '../helpers/real-sources.ts';
import {
  committedDrop,
  committedDropId,
  dataDirWithCommittedDrop,
  escapeRegExp,
  fixtures,
  hashTree,
  leftovers,
  type RunResult,
  readCsv,
  removeTemps,
  runInProcess,
  type Script,
  spawnCli,
  tempDir,
} from './helpers.ts';

/**
 * A corpus of bad raw input. Each case writes one broken file or folder into a fresh temp dir (from the
 * small good fixtures in test/fixtures, or a copy of a real file), runs the command against a data dir
 * that already holds a copy of the committed drop, and checks the refusal: exit code 1, one line on
 * stderr that names the file, the line or JSON path, the column and the value, no stack trace, and not
 * one byte changed in the data dir (nor an `--out` dir for `npm run data`).
 *
 * Most cases run the real command module in-process (runInProcess: same argument parsing, same
 * runCommand); the ones marked `spawn` run it as a separate process, as `npm run import` would.
 */

const sources = sharedSources;
const cbsData = '99002NED_UntypedDataSet_20112023_000000.csv';
const cbsMeta = '99002NED_metadata.csv';
const realVacancies = '80472NED_UntypedDataSet_20112023_000000.csv';
const statlineExport = 'Testtabel__bedrijven_01042026_120000.csv';
const dnbName = 'kernindicatoren-monetaire-statistieken-maand_2025-08-18.csv';

interface Case {
  name: string;
  command?: Script; // default: import
  spawn?: boolean;
  /** Needs ../shared/sources: skipped without it, failing in CI. */
  real?: boolean;
  /**
   * Writes the bad input under `dir` and returns the command's arguments (the runner adds --data, and
   * --out for build-data). `data` is the data dir, already holding the committed drop.
   */
  make(dir: string, data: string): string[];
  /** The file the message must name, relative to the case dir; or `command line`. */
  file: string;
  /**
   * Where in the file: a line, or a JSON path. null only where the problem is the file as a whole (it
   * is missing, or does not exist).
   */
  where: { line: number } | { path: string } | null;
  /** The column (or JSON property); null where the problem is a whole line or file, said per case. */
  column: string | RegExp | null;
  /** The offending value as the message quotes it (given the case dir); null where there is none, said per case. */
  value: string | ((dir: string) => string) | null;
  problem: RegExp;
}

// ---- helpers to build bad inputs from good fixtures ----

function copy(from: string, dir: string, name = basename(from)): string {
  const to = join(dir, name);
  cpSync(join(fixtures, from), to, { recursive: true });
  return to;
}

/** Replaces exactly one occurrence (the n-th, default first) and fails loudly when the fixture has changed. */
function replace(text: string, from: string, to: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(from, at + 1);
    if (at < 0) throw new Error(`fixture changed: ${JSON.stringify(from)} not found ${nth} time(s)`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Replaces line `n` (1-based) of a file. */
function editLine(file: string, n: number, change: (line: string) => string): void {
  edit(file, (text) => {
    const lines = text.split('\n');
    if (lines[n - 1] === undefined) throw new Error(`fixture changed: ${file} has no line ${n}`);
    lines[n - 1] = change(lines[n - 1]!);
    return lines.join('\n');
  });
}

function appendLine(file: string, line: string): number {
  const text = readFileSync(file, 'utf8');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  writeFileSync(file, `${body}${line}\n`);
  return body.split('\n').length; // the number of the appended line
}

/** Cuts a file in half (by characters) and returns the 1-based line and column just past its end. */
function cutInHalf(file: string): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  const cut = text.slice(0, Math.floor(text.length / 2)).replace(/\s+$/, '');
  writeFileSync(file, cut);
  const lines = cut.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** What cutInHalf will report for a file, without cutting it (the table needs it up front). */
function halfEnd(file: string): { line: number; column: number } {
  const cut = readFileSync(file, 'utf8');
  const half = cut.slice(0, Math.floor(cut.length / 2)).replace(/\s+$/, '');
  const lines = half.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Windows-1252 bytes for a text (what a spreadsheet "save as CSV" on Windows writes). */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Buffer.from([...text.replace(/^\uFEFF/, '')].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const odataGood = join(fixtures, 'cbs-odata-v4/good');
const odataHalf = halfEnd(join(odataGood, 'Observations.json'));
const realObservations = join(sources, 'cbs-odata-v4/82242NED/Observations.json');
const realHalf = existsSync(realObservations) ? halfEnd(realObservations) : { line: 0, column: 0 };
const dropJsonHalf = halfEnd(join(committedDrop, 'drop.json'));

const cases: Case[] = [
  // ---- CBS "onbewerkte dataset" CSV + metadata (test/fixtures/cbs-csv/good) ----
  {
    name: 'CBS CSV: wrong delimiter (saved comma-separated)',
    spawn: true,
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => t.replaceAll('";"', ',').replaceAll('"', ''));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: null, // the header arrives as one field: no column can be told apart
    value: 'ID,Bedrijfskenmerken,Perioden,OpenstaandeVacatures_1,OntstaneVacatures_2',
    problem: /wrong delimiter/,
  },
  {
    name: 'CBS CSV: wrong header (a misspelt topic key)',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => replace(t, '"OpenstaandeVacatures_1"', '"OpenstaandeVacature_1"'));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: '4 (OpenstaandeVacatures_1)',
    value: 'OpenstaandeVacature_1',
    problem: /wrong header column/,
  },
  {
    name: 'CBS CSV: missing column (Perioden dropped from the header and every row)',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) =>
        t
          .split('\n')
          .map((line) => {
            if (line === '') return line;
            const fields = line.split(';');
            fields.splice(2, 1);
            return fields.join(';');
          })
          .join('\n'),
      );
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: '3 (Perioden)',
    value: 'OpenstaandeVacatures_1',
    problem: /wrong header column/,
  },
  {
    name: 'CBS CSV: non-numeric value',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => replace(t, '"   441.2"', '"   44l.2"'));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 4 },
    column: 'OpenstaandeVacatures_1',
    value: '   44l.2',
    problem: /not a number/,
  },
  {
    name: 'CBS CSV: number in the wrong locale (decimal comma)',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => replace(t, '"   441.2"', '"   441,2"'));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 4 },
    column: 'OpenstaandeVacatures_1',
    value: '   441,2',
    problem: /not a number/,
  },
  {
    name: 'CBS CSV: unknown period code',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => replace(t, '"2023KW02"', '"2023Q2"'));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 4 },
    column: 'Perioden',
    value: '2023Q2',
    problem: /not a CBS period code/,
  },
  {
    name: 'CBS CSV: a code absent from the metadata code list',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => replace(t, '"4";"301000 "', '"4";"302000 "'));
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 6 },
    column: 'Bedrijfskenmerken',
    value: '302000',
    problem: /code not in the Bedrijfskenmerken block of the metadata/,
  },
  {
    name: 'CBS CSV: duplicate key (a row repeated at the end)',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      const line = appendLine(join(folder, cbsData), '"8";"T001081";"2023KW01";"   452.7";"     390"');
      if (line !== 10) throw new Error(`fixture changed: appended line ${line}`);
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 10 },
    column: null, // the key is the row's dimension columns together; the value names each of them
    value: 'Bedrijfskenmerken=T001081, Perioden=2023KW01',
    problem: /duplicate row: the same dimensions and period as line 3/,
  },
  {
    name: 'CBS CSV: empty data file',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      writeFileSync(join(folder, cbsData), '');
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: null, // nothing in the file: no column and no value
    value: null,
    problem: /the file is empty/,
  },
  {
    name: 'CBS CSV: header only (a download with no rows would wipe the dataset)',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsData), (t) => `${t.split('\n')[0]}\n`);
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: null, // the header is fine; what is missing is every row after it
    value: null,
    problem: /the file has a header but no data rows/,
  },
  {
    name: 'CBS CSV: the real 80472NED with only its header',
    real: true,
    spawn: true,
    make: (dir) => {
      const folder = join(dir, '80472NED');
      cpSync(join(sources, 'cbs-statline-csv/80472NED'), folder, { recursive: true });
      edit(join(folder, realVacancies), (t) => t.split('\n')[0]!);
      return [folder];
    },
    file: `80472NED/${realVacancies}`,
    where: { line: 1 },
    column: null, // the header is fine; what is missing is every row after it
    value: null,
    problem: /the file has a header but no data rows/,
  },
  {
    name: 'CBS CSV: data file holding only a BOM',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      writeFileSync(join(folder, cbsData), '\uFEFF');
      return [folder];
    },
    file: `99002NED/${cbsData}`,
    where: { line: 1 },
    column: null, // nothing but the BOM: no column and no value
    value: null,
    problem: /the file is empty/,
  },
  {
    name: 'CBS CSV: the metadata file is missing',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      rmSync(join(folder, cbsMeta));
      return [folder];
    },
    file: `99002NED/${cbsMeta}`,
    where: null, // the named file does not exist
    column: null,
    value: null,
    problem: /the metadata file beside the data file is missing/,
  },

  // ---- DNB CSV (test/fixtures/dnb) ----
  {
    name: 'DNB CSV: Latin-1 (Windows-1252) encoded',
    spawn: true,
    make: (dir) => {
      const file = join(dir, dnbName);
      writeFileSync(file, windows1252(readFileSync(join(fixtures, 'dnb', dnbName), 'utf8')));
      return [file];
    },
    file: dnbName,
    where: { line: 2 },
    column: null, // the encoding is the whole file's; the message names the first bad byte and its line
    value: 'byte 0xEB', // the ë of "Niet-financiële"
    problem: /not valid UTF-8/,
  },
  {
    name: 'DNB CSV: unclosed quote',
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      editLine(file, 3, (l) => replace(l, '"2024-12",', '"2024-12,'));
      return [file];
    },
    file: dnbName,
    where: { line: 3 },
    column: null, // the quote swallows the rest of the file: no column and no cell can be named
    value: null,
    problem: /the CSV is malformed/,
  },
  {
    name: 'DNB CSV: a data row after the footer',
    spawn: true,
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      appendLine(file, '"Zakelijke kredietverlening ","Uitstaande bedragen (mln euro\'s) ","Niet-financiële bedrijven ","2025-02",282000');
      return [file];
    },
    file: dnbName,
    where: { line: 10 },
    column: null, // the whole row is misplaced
    value: "Zakelijke kredietverlening ,Uitstaande bedragen (mln euro's) ,Niet-financiële bedrijven ,2025-02,282000",
    problem: /a line after the footer that starts on line 8/,
  },
  {
    name: 'DNB CSV: the same series and month twice with different values',
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      editLine(file, 6, (l) => replace(l, ',280100.5', ',280200.5'));
      return [file];
    },
    file: dnbName,
    where: { line: 6 },
    column: 'waarde (5)',
    value: '280200.5',
    problem: /already has value 280100.5 on line 3/,
  },
  {
    name: 'DNB CSV: number in Dutch notation',
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      editLine(file, 7, (l) => replace(l, ',281128', ',"281128,5"'));
      return [file];
    },
    file: dnbName,
    where: { line: 7 },
    column: 'waarde (5)',
    value: '281128,5',
    problem: /Dutch notation/,
  },
  {
    name: 'DNB CSV: unknown period',
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      editLine(file, 7, (l) => replace(l, '"2025-01"', '"2025-13"'));
      return [file];
    },
    file: dnbName,
    where: { line: 7 },
    column: 'Periode (4)',
    value: '2025-13',
    problem: /an unknown period/,
  },
  {
    name: 'DNB CSV: footer missing (a cut-off download)',
    make: (dir) => {
      const file = copy(`dnb/${dnbName}`, dir);
      edit(file, (t) => t.split('\n').slice(0, 7).join('\n'));
      return [file];
    },
    file: dnbName,
    where: { line: 7 },
    column: null, // what is missing is the end of the file
    value: null,
    problem: /ends without its footer/,
  },

  // ---- CBS OData v4 (test/fixtures/cbs-odata-v4/good, test/fixtures/bad-input/82242NED, the real 82242NED) ----
  {
    name: 'OData: Observations.json cut in half',
    spawn: true,
    make: (dir) => {
      const folder = copy('cbs-odata-v4/good', dir, '99001NED');
      cutInHalf(join(folder, 'Observations.json'));
      return [folder];
    },
    file: '99001NED/Observations.json',
    where: { line: odataHalf.line },
    column: String(odataHalf.column),
    value: null, // the JSON ends: there is nothing to quote
    problem: /the JSON ends too early.*truncated/,
  },
  {
    name: 'OData: the real 82242NED Observations.json cut in half',
    real: true,
    make: (dir) => {
      const folder = join(dir, '82242NED');
      cpSync(join(sources, 'cbs-odata-v4/82242NED'), folder, { recursive: true });
      cutInHalf(join(folder, 'Observations.json'));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { line: realHalf.line },
    column: String(realHalf.column),
    value: null, // the JSON ends: there is nothing to quote
    problem: /the JSON ends too early.*truncated/,
  },
  {
    name: 'OData: Observations.json with an empty value array',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => `${t.slice(0, t.indexOf('['))}[]\n}\n`);
      edit(join(folder, '_capture.json'), (t) => replace(t, '"observationRows": 12', '"observationRows": 0'));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value' },
    column: null, // the array as a whole is empty
    value: '[]',
    problem: /the capture holds no observations/,
  },
  {
    name: 'OData: a code absent from the code list',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"TypeGefailleerde": "A047597"', '"TypeGefailleerde": "A999999"', 2));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[1].TypeGefailleerde' },
    column: 'TypeGefailleerde',
    value: 'A999999',
    problem: /code not in TypeGefailleerdeCodes\.json/,
  },
  {
    name: 'OData: a period absent from PeriodenCodes.json',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"2026MM05"', '"2026MM06"', 2));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[11].Perioden' },
    column: 'Perioden',
    value: '2026MM06',
    problem: /period code not in PeriodenCodes\.json/,
  },
  {
    name: 'OData: duplicate observation (same measure, type and period)',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"Perioden": "2023KW04"', '"Perioden": "2023KW03"'));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[4]' },
    column: null, // the key is several properties together; the value names each of them
    value: 'M001327 / A047597 / 2023KW03',
    problem: /the same measure, dimensions and period as \$\.value\[3\]/,
  },
  {
    name: 'OData: ValueAttribute "None" but Value null',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"Value": 720,', '"Value": null,'));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[2].Value' },
    column: 'Value',
    value: 'null',
    problem: /ValueAttribute is "None" but Value is not a number/,
  },
  {
    name: 'OData: unknown ValueAttribute',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"ValueAttribute": "None"', '"ValueAttribute": "Estimated"', 3));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[2].ValueAttribute' },
    column: 'ValueAttribute',
    value: 'Estimated',
    problem: /unknown ValueAttribute/,
  },
  {
    name: 'OData (82242NED): a year that is not the sum of its quarters',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Observations.json'), (t) => replace(t, '"Value": 2871,', '"Value": 2872,'));
      return [folder];
    },
    file: '82242NED/Observations.json',
    where: { path: '$.value[0]' }, // the observation (its .Value property, if the message goes that deep)
    column: /[Vv]alue/, // the JSON property Value, or the dataset column value
    value: '2872',
    problem: /does not equal the sum of its quarters.*2871/,
  },
  {
    name: 'OData: the capture record counts more observations than the file holds',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, '_capture.json'), (t) => replace(t, '"observationRows": 12', '"observationRows": 13'));
      return [folder];
    },
    file: '82242NED/_capture.json',
    where: { path: '$.observationRows' },
    column: 'observationRows',
    value: '13',
    problem: /Observations\.json holds 12 observations, the capture counted/,
  },

  // ---- tidy CSVs (test/fixtures/tidy) ----
  {
    name: 'Financieringsmonitor: percent outside its 95% margin',
    make: (dir) => {
      const file = copy('tidy/financieringsmonitor-by-size-class.csv', dir);
      editLine(file, 2, (l) => replace(l, ',15.0,13.2,16.8,', ',15.0,15.5,16.8,'));
      return [file];
    },
    file: 'financieringsmonitor-by-size-class.csv',
    where: { line: 2 },
    column: 'percent (5)',
    value: '15.0',
    problem: /outside its 95% margin 15\.5 to 16\.8/,
  },
  {
    name: 'Financieringsmonitor: wrong header ("percentage" for "percent")',
    make: (dir) => {
      const file = copy('tidy/financieringsmonitor-by-size-class.csv', dir);
      editLine(file, 1, (l) => replace(l, ',percent,', ',percentage,'));
      return [file];
    },
    file: 'financieringsmonitor-by-size-class.csv',
    where: { line: 1 },
    column: '5',
    value: 'percentage',
    problem: /unexpected header column/,
  },
  {
    name: 'Facts: a value in Dutch notation',
    make: (dir) => {
      const file = copy('tidy/staatvanhetmkb-figures.csv', dir);
      editLine(file, 2, (l) => replace(l, ',2652,', ',"2.652,5",'));
      return [file];
    },
    file: 'staatvanhetmkb-figures.csv',
    where: { line: 2 },
    column: 'value (5)',
    value: '2.652,5',
    problem: /Dutch notation/,
  },
  {
    name: 'Quarterly series: the same quarter twice',
    make: (dir) => {
      const file = copy('tidy/ondernemersvertrouwen-kwartaal.csv', dir);
      editLine(file, 4, (l) => replace(l, '2025-04-01', '2025-01-01'));
      return [file];
    },
    file: 'ondernemersvertrouwen-kwartaal.csv',
    where: { line: 4 },
    column: 'quarter_start (1)',
    value: '2025-01-01 (2025KW01)',
    problem: /already occurs on line 3/,
  },

  // ---- StatLine CSV export (test/fixtures/cbs-statline-export, synthetic, shaped like the real download) ----
  {
    name: 'StatLine export: "1.5" (a point between digits in a Dutch-locale file)',
    make: (dir) => {
      const folder = copy('cbs-statline-export/99003NED', dir);
      editLine(join(folder, statlineExport), 3, (l) => replace(l, '" 1700000"', '"1.5"'));
      return [folder];
    },
    file: `99003NED/${statlineExport}`,
    where: { line: 3 },
    column: 'Bedrijfsgrootte/1 werkzaam persoon (aantal) (3)',
    value: '1.5',
    problem: /not a number/,
  },
  {
    name: 'StatLine export: an unknown symbol',
    make: (dir) => {
      const folder = copy('cbs-statline-export/99003NED', dir);
      editLine(join(folder, statlineExport), 3, (l) => replace(l, '" 1700000"', '"?"'));
      return [folder];
    },
    file: `99003NED/${statlineExport}`,
    where: { line: 3 },
    column: 'Bedrijfsgrootte/1 werkzaam persoon (aantal) (3)',
    value: '?',
    problem: /not a number/,
  },
  {
    name: 'StatLine export: cut short just after a ";" (the last cell would read as blank, vervalt)',
    make: (dir) => {
      const folder = copy('cbs-statline-export/99003NED', dir);
      edit(join(folder, statlineExport), (t) => t.slice(0, t.lastIndexOf(';') + 1));
      return [folder];
    },
    file: `99003NED/${statlineExport}`,
    where: { line: 5 },
    column: null, // the line is cut, not a cell
    value: null,
    problem: /the file ends in the middle of a line \(no line break after its last line\): cut short\?/,
  },
  {
    name: 'StatLine export: a NUL byte in a label',
    make: (dir) => {
      const folder = copy('cbs-statline-export/99003NED', dir);
      editLine(join(folder, statlineExport), 2, (l) => replace(l, 'Alle economische', 'Alle\u0000economische'));
      return [folder];
    },
    file: `99003NED/${statlineExport}`,
    where: { line: 2 },
    column: 'Bedrijfstakken/branches SBI 2008 (1)',
    value: 'A-U Alle\u0000economische activiteiten',
    problem: /a character no text in these files has \(U\+0000, at position 9\): a damaged file\?/,
  },

  // ---- cbsodata CSV (test/fixtures/cbsodata-csv) ----
  {
    name: 'cbsodata CSV saved with ; as separator',
    make: (dir) => {
      const file = join(dir, '84105NED.csv');
      const rows = Papa.parse<string[]>(readFileSync(join(fixtures, 'cbsodata-csv/84105NED.csv'), 'utf8'), { skipEmptyLines: true }).data;
      writeFileSync(file, `${Papa.unparse(rows, { delimiter: ';', newline: '\n' })}\n`);
      return [file];
    },
    file: '84105NED.csv',
    where: { line: 1 },
    column: null, // the header arrives as one field: no column can be told apart
    value: ';ID;SoortGegevens;Perioden;Totaal_1;BrutoBinnenlandsProduct_2',
    problem: /semicolon-separated/,
  },
  {
    name: 'cbsodata CSV: unknown period label',
    make: (dir) => {
      const file = copy('cbsodata-csv/84105NED.csv', dir);
      editLine(file, 2, (l) => replace(l, '2023 1e kwartaal', '2023 5e kwartaal'));
      return [file];
    },
    file: '84105NED.csv',
    where: { line: 2 },
    column: 'Perioden (4)',
    value: '2023 5e kwartaal',
    problem: /unknown period label/,
  },

  // ---- damage the mutation test (test/pipeline/mutation.test.ts) found imported as if it were data ----
  {
    name: 'cbsodata CSV: a letter in the ID column (a row number nothing else reads)',
    make: (dir) => {
      const file = copy('cbsodata-csv/84105NED.csv', dir);
      editLine(file, 3, (l) => replace(l, '1,1,', '1,l,'));
      return [file];
    },
    file: '84105NED.csv',
    where: { line: 3 },
    column: 'ID (2)',
    value: 'l',
    problem: /not a row number/,
  },
  {
    name: 'Quarterly series: cut short inside its last cell',
    make: (dir) => {
      const file = copy('tidy/ondernemersvertrouwen-kwartaal.csv', dir);
      edit(file, (t) => t.slice(0, -3)); // "…,-8.1\n" → "…,-8": another number, and no line break
      return [file];
    },
    file: 'ondernemersvertrouwen-kwartaal.csv',
    where: { line: 4 },
    column: null, // the line is cut, not a cell
    value: null,
    problem: /the file ends in the middle of a line \(no line break after its last line\): cut short\?/,
  },
  {
    name: 'Financieringsmonitor: a NUL byte in a label',
    make: (dir) => {
      const file = copy('tidy/financieringsmonitor-by-size-class.csv', dir);
      editLine(file, 2, (l) => replace(l, 'Aandeel bedrijven', 'Aandeel\u0000bedrijven'));
      return [file];
    },
    file: 'financieringsmonitor-by-size-class.csv',
    where: { line: 2 },
    column: 'series_label',
    value: 'Aandeel\u0000bedrijven met een nieuwe externe financieringsbehoefte',
    problem: /a character no text in these files has \(U\+0000, at position 8\): a damaged file\?/,
  },
  {
    name: 'CBS CSV: a 0x1A (DOS end of file) in a label of the metadata',
    make: (dir) => {
      const folder = copy('cbs-csv/good', dir, '99002NED');
      edit(join(folder, cbsMeta), (t) => replace(t, 'A-U Alle economische', 'A-U Alle\u001aeconomische'));
      return [folder];
    },
    file: `99002NED/${cbsMeta}`,
    where: { line: 16 },
    column: '2',
    value: 'A-U Alle\u001aeconomische activiteiten',
    problem: /a character no text in these files has \(U\+001A/,
  },
  {
    name: 'Facts: a number with a letter in it ("265O")',
    make: (dir) => {
      const file = copy('tidy/staatvanhetmkb-figures.csv', dir);
      editLine(file, 2, (l) => replace(l, ',2652,', ',265O,'));
      return [file];
    },
    file: 'staatvanhetmkb-figures.csv',
    where: { line: 2 },
    column: 'value (5)',
    value: '265O',
    problem: /not a number, nor numbers joined by " \/ " or " -> "/,
  },
  {
    name: 'OData: a property missing (a measure without its Unit)',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'MeasureCodes.json'), (t) => replace(t, '"Unit": "aantal", ', ''));
      return [folder];
    },
    file: '82242NED/MeasureCodes.json',
    where: { path: '$.value[0].Unit' },
    column: 'Unit',
    value: null, // there is no value: the property is not there
    problem: /the property is missing; expected a string or null/,
  },
  {
    name: 'OData: a Modified date that is not a date',
    make: (dir) => {
      const folder = copy('bad-input/82242NED', dir);
      edit(join(folder, 'Properties.json'), (t) => replace(t, '06:30:00+02:00', '06:30:00+02:0O'));
      return [folder];
    },
    file: '82242NED/Properties.json',
    where: { path: '$.Modified' },
    column: 'Modified',
    value: '2026-06-12T06:30:00+02:0O',
    problem: /not an ISO date-time/,
  },

  // ---- drops are never written again, and never lose rows unnoticed ----
  {
    name: 'a dataset that would lose rows (no --allow-shrink)',
    spawn: true,
    make: (dir) => [copy('bad-input/82242NED', dir)],
    file: '82242NED',
    where: null, // what is wrong is the table as a whole: it holds far fewer rows than the latest drop
    column: null,
    value: null, // the message names the datasets, the row counts and what disappears
    problem: new RegExp(
      `compared with the latest drop ${committedDropId}, the new drop would lose rows: faillissementen: 3\\.084 → 12 rijen; 1981MM01–2026MM04, .* verdwijnen; categorieën ‘A041718’, ‘T001243’ verdwijnen \\| conjunctuur: 1\\.267 → 1\\.090 rijen; .*; expected no rows lost; if the loss is right, --allow-shrink "<reason>"`,
    ),
  },
  {
    name: '--drop naming a drop that exists',
    make: (dir) => [copy('bad-input/82242NED', dir), '--drop', committedDropId],
    file: 'command line',
    where: null, // the command line has no lines
    column: '--drop',
    value: committedDropId,
    problem: new RegExp(
      `the drop folder .*/data/${committedDropId}/ exists already, and a drop is never written again:.*expected a new id, such as --drop ${committedDropId}b$`,
    ),
  },
  {
    name: '--drop that is not a drop id',
    spawn: true,
    make: (dir) => [copy('bad-input/82242NED', dir), '--drop', '2026-7-18'],
    file: 'command line',
    where: null, // the command line has no lines
    column: '--drop',
    value: '2026-7-18',
    problem: /not a drop id:.*expected YYYY-MM-DD, with a lower-case letter/,
  },
  {
    name: '--drop sorting before the latest drop',
    make: (dir) => [copy('bad-input/82242NED', dir), '--drop', '2026-01-01'],
    file: 'command line',
    where: null, // the command line has no lines
    column: '--drop',
    value: '2026-01-01',
    problem: new RegExp(`the id sorts before the latest drop ${committedDropId}, so the site would not be built from it`),
  },
  {
    name: '--allow-shrink without a reason',
    make: (dir) => [copy('bad-input/82242NED', dir), '--allow-shrink', '--drop', '2026-07-20'],
    file: 'command line',
    where: null, // the command line has no lines
    column: '--allow-shrink',
    value: '--drop',
    problem: /the option has no value/,
  },

  // ---- files and paths ----
  {
    name: 'a file no adapter recognises',
    make: (dir) => {
      const file = join(dir, 'notes.csv');
      writeFileSync(file, 'foo,bar\n1,2\n');
      return [file];
    },
    file: 'notes.csv',
    where: { line: 1 },
    column: null, // the file as a whole has no known format
    value: null,
    problem: /no adapter recognises this file/,
  },
  {
    name: 'a path that does not exist',
    spawn: true,
    make: (dir) => [join(dir, 'missing', '82242NED')],
    file: 'missing/82242NED',
    where: null, // there is no file to point into
    column: null,
    value: (dir) => join(dir, 'missing', '82242NED'),
    problem: /no such file or folder/,
  },

  // ---- npm run data on a broken drop (the --out dir holds the JSON of the good drop) ----
  {
    name: 'npm run data: a drop CSV with a non-numeric value',
    command: 'build-data',
    spawn: true,
    make: (_dir, data) => {
      editLine(join(data, committedDropId, 'faillissementen.csv'), 2, (l) => replace(l, ',216,,definitief,', ',2l6,,definitief,'));
      return [];
    },
    file: `data/${committedDropId}/faillissementen.csv`,
    where: { line: 2 },
    column: 'value',
    value: '2l6',
    problem: /not a number/,
  },
  {
    name: 'npm run data: --drop that is not a drop id',
    command: 'build-data',
    make: () => ['--drop', '2026-7-17'],
    file: 'command line',
    where: null, // the command line has no lines
    column: '--drop',
    value: '2026-7-17',
    problem: new RegExp(`not a drop id:.*expected one of ${committedDropId}$`),
  },
  {
    name: 'npm run data: drop.json truncated',
    command: 'build-data',
    spawn: true,
    make: (_dir, data) => {
      cutInHalf(join(data, committedDropId, 'drop.json'));
      return [];
    },
    file: `data/${committedDropId}/drop.json`,
    where: { line: dropJsonHalf.line },
    column: String(dropJsonHalf.column),
    value: null, // the JSON ends: there is nothing to quote
    problem: /truncated|ends too early/,
  },
  {
    name: 'npm run data: a single figure from a host no publisher is registered for',
    command: 'build-data',
    make: (_dir, data) => {
      editLine(join(data, committedDropId, 'kerncijfers.csv'), 2, (l) =>
        replace(l, 'https://www.nvb.nl/', 'https://www.onbekend.example/'),
      );
      return [];
    },
    file: `data/${committedDropId}/kerncijfers.csv`,
    where: { line: 2 },
    column: 'source_url',
    value: 'https://www.onbekend.example/nieuws/de-mythe-ontkracht-banken-zijn-er-wel-degelijk-voor-het-mkb/',
    problem: /no publisher is registered for the host onbekend\.example/,
  },
  {
    name: 'npm run data: a single figure with a note the flag vocabulary does not know',
    command: 'build-data',
    make: (_dir, data) => {
      editLine(join(data, committedDropId, 'kerncijfers.csv'), 3, (l) => replace(l, ',secondary source', ',estimated'));
      return [];
    },
    file: `data/${committedDropId}/kerncijfers.csv`,
    where: { line: 3 },
    column: 'note',
    value: 'estimated',
    problem: /unknown note "estimated"/,
  },
];

let goodOut: string; // what `npm run data` writes for the committed drop
let committedTree: Record<string, string>; // hashTree of a data dir holding only the committed drop

beforeAll(async () => {
  const dir = tempDir('good-out');
  const data = dataDirWithCommittedDrop(dir);
  goodOut = join(dir, 'out');
  committedTree = hashTree(data);
  const result = await runInProcess('build-data', ['--data', data, '--out', goodOut]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(readdirSync(goodOut)).toContain('faillissementen.meta.json');
});
afterAll(removeTemps);

function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

describe('bad input is refused with file, place, column and value, and changes nothing', () => {
  it('has a corpus of at least 25 cases, about five of them spawned', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.spawn).length).toBeGreaterThanOrEqual(5);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.filter((c) => !c.real).map((c) => [c.name, c] as const))('%s', async (_name, c) => runCase(c));
});

// Cases on real files (test/helpers/real-sources.ts): skipped without ../shared/sources, failing in CI.
describeReal('bad input in a real file is refused the same way', () => {
  it.each(cases.filter((c) => c.real).map((c) => [c.name, c] as const))('%s', async (_name, c) => runCase(c));
});

async function runCase(c: Case): Promise<void> {
  const dir = tempDir('bad');
  const data = dataDirWithCommittedDrop(dir);
  const command = c.command ?? 'import';
  const out = join(dir, 'out');
  if (command === 'build-data') cpSync(goodOut, out, { recursive: true });
  const args = [...c.make(dir, data), '--data', data, ...(command === 'build-data' ? ['--out', out] : [])];
  // An import case's data dir is a fresh copy of the committed drop; npm run data cases broke theirs.
  const dataBefore = command === 'import' ? committedTree : hashTree(data);
  const outBefore = command === 'build-data' ? hashTree(out) : undefined;

  const result: RunResult = c.spawn ? spawnCli(command, args) : await runInProcess(command, args);

  // Exit code 1, one line on stderr, no stack trace.
  expect(result.stderr).not.toMatch(/^\s{4}at /m);
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines, result.stderr).toHaveLength(1);
  const message = lines[0]!;
  // The file, the place, the column, the value and the problem.
  const file = c.file === 'command line' ? c.file : join(dir, c.file);
  expect(message).toMatch(new RegExp(`^error: ${escapeRegExp(file)}[,:] `));
  if (c.where && 'line' in c.where) expect(message).toMatch(new RegExp(`^error: [^:]*, line ${c.where.line}[,:]`));
  if (c.where && 'path' in c.where) expect(message).toContain(`, ${c.where.path}`);
  if (typeof c.column === 'string') expect(message).toContain(`, column ${c.column}: `);
  if (c.column instanceof RegExp) expect(message).toMatch(new RegExp(`, column ${c.column.source}: `));
  if (c.value !== null) expect(message).toContain(`${quoted(typeof c.value === 'function' ? c.value(dir) : c.value)}; expected `);
  expect(message).toMatch(c.problem);
  expect(message).toMatch(/; expected .+/);
  // Nothing written: the data dir (and the out dir) byte for byte as before, no temp folders left.
  const dataAfter = hashTree(data);
  expect(leftovers(dataAfter)).toEqual([]);
  expect(dataAfter).toEqual(dataBefore);
  if (outBefore) {
    const outAfter = hashTree(out);
    expect(leftovers(outAfter)).toEqual([]);
    expect(outAfter).toEqual(outBefore);
  }
}

// ---- labels with HTML or formula characters: not refused, kept verbatim as text ----

const html = '<script>alert("x")</script> & <b>vet</b>';
const formula = '=HYPERLINK("http://evil.example","klik")';
const measureLabel = '@SUM(A1:A2) +1 -1, "quoted"';

describe('labels with HTML or formula characters are imported verbatim, never interpreted', () => {
  it.each([
    {
      name: 'OData (82242NED): type and measure labels',
      make: (dir: string) => {
        const folder = copy('bad-input/82242NED', dir);
        edit(join(folder, 'TypeGefailleerdeCodes.json'), (t) =>
          replace(
            replace(t, '"Title": "Bedrijven en instellingen"', `"Title": ${JSON.stringify(html)}`),
            '"Title": "Natuurlijke personen met eenmanszaak"',
            `"Title": ${JSON.stringify(formula)}`,
          ),
        );
        edit(join(folder, 'MeasureCodes.json'), (t) =>
          replace(t, '"Title": "Uitgesproken  faillissementen "', `"Title": ${JSON.stringify(measureLabel)}`),
        );
        return folder;
      },
      dataset: 'faillissementen',
      check: (rows: Record<string, string>[]) => {
        const mine = rows.filter((r) => r['source'] === 'cbs-odata-v4/82242NED');
        expect(mine).toHaveLength(12);
        for (const row of mine) {
          expect(row['series_label']).toBe(measureLabel);
          expect(row['category_label']).toBe(row['category'] === 'A047597' ? html : formula);
        }
      },
      raw: [`"${html.replaceAll('"', '""')}"`, `"${formula.replaceAll('"', '""')}"`, `"${measureLabel.replaceAll('"', '""')}"`],
    },
    {
      name: 'facts: series, category and note',
      make: (dir: string) => copy('tidy/staatvanhetmkb-figures.csv', dir),
      dataset: 'kerncijfers',
      check: (rows: Record<string, string>[]) => {
        const row = rows.find((r) => r['source'] === 'tidy-csv/staatvanhetmkb-figures' && r['topic'] === 'labels');
        expect(row).toMatchObject({ series: '<img src=x onerror=alert(1)>', category: formula, note: '@SUM(A1:A2)', value: '1' });
      },
      raw: ['<img src=x onerror=alert(1)>', `"${formula.replaceAll('"', '""')}"`, '@SUM(A1:A2)'],
    },
  ])('$name', async ({ make, dataset, check, raw }) => {
    const dir = tempDir('labels');
    const data = dataDirWithCommittedDrop(dir);
    const committed = hashTree(join(data, committedDropId));
    // The small fixture replaces a whole real table: allowed (the shrink guard is tested above).
    const args = [make(dir), '--drop', '2026-07-20', '--allow-shrink', 'a small fixture replaces the real table', '--data', data];
    const result = await runInProcess('import', args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(data).sort()).toEqual([committedDropId, '2026-07-20']);
    expect(hashTree(join(data, committedDropId))).toEqual(committed);
    expect(leftovers(data)).toEqual([]);
    const file = join(data, '2026-07-20', `${dataset}.csv`);
    check(readCsv(file));
    const text = readFileSync(file, 'utf8');
    for (const cell of raw) expect(text).toContain(cell);
  });
});
