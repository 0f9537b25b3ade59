import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { DownloadRow as Row } from '../../src/lib/downloads/downloads.ts';
import { figureId, generatedDir, listPages, projectRoot, readPage, requireDist, urlToFile } from '../helpers/dist.ts';

/**
 * The built site's figures with what the provenance tests compare: each page's numeric cells, its CSV and
 * JSON rows, and the raw rows of the drop the site was built from (data/<drop>/*.csv and provenance/).
 */
export const dist = requireDist();
export const drop = (JSON.parse(readFileSync(join(generatedDir, 'drops.json'), 'utf8')) as { current: string }).current;
// The drop the site was built from; SITE_DATA_DIR points at another data folder (as SITE_GENERATED_DIR does).
const dropDir = join(process.env['SITE_DATA_DIR'] ?? join(projectRoot, 'data'), drop);

export interface Cell {
  dataset: string;
  series: string;
  period: string;
  value: number;
  divisor: number;
  unit: string | null;
  publisher: string | null;
  licence: string | null;
  sourceUrl: string | null;
  flags: string[];
  text: string;
  /** The text of the footnote naming the cell's source (its own mark or its column's), when it has one. */
  footnote: string | null;
  /** The heading of the cell's column. */
  column: string;
  table: number;
}

/** A number the source lacks (td.missing): what it would be, whose source lacks it, and the words shown. */
export interface AbsentCell {
  dataset: string;
  series: string;
  period: string;
  symbol: string | null;
  unit: string | null;
  publisher: string | null;
  licence: string | null;
  sourceUrl: string | null;
  text: string;
}

/** A download row as read back: the CSV gives every field as text, the JSON numbers and nulls. */
export type DownloadRow = { [K in keyof Row]: Row[K] | string };

export interface FigurePage {
  id: string;
  url: string;
  document: Document;
  cells: Cell[];
  absent: AbsentCell[];
  csv: { meta: Record<string, string>; rows: DownloadRow[] };
  json: { licentie: string; licenties: string[]; cijfers: DownloadRow[] } & Record<string, unknown>;
  datapackage: {
    licenses?: { name: string; title: string }[];
    resources: ({ licenses?: { name: string }[]; schema: unknown } & Record<string, unknown>)[];
  };
  embed: Document;
}

export const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function file(path: string): string {
  const found = urlToFile(path, dist);
  if (!found) throw new Error(`${path} is not in ${dist}`);
  return found;
}

/** A figure's whole table: on its page, or on the page of the whole table (…/tabel/) when its page shows only the first rows. */
interface WholeTable {
  document: Document;
  figure: Element | null;
}

function wholeTable(page: Document, id: string, url: string): WholeTable {
  const whole = urlToFile(`${url}tabel/`, dist);
  const document = whole ? readPage({ url: `${url}tabel/`, file: whole }) : page;
  return { document, figure: document.querySelector(whole ? `[data-figure-table="${id}"]` : `figure.figure[data-figure="${id}"]`) };
}

/** The numeric cells of a figure's whole table. */
function cellsOf({ document, figure }: WholeTable): Cell[] {
  return [...(figure?.querySelectorAll('table.data-table') ?? [])].flatMap((table, t) => {
    const heads = [...table.querySelectorAll('thead th')];
    const headings = heads.map((th) => text(th.firstChild));
    // A column whose numbers share one source carries its footnote mark on the heading.
    const headMarks = heads.map((th) => th.querySelector('sup.cell-source a')?.getAttribute('href')?.slice(1));
    return [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
      [...tr.querySelectorAll('td')].flatMap((td, i) => {
        const raw = td.getAttribute('data-value');
        if (raw === null) return [];
        const mark = td.querySelector('sup.cell-source a')?.getAttribute('href')?.slice(1) ?? headMarks[i + 1];
        return [
          {
            dataset: td.getAttribute('data-dataset') ?? '',
            series: td.getAttribute('data-series') ?? '',
            period: td.getAttribute('data-period') ?? '',
            value: Number(raw),
            divisor: Number(td.getAttribute('data-divisor') ?? 1),
            unit: td.getAttribute('data-unit'),
            publisher: td.getAttribute('data-publisher'),
            licence: td.getAttribute('data-licence'),
            sourceUrl: td.getAttribute('data-source-url'),
            flags: (td.getAttribute('data-flag') ?? '').split(',').filter((f) => f !== ''),
            text: text(td),
            footnote: mark ? text(document.getElementById(mark)) : null,
            column: headings[i + 1] ?? '',
            table: t,
          },
        ];
      }),
    );
  });
}

/** The cells of a figure's whole table that say the source lacks the number. */
function absentOf({ figure }: WholeTable): AbsentCell[] {
  return [...(figure?.querySelectorAll('table.data-table td.missing') ?? [])].map((td) => ({
    dataset: td.getAttribute('data-dataset') ?? '',
    series: td.getAttribute('data-series') ?? '',
    period: td.getAttribute('data-period') ?? '',
    symbol: td.getAttribute('data-symbol'),
    unit: td.getAttribute('data-unit'),
    publisher: td.getAttribute('data-publisher'),
    licence: td.getAttribute('data-licence'),
    sourceUrl: td.getAttribute('data-source-url'),
    text: text(td),
  }));
}

function readCsv(path: string): FigurePage['csv'] {
  const body = readFileSync(file(path), 'utf8').replace(/^\uFEFF/, '');
  const lines = Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
  const meta = Object.fromEntries(lines.filter((l) => l[0]?.startsWith('#')).map((l) => [l[0] ?? '', l[1] ?? '']));
  const rows = Papa.parse<DownloadRow>(body, { header: true, comments: '#', skipEmptyLines: true }).data;
  return { meta, rows };
}

const json = <T>(path: string) => JSON.parse(readFileSync(file(path), 'utf8')) as T;

export const figurePages: FigurePage[] = listPages(dist)
  .filter((page) => figureId(page.url) !== undefined)
  .map((page) => {
    const id = figureId(page.url)!;
    const document = readPage(page);
    const table = wholeTable(document, id, page.url);
    return {
      id,
      url: page.url,
      document,
      cells: cellsOf(table),
      absent: absentOf(table),
      csv: readCsv(`${page.url}cijfers.csv`),
      json: json(`${page.url}cijfers.json`),
      datapackage: json(`${page.url}datapackage.json`),
      embed: readPage({ url: `/embed/${id}/`, file: file(`/embed/${id}/`) }),
    };
  });

export function figurePage(id: string): FigurePage {
  const found = figurePages.find((p) => p.id === id);
  if (!found) throw new Error(`no figure page ${id}`);
  return found;
}

function dropCsv(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dropDir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
}

/** The drop's raw rows of single figures by the key table cells use (topic|series|category|period or text). */
export const rawFigures = new Map<string, Record<string, string>[]>();
for (const name of ['kerncijfers', 'productiviteit']) {
  for (const row of dropCsv(name)) {
    const key = `${name}#${row['topic']}|${row['series']}|${row['category']}|${row['period'] || row['period_text']}`;
    rawFigures.set(key, [...(rawFigures.get(key) ?? []), row]);
  }
}

/** The drop's provenance record of each source id. */
export function sourceRecord(id: string): { publisher: string; tableId: string } {
  return JSON.parse(readFileSync(join(dropDir, 'provenance', `${id.replace('/', '--')}.json`), 'utf8'));
}
