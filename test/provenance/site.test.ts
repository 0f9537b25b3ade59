// Every number of the built site against the raw row it came from: who published it, under which licence,
// in which unit. Read from dist/ and the drop in data/ the site was built from (test/provenance/helpers.ts).
import { describe, expect, test } from 'vitest';
import { publisherOfUrl } from '../../src/lib/provenance/publishers.ts';
import { type Cell, type DownloadRow, type FigurePage, figurePages, rawFigures, sourceRecord, text } from './helpers.ts';

const singleFigureDatasets = ['kerncijfers', 'productiviteit'];

/**
 * The publisher a number must name, from its raw row alone (PROVENANCE.md): a single figure from a cbs.nl or
 * staatvanhetmkb.nl page is CBS's, from dnb.nl DNB's, from any other page that page's publisher (never CBS or
 * DNB); a table's values are its publisher's, a third party's assembly of a CBS table is CBS's.
 */
function expected(dataset: string, series: string, period: string): { publisher: string | 'other'; url?: string; assembly?: string } {
  if (singleFigureDatasets.includes(dataset)) {
    const rows = rawFigures.get(`${dataset}#${series}`) ?? [];
    const url = rows[0]?.['source_url'];
    if (rows.length !== 1 || !url) throw new Error(`${dataset} ${series} ${period}: ${rows.length} raw rows`);
    const host = new URL(url).hostname.replace(/^www\./, '');
    const within = (domain: string) => host === domain || host.endsWith(`.${domain}`);
    if (within('cbs.nl') || within('staatvanhetmkb.nl')) return { publisher: 'CBS', url };
    if (within('dnb.nl')) return { publisher: 'DNB', url };
    return { publisher: 'other', url };
  }
  const record = sourceRecord(series.split('|')[0]!);
  if (record.publisher === 'CBS' || record.publisher === 'DNB') return { publisher: record.publisher };
  if (/^CBS \(/.test(record.publisher)) return { publisher: 'CBS' };
  if (/^derde partij\b.*CBS-tabel/.test(record.publisher)) return { publisher: 'CBS', assembly: record.publisher };
  throw new Error(`${series}: a source record of an unknown kind (${record.publisher})`);
}

const open = (publisher: string) => publisher === 'CBS' || publisher === 'DNB';

/** What is wrong with the publisher, URL and licence a number names, or nothing. */
function attributionProblems(
  where: string,
  found: { publisher: string | null; licence: string | null; url: string | null; assembly?: string },
  raw: ReturnType<typeof expected>,
): string[] {
  const problems: string[] = [];
  const publisher = found.publisher ?? '';
  if (raw.publisher === 'other') {
    if (open(publisher)) problems.push(`${where}: ${raw.url} is not a CBS or DNB page, but the number names ${publisher}`);
    else if (publisherOfUrl(raw.url!).name !== publisher) problems.push(`${where}: names ${publisher}, the page ${raw.url} is another's`);
  } else if (publisher !== raw.publisher) problems.push(`${where}: names ${publisher}, the raw row says ${raw.publisher}`);
  const licence = open(publisher) ? 'CC BY 4.0' : `cijfer overgenomen uit ${publisher}`;
  if (found.licence !== licence && !(found.licence === 'overgenomen' && !open(publisher)))
    problems.push(`${where}: licence ${found.licence}, expected ${licence}`);
  if (raw.url && found.url !== raw.url) problems.push(`${where}: URL ${found.url}, the raw row's is ${raw.url}`);
  if (raw.assembly !== undefined && found.assembly !== undefined && found.assembly !== raw.assembly)
    problems.push(`${where}: assembly "${found.assembly}", the record names "${raw.assembly}"`);
  return problems;
}

const shortList = (problems: string[]) => (problems.length > 20 ? [...problems.slice(0, 20), `… ${problems.length - 20} more`] : problems);
const cellWhere = (page: FigurePage, c: Cell) => `${page.url} table ${c.table + 1} "${c.text}" [${c.series} | ${c.period}]`;
const rowWhere = (page: FigurePage, r: DownloadRow, file: string) => `${page.url}${file} [${r.reeks_id} | ${r.periode_code}]`;

describe.each(figurePages.map((page) => [page.id, page] as const))('%s', (_id, page) => {
  test('every table cell names the publisher, licence and URL of its raw row, and a unit', () => {
    expect(page.cells.length).toBeGreaterThan(0);
    const problems = page.cells.flatMap((c) => {
      const raw = expected(c.dataset, c.series, c.period);
      const where = cellWhere(page, c);
      return [
        ...attributionProblems(where, { publisher: c.publisher, licence: c.licence, url: raw.url ? c.sourceUrl : null }, raw),
        ...(c.unit ? [] : [`${where}: no data-unit`]),
      ];
    });
    // A number the source lacks names the source that lacks it, as a number it has would.
    const absent = page.absent.flatMap((c) => {
      const raw = expected(c.dataset, c.series, c.period);
      const where = `${page.url} "${c.text}" [${c.series} | ${c.period}]`;
      return [
        ...attributionProblems(where, { publisher: c.publisher, licence: c.licence, url: raw.url ? c.sourceUrl : null }, raw),
        ...(c.unit ? [] : [`${where}: no data-unit`]),
      ];
    });
    expect(shortList([...problems, ...absent])).toEqual([]);
  });

  test.each(['cijfers.csv', 'cijfers.json'] as const)(
    'every row of %s names its raw row’s publisher, licence and URL, and its unit',
    (file) => {
      const rows = file === 'cijfers.csv' ? page.csv.rows : page.json.cijfers;
      expect(rows.length).toBe(page.cells.length + page.absent.length);
      const problems = rows.flatMap((r) => {
        const raw = expected(r.dataset, r.reeks_id, r.periode_code);
        const where = rowWhere(page, r, file);
        return [
          ...attributionProblems(
            where,
            { publisher: r.uitgever, licence: r.licentie, url: raw.url ? r.bron_url : null, assembly: r.samensteller },
            raw,
          ),
          ...(r.eenheid ? [] : [`${where}: no eenheid`]),
          ...(raw.assembly && !r.samensteller ? [`${where}: a third party's assembly without samensteller`] : []),
        ];
      });
      expect(shortList(problems)).toEqual([]);
    },
  );

  test('the downloads have the table’s numbers, each in the unit its row states', () => {
    const shown = page.cells.map((c) => `${c.series}|${c.period}|${c.value / c.divisor}|${c.unit}`).sort();
    // A number the source lacks is a row without waarde, its reason in kenmerk as the cell says it.
    const absent = page.absent.map((c) => `${c.series}|${c.period}|${c.text}|${c.unit}`).sort();
    const lacks = (r: DownloadRow) => r.waarde === null || r.waarde === '';
    for (const rows of [page.csv.rows, page.json.cijfers]) {
      const numbers = rows.filter((r) => !lacks(r));
      expect(numbers.map((r) => `${r.reeks_id}|${r.periode_code}|${Number(r.waarde)}|${r.eenheid}`).sort()).toEqual(shown);
      expect(
        rows
          .filter(lacks)
          .map((r) => `${r.reeks_id}|${r.periode_code}|${r.kenmerk}|${r.eenheid}`)
          .sort(),
      ).toEqual(absent);
    }
  });

  test('no column mixes units: one unit per series in the downloads, per table column without a unit column', () => {
    const units = new Map<string, Set<string>>();
    for (const r of page.csv.rows) units.set(r.reeks, (units.get(r.reeks) ?? new Set()).add(r.eenheid));
    expect([...units].filter(([, set]) => set.size > 1).map(([reeks, set]) => `${reeks}: ${[...set].join(' and ')}`)).toEqual([]);
    const withUnitColumn = [...page.document.querySelectorAll('figure.figure table.data-table')].map((t) =>
      [...t.querySelectorAll('thead th')].some((th) => text(th) === 'Eenheid'),
    );
    const columns = new Map<string, Set<string>>();
    for (const c of page.cells.filter((cell) => !withUnitColumn[cell.table])) {
      const key = `${c.table}|${c.column}`;
      columns.set(key, (columns.get(key) ?? new Set()).add(c.unit ?? ''));
    }
    expect([...columns].filter(([, set]) => set.size > 1).map(([column, set]) => `${column}: ${[...set].join(' and ')}`)).toEqual([]);
  });

  test('CC BY 4.0 is claimed only for CBS and DNB numbers: source line, share note, embed, CSV, JSON, data package', () => {
    const openNumbers = page.cells.filter((c) => c.licence === 'CC BY 4.0');
    const quoted = page.cells.filter((c) => c.licence !== 'CC BY 4.0');
    const figure = page.document.querySelector('figure.figure');
    const places = {
      'source line': text(figure?.querySelector('p.source-line')),
      'share note': [...page.document.querySelectorAll('.figure-share .share-note')].map(text).join(' '),
      embed: text(page.embed.querySelector('.source-line')),
      'CSV licence': page.csv.meta['# Licentie'] ?? '',
      JSON: JSON.stringify(page.json),
      // Without the schema, whose field descriptions explain the licentie column's values.
      'data package': JSON.stringify({ ...page.datapackage, resources: page.datapackage.resources.map(({ schema, ...r }) => r) }),
    };
    for (const [place, said] of Object.entries(places)) {
      if (openNumbers.length === 0) expect(said, place).not.toMatch(/CC[ -]BY/);
      else expect(said, place).toMatch(/CC[ -]BY/);
    }
    if (quoted.length > 0) {
      // Mixed: the licence is said to cover the CBS/DNB numbers only, and every quoted publisher is named.
      if (openNumbers.length > 0) expect(places['share note']).toMatch(/De cijfers van (CBS|DNB)/);
      for (const publisher of new Set(quoted.map((c) => c.publisher ?? ''))) {
        expect(places['source line'], publisher).toContain(publisher);
        expect(text(page.document.querySelector('.quoted-note')), publisher).toContain(`cijfer overgenomen uit ${publisher}`);
      }
    }
  });

  test('where a table mixes sources, every number has a footnote naming its publisher', () => {
    const sources = new Set(page.cells.map((c) => `${c.publisher}|${c.sourceUrl}`));
    const withSourceColumn = [...page.document.querySelectorAll('figure.figure table.data-table thead th')].some(
      (th) => text(th) === 'Bron',
    );
    if (sources.size <= 1 || withSourceColumn) return;
    const missing = page.cells.filter((c) => !c.footnote?.includes(c.publisher ?? '\u0000')).map((c) => cellWhere(page, c));
    expect(shortList(missing)).toEqual([]);
  });
});
