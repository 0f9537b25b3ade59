// The firm-count and provincial figures in the built site (dist/) against src/generated, read independently of
// the site's code: the numbers the pages, tooltips and downloads show are the data's, derived numbers are
// flagged and recompute, and a province the source lacks is never shown as a number, let alone 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { generatedDir, listPages, readPage, requireDist, urlToFile } from '../helpers/dist.ts';
import { isNumericText, showsValue } from '../helpers/dutch-number.ts';
import { derivedValue, lookupValues } from '../helpers/generated.ts';

const dist = requireDist();
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const page = (url: string) => {
  const file = urlToFile(url, dist);
  if (!file) throw new Error(`${url} is not in ${dist}`);
  return readPage({ url, file });
};
const file = (url: string) => readFileSync(urlToFile(url, dist) ?? join(dist, url), 'utf8');

interface Series {
  source: string;
  series: string;
  category: string;
  categoryLabel: string;
  points: { period: string; value: number | null; status?: string; symbol?: string }[];
}
const generated = (name: string) => (JSON.parse(readFileSync(join(generatedDir, `${name}.json`), 'utf8')) as { series: Series[] }).series;
const key = (s: Series) => `${s.source}|${s.series}|${s.category}`;

/** The cells of a table column by its heading, with the row heading. */
function column(document: Document, heading: string): { row: string; cell: Element }[] {
  const table = document.querySelector('table.data-table');
  const headings = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => text(th));
  const index = headings.indexOf(heading);
  if (index < 1) throw new Error(`no column "${heading}" in ${headings.join(' | ')}`);
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({ row: text(tr.querySelector('th')), cell: tr.children[index]! }));
}

function csvRows(url: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(file(url).replace(/^\uFEFF/, ''), {
    header: true,
    comments: '#',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('samenstelling-mkb: firms by size class', () => {
  const url = '/figuren/samenstelling-mkb/';
  const document = page(url);
  // The page shows the newest rows; every quarter is on the page of the whole table.
  const whole = page(`${url}tabel/`);
  const total = generated('bedrijven').find((s) => s.series === 'totaal' && s.category === 'A-U')!;

  test('2007 1e kwartaal shows exactly the total the data holds: 987.345', () => {
    const point = total.points.find((p) => p.period === '2007KW01')!;
    expect(point.value).toBe(987345);
    const cell = column(whole, 'Totaal bedrijven').find((c) => c.row === '1e kwartaal 2007')!.cell;
    expect(text(cell)).toBe('987.345');
    expect(cell.getAttribute('data-series')).toBe(key(total));
    expect(Number(cell.getAttribute('data-value'))).toBe(point.value);
  });

  test('one row per quarter of the data, newest first, and the third party named', () => {
    const rows = column(whole, 'Totaal bedrijven');
    expect(rows.length).toBe(total.points.filter((p) => p.value !== null).length);
    expect(rows[0]!.cell.getAttribute('data-period')).toBe(total.points.at(-1)!.period);
    expect(text(document.querySelector('.figure-subtitle'))).toContain('derde partij');
    expect(text(document.querySelector('p.source-line'))).toContain('derde partij');
    expect(csvRows(`${url}cijfers.csv`).length).toBe(whole.querySelectorAll('table.data-table td[data-value]').length);
  });
});

describe('mkb-grootbedrijf-sector: large firms are derived and say so', () => {
  const url = '/figuren/mkb-grootbedrijf-sector/';
  const document = page(url);
  const sectors = generated('bedrijven-bedrijfstak');
  const classes = ['1', '2', '3-5', '5-10', '10-20', '20-50', '50-100', '100+'];
  const value = (series: string, category: string) =>
    sectors.find((s) => s.series === series && s.category === category)!.points[0]!.value!;
  // A derived number keeps its operands' period status (the 2020 export's figures are provisional).
  const provisional = sectors.every((s) => s.points.every((p) => p.status === 'voorlopig'));
  const derivedFlags = provisional ? 'voorlopig,afgeleid' : 'afgeleid';

  test('A–U: the published mkb total, and large firms as the classes minus the mkb', () => {
    const row = (heading: string) => column(document, heading).find((c) => c.row.startsWith('A-U'))!.cell;
    expect(value('0-250', 'A-U')).toBe(1847890);
    expect(text(row('Mkb (0–250 werkzame personen)'))).toBe('1.847.890');
    const large = classes.reduce((sum, c) => sum + value(c, 'A-U'), 0) - value('0-250', 'A-U');
    const cell = row('Grootbedrijf (250 of meer, afgeleid)');
    expect(Number(cell.getAttribute('data-value'))).toBe(large);
    expect(text(cell)).toBe(`${new Intl.NumberFormat('nl-NL').format(large)} (afgeleid)`);
    expect(cell.getAttribute('data-flag')).toBe(derivedFlags);
    expect(derivedValue('bedrijven-bedrijfstak', cell.getAttribute('data-derived') ?? '')).toEqual({ value: large });
  });

  test('every large-firm number is flagged afgeleid in the table, the tooltips and the downloads', () => {
    const cells = column(document, 'Grootbedrijf (250 of meer, afgeleid)').map((c) => c.cell);
    expect(cells.every((c) => c.getAttribute('data-flag') === derivedFlags)).toBe(true);
    const tooltips = [...document.querySelectorAll('.chart-overlay .chart-point')].map((b) => b.getAttribute('aria-label') ?? '');
    expect(tooltips.filter((t) => t.includes('grote bedrijven')).every((t) => t.includes('(afgeleid)'))).toBe(true);
    const rows = csvRows(`${url}cijfers.csv`).filter((r) => r['reeks']?.includes('grootbedrijf'));
    expect(rows.length).toBe(cells.length);
    for (const row of rows) expect(row['kenmerk']).toBe(derivedFlags.replace(',', ', '));
  });
});

describe('groei-bedrijven: growth rates recompute from the counts', () => {
  const document = page('/figuren/groei-bedrijven/');
  test('every number is derived, flagged, and equal to (count ÷ count a year earlier − 1) × 100', () => {
    const cells = [...document.querySelectorAll('table.data-table td[data-value]')];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const derived = derivedValue('bedrijven', cell.getAttribute('data-derived') ?? '');
      expect(derived, text(cell)).toEqual({ value: Number(cell.getAttribute('data-value')) });
      expect(cell.getAttribute('data-flag')).toBe('afgeleid');
      expect(showsValue(text(cell), Number(cell.getAttribute('data-value')))).toBe(true);
    }
  });
});

describe('faillissementen-provincie and the province pages', () => {
  const url = '/figuren/faillissementen-provincie/';
  const document = page(url);
  const totals = generated('faillissementen-provincie').filter((s) => s.series === 'bedrijven-instellingen-eenmanszaken');
  const quarter = (p: { period: string }) => /KW/.test(p.period);
  // Read from the data, not named here: a province whose every quarter is null and marked ontbreekt.
  const missing = totals.filter((s) => s.points.filter(quarter).every((p) => p.value === null && p.symbol === 'ontbreekt'));
  const present = totals.filter((s) => !missing.includes(s));

  test('the data lacks some provinces (this drop: Overijssel and Utrecht)', () => {
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length + present.length).toBe(12);
  });

  test('a missing province is never a number: its cells say ontbreekt in deze bron, without data-value', () => {
    for (const s of missing) {
      const cells = column(document, s.categoryLabel);
      expect(cells.length).toBeGreaterThan(0);
      for (const { cell } of cells) {
        expect(text(cell)).toBe('ontbreekt in deze bron');
        expect(cell.hasAttribute('data-value')).toBe(false);
        expect(cell.getAttribute('data-symbol')).toBe('ontbreekt');
        expect(
          lookupValues({ dataset: 'faillissementen-provincie', series: key(s), period: cell.getAttribute('data-period') ?? '' }),
        ).toEqual({
          problem: expect.stringContaining('null'),
        });
      }
    }
  });

  test('the tile map: each tile a link to its province; a missing one says so; the others show the latest quarter', () => {
    const links = [...document.querySelectorAll('.chart-overlay .chart-link')];
    const latest = present[0]!.points.filter((p) => quarter(p) && p.value !== null).at(-1)!.period;
    for (const s of totals) {
      const tile = links.find((a) => (a.getAttribute('aria-label') ?? '').startsWith(s.categoryLabel));
      expect(tile, s.categoryLabel).toBeDefined();
      expect(urlToFile(tile!.getAttribute('href') ?? '', dist), tile!.getAttribute('href') ?? '').toBeDefined();
      const label = tile!.getAttribute('aria-label') ?? '';
      if (missing.includes(s)) {
        expect(label).toBe(`${s.categoryLabel}: ontbreekt in deze bron`);
        expect(label).not.toMatch(/\d/);
      } else {
        const value = s.points.find((p) => p.period === latest)!.value!;
        expect(label).toContain(`: ${value} faillissement`);
      }
    }
    const map = document.querySelector('.chart-wide svg[role="img"]')!;
    const words = [...map.querySelectorAll('text, tspan')].map((t) => text(t));
    expect(words).not.toContain('0');
  });

  test('the downloads list a missing province without a value, its reason in kenmerk', () => {
    const rows = csvRows(`${url}cijfers.csv`);
    for (const s of missing) {
      const own = rows.filter((r) => r['reeks_id'] === key(s));
      expect(own.length).toBeGreaterThan(0);
      for (const row of own) {
        expect(row['waarde']).toBe('');
        expect(row['kenmerk']).toBe('ontbreekt in deze bron');
      }
    }
    const json = JSON.parse(file(`${url}cijfers.json`)) as { cijfers: { reeks_id: string; waarde: number | null }[] };
    for (const s of missing) expect(json.cijfers.filter((c) => c.reeks_id === key(s)).every((c) => c.waarde === null)).toBe(true);
  });

  const provincePages = listPages(dist).filter((p) => /^\/regio\/[a-z-]+\/$/.test(p.url));
  test('every province has a page under /regio/, listed on /regio/', () => {
    expect(provincePages).toHaveLength(12);
    const listed = [...page('/regio/').querySelectorAll('.province-index a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(provincePages.map((p) => p.url).sort());
  });

  test.each(provincePages.map((p) => [p.url, p] as const))(
    '%s: its numbers are the data’s, or it says the source lacks it',
    (pageUrl, p) => {
      const doc = readPage(p);
      const name = text(doc.querySelector('h1')).replace('Faillissementen in ', '');
      const lacking = missing.some((s) => s.categoryLabel === name);
      const cells = [...doc.querySelectorAll('table.data-table td')];
      if (lacking) {
        expect(text(doc.querySelector('main') ?? doc.body)).toContain(`${name}: ontbreekt in deze bron`);
        expect(cells).toHaveLength(0);
        expect(doc.querySelectorAll('svg[role="img"]')).toHaveLength(0);
        return;
      }
      expect(cells.length).toBeGreaterThan(0);
      // The page's description is its lead sentence, as on the figure pages.
      const lead = text(doc.querySelector('.figure-lead'));
      expect(lead, 'no lead sentence').not.toBe('');
      for (const meta of ['meta[name="description"]', 'meta[property="og:description"]'])
        expect(doc.querySelector(meta)?.getAttribute('content'), meta).toBe(lead);
      for (const cell of cells) {
        const raw = cell.getAttribute('data-value');
        if (raw === null) {
          expect(isNumericText(text(cell))).toBe(false);
          continue;
        }
        const found = lookupValues({
          dataset: cell.getAttribute('data-dataset') ?? '',
          series: cell.getAttribute('data-series') ?? '',
          period: cell.getAttribute('data-period') ?? '',
        });
        expect(found).toEqual({ values: [Number(raw)] });
        expect(showsValue(text(cell), Number(raw))).toBe(true);
      }
      expect(csvRows(`${pageUrl}cijfers.csv`).length).toBe(doc.querySelectorAll('table.data-table td[data-value]').length);
    },
  );
});
