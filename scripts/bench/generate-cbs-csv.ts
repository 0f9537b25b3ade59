import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../lib/mulberry32.ts';
import { BufferedWriter } from './buffered-writer.ts';

/**
 * Writes a synthetic CBS "onbewerkte dataset" download (data CSV + metadata CSV) that the cbs-csv adapter
 * accepts: two dimensions (Bedrijfsgrootte × RegioS, a Dimension and a GeoDimension) × Perioden, three
 * topics. Rows = sizeClasses × regions × periods, in CBS order (dimensions outer, periods inner).
 *
 * Same look as a real download: UTF-8 BOM, `;`, every field quoted, codes with trailing spaces
 * ("301000 ", "GM0014  "), numbers right-aligned in 8 characters ("    89.8"), "." for missing.
 * Deterministic (a seeded PRNG, no Math.random) and streamed: written in ~1 MB chunks.
 */
export interface SyntheticTable {
  dir: string;
  dataFile: string;
  metadataFile: string;
  tableId: string;
  rows: number;
  bytes: number;
  topics: string[];
}

export interface GenerateOptions {
  /** Codes of the first dimension (Bedrijfsgrootte). */
  sizeClasses: number;
  /** Codes of the second dimension (RegioS). */
  regions: number;
  /** Whole years of periods; each year gives JJ00 + KW01..KW04, so 5 periods per year. */
  years: number;
  seed?: number;
}

export const TABLE_ID = '99900NED';
const TOPICS = ['Bedrijven_1', 'WerkzamePersonen_2', 'Omzetontwikkeling_3'] as const;
const FIRST_YEAR = 2003;

/** Codes as the data file writes them (padded); the metadata writes the same padded text. */
function sizeClassCodes(n: number): string[] {
  return Array.from({ length: n }, (_, k) => (k === 0 ? 'T001081' : `${300000 + k * 1000} `));
}

function regionCodes(n: number): string[] {
  return Array.from({ length: n }, (_, k) => (k === 0 ? 'NL01    ' : `GM${String(k).padStart(4, '0')}  `));
}

function periodCodes(years: number): { code: string; status: string }[] {
  const periods: { code: string; status: string }[] = [];
  for (let y = 0; y < years; y++) {
    const year = FIRST_YEAR + y;
    const status = y === years - 1 ? 'Voorlopig' : y === years - 2 ? 'Nader voorlopig' : 'Definitief';
    periods.push({ code: `${year}JJ00`, status });
    for (let q = 1; q <= 4; q++) periods.push({ code: `${year}KW0${q}`, status });
  }
  return periods;
}

const pad8 = (text: string) => (text.length >= 8 ? text : '        '.slice(text.length) + text);

export function generateCbsCsv(dir: string, options: GenerateOptions): SyntheticTable {
  mkdirSync(dir, { recursive: true });
  const sizes = sizeClassCodes(options.sizeClasses);
  const regions = regionCodes(options.regions);
  const periods = periodCodes(options.years);
  const metadataFile = join(dir, `${TABLE_ID}_metadata.csv`);
  const dataFile = join(dir, `${TABLE_ID}_UntypedDataSet_01022024_000000.csv`);

  writeMetadata(metadataFile, sizes, regions, periods);

  const random = mulberry32(options.seed ?? 20240201);
  const out = new BufferedWriter(dataFile);
  out.write(`\uFEFF"ID";"Bedrijfsgrootte";"RegioS";"Perioden";${TOPICS.map((t) => `"${t}"`).join(';')}\n`);
  let id = 0;
  for (const size of sizes) {
    for (const region of regions) {
      // A level per series, so the figures look like series rather than noise.
      const level = 20 + Math.floor(random() * 5000);
      for (const { code } of periods) {
        const r = random();
        const companies = r < 0.03 ? '.' : String(Math.floor(level * (0.8 + 0.4 * random())));
        const persons = r > 0.97 ? '.' : (level * (2 + 6 * random())).toFixed(1);
        const growth = r > 0.45 && r < 0.5 ? '.' : ((random() - 0.4) * 25).toFixed(1);
        out.write(`"${id}";"${size}";"${region}";"${code}";"${pad8(companies)}";"${pad8(persons)}";"${pad8(growth)}"\n`);
        id++;
      }
    }
  }
  out.close();
  return { dir, dataFile, metadataFile, tableId: TABLE_ID, rows: id, bytes: out.bytes, topics: [...TOPICS] };
}

function writeMetadata(file: string, sizes: string[], regions: string[], periods: { code: string; status: string }[]): void {
  const q = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const lines: string[] = [];
  lines.push('\uFEFF"TableInfos"');
  lines.push(
    '"ID";"Title";"ShortTitle";"Identifier";"Summary";"Modified";"ReasonDelivery";"Language";"Catalog";"Frequency";"Period";"ShortDescription";"Description"',
  );
  lines.push(
    [
      '0',
      'Bedrijven; synthetische benchmarktabel',
      'Benchmarktabel',
      TABLE_ID.toLowerCase(),
      'Bedrijven en werkzame personen\nnaar bedrijfsgrootte en regio',
      '2024-01-31T02:00:00',
      'Actualisering',
      'nl',
      'CBS',
      'Perkwartaal',
      `${FIRST_YEAR} - ${FIRST_YEAR + periods.length / 5 - 1}`,
      'Synthetische tabel voor npm run bench:import.',
      'Copyright (c) Centraal Bureau voor de Statistiek, Den Haag/Heerlen \nVerveelvoudiging is toegestaan, mits het CBS als bron wordt vermeld.',
    ]
      .map(q)
      .join(';'),
  );
  lines.push('"DataProperties"');
  lines.push('ID;Position;ParentID;Type;Key;Title;Description;ReleasePolicy;Datatype;Unit;Decimals;Default');
  lines.push('"0";"0";;"Dimension";"Bedrijfsgrootte";"Bedrijfsgrootte";;;;;;');
  lines.push('"1";"1";;"GeoDimension";"RegioS";"Regio\'s";;;;;;');
  lines.push('"2";"2";;"TimeDimension";"Perioden";"Perioden";"";"false";;;;');
  lines.push('"3";"3";;"TopicGroup";"Bedrijven";"Bedrijven";"";;;;;');
  lines.push('"4";"4";"3";"Topic";"Bedrijven_1";"Bedrijven";"Aantal bedrijven\nin de periode.";;"Double";"aantal";"0";"Missing"');
  lines.push('"5";"5";"3";"Topic";"WerkzamePersonen_2";"Werkzame  personen";"";;"Double";"x 1 000";"1";"Missing"');
  lines.push('"6";"6";;"Topic";"Omzetontwikkeling_3";"Omzetontwikkeling";"";;"Double";"%";"1";"Missing"');
  lines.push('"Bedrijfsgrootte"');
  lines.push('Key;Title;Description');
  for (const [k, code] of sizes.entries()) {
    lines.push(`${q(code)};${q(k === 0 ? 'Totaal' : `Grootteklasse ${k}`)};${k % 7 === 0 ? q(`Klasse ${k}\nmet toelichting`) : ''}`);
  }
  lines.push('"RegioS"');
  lines.push('Key;Title;Description');
  for (const [k, code] of regions.entries()) lines.push(`${q(code)};${q(k === 0 ? 'Nederland' : `Gemeente ${k}`)};""`);
  lines.push('"Perioden"');
  lines.push('Key;Title;Description;Status');
  for (const { code, status } of periods)
    lines.push(
      `${q(code)};${q(code.endsWith('JJ00') ? `${code.slice(0, 4)} jaartotaal` : `${code.slice(0, 4)} ${code.slice(-1)}e kwartaal`)};;${q(status)}`,
    );
  const out = new BufferedWriter(file);
  out.write(`${lines.join('\n')}\n`);
  out.close();
}
