// The audit of issue 10, case by case, as regression tests: on the built site (dist/) and on the figures
// built from src/generated. Each names the number or the text the audit found wrong.
import { describe, expect, test } from 'vitest';
import { figureById } from '../../src/figures/index.ts';
import { type GeneratedData, loadGenerated } from '../../src/lib/generated.ts';
import { figureView } from '../../src/lib/pages/figure-view.ts';
import { latestPeriodCode } from '../../src/lib/period.ts';
import { figurePage, text } from './helpers.ts';

const data = loadGenerated();
const pageText = (id: string) => text(figurePage(id).document.querySelector('figure.figure'));
const sourceLine = (id: string) => text(figurePage(id).document.querySelector('figure.figure p.source-line'));

describe('source lines name the real publishers', () => {
  test('bankkrediet-mkb: NVB, ESB, Banken.nl, Banknieuws, ANP and Bedrijvenbeleid in beeld, not CBS', () => {
    const line = sourceLine('bankkrediet-mkb');
    for (const publisher of ['NVB', 'ESB', 'Banken.nl', 'Banknieuws', 'ANP (welingelichtekringen.nl)', 'Bedrijvenbeleid in beeld'])
      expect(line).toContain(publisher);
    expect(line).not.toMatch(/\bCBS\b/);
    // Every quoted article is linked from the share block.
    const linked = [...figurePage('bankkrediet-mkb').document.querySelectorAll('.quoted-note a')].map((a) => a.getAttribute('href'));
    for (const row of figurePage('bankkrediet-mkb').csv.rows) expect(linked).toContain(row.bron_url);
  });

  test('the productivity pages cite NU.nl and Accountancy Vanmorgen for their figures', () => {
    expect(sourceLine('arbeidsproductiviteit-grootteklasse')).toMatch(/^Bron: NU\.nl;/);
    expect(sourceLine('productiviteitsgroei-grootteklasse')).toContain('Accountancy Vanmorgen (accountancyvanmorgen.nl)');
    const growth = figurePage('productiviteitsgroei-grootteklasse').csv.rows.filter((r) => r.periode_code === '2018JJ00');
    expect(new Set(growth.map((r) => r.uitgever))).toEqual(new Set(['Accountancy Vanmorgen']));
  });

  test('a third-party assembly of CBS figures cites CBS and names the assembly', () => {
    expect(sourceLine('ondernemersvertrouwen')).toContain('CBS, tabel 85612, samengesteld door een derde partij');
    const line = figurePage('ondernemersvertrouwen').csv.rows.filter((r) => r.dataset === 'conjunctuur');
    expect(line.length).toBeGreaterThan(0);
    for (const row of line) expect(row.samensteller).toMatch(/^derde partij/);
  });
});

describe('units', () => {
  test('bbp-consumptie-niveau: the CSV states € mln and holds CBS’s millions; nothing calls them billions', () => {
    const page = figurePage('bbp-consumptie-niveau');
    expect(new Set(page.csv.rows.map((r) => r.eenheid))).toEqual(new Set(['mln euro, prijzen van 2015']));
    const raw = data.series.economie.find(
      (s) =>
        s.source === 'cbsodata-csv/84105NED' &&
        s.series === 'BrutoBinnenlandsProduct_2' &&
        s.category === 'Prijsniveau 2015, seizoengecorrigeerd',
    );
    const period = latestPeriodCode((raw?.points ?? []).map((p) => p.period));
    const latest = raw?.points.find((p) => p.period === period);
    const row = page.csv.rows.find(
      (r) => r.reeks_id.endsWith('|BrutoBinnenlandsProduct_2|Prijsniveau 2015, seizoengecorrigeerd') && r.periode_code === latest?.period,
    );
    expect(Number(row?.waarde)).toBe(latest?.value);
    expect(page.csv.meta['# Ondertitel']).toContain('in miljoenen euro’s');
  });

  test.each(['vacatures-mkb', 'vacatures-grootteklasse', 'vacatures-sector'])('%s: one unit, thousands, in the whole download', (id) => {
    expect(new Set(figurePage(id).csv.rows.map((r) => r.eenheid))).toEqual(new Set(['× 1 000']));
  });

  test('vacatures-mkb: a published "142 duizend" is 142 in thousands, beside the series’ 115,3', () => {
    const rows = figurePage('vacatures-mkb').csv.rows.filter((r) => r.periode_code === '2018KW03');
    expect(rows.map((r) => Number(r.waarde)).sort((a, b) => a - b)).toEqual([115.3, 142]);
  });

  test('bankkrediet-mkb: € mld, % and counts, each row in its own stated unit', () => {
    const rows = figurePage('bankkrediet-mkb').csv.rows;
    expect(new Set(rows.map((r) => r.eenheid))).toEqual(new Set(['%', 'mld euro', 'mld euro per jaar', 'klanten']));
    const clients = rows.find((r) => r.reeks.startsWith('aantal mkb-bedrijven met bankkrediet') && r.periode_code === 'begin 2020');
    expect(clients).toMatchObject({ waarde: '547000', eenheid: 'klanten', kenmerk: 'circa' });
  });
});

describe('Financieringsmonitor margins', () => {
  const surveyIds = ['financieringsmonitor', 'financieringsbehoefte'];

  test.each(surveyIds)('%s: every row of the CSV and JSON carries the published 95%% margin', (id) => {
    const page = figurePage(id);
    const margins = new Map<string, { lower?: number | null; upper?: number | null }>(
      data.series.financiering.flatMap((s) => s.points.map((p) => [`${s.source}|${s.series}|${s.category}|${p.period}`, p] as const)),
    );
    for (const rows of [page.csv.rows, page.json.cijfers]) {
      for (const row of rows) {
        const point = margins.get(`${row.reeks_id}|${row.periode_code}`);
        const asNumber = (v: unknown) => (v === '' || v === null ? null : Number(v));
        expect([asNumber(row.ondergrens), asNumber(row.bovengrens)], `${row.reeks_id} ${row.periode_code}`).toEqual([
          point?.lower ?? null,
          point?.upper ?? null,
        ]);
      }
    }
  });

  test('the 2024 “(deels) succesvolle aanvraag” mkb margin repeats 2023’s: flagged in the downloads and said on the page', () => {
    const page = figurePage('financieringsmonitor');
    const flagged = page.csv.rows.filter((r) => r.kenmerk.includes('marge als vorig jaar'));
    expect(flagged.map((r) => [r.periode_code, r.reeks, Number(r.waarde), Number(r.ondergrens), Number(r.bovengrens)])).toEqual([
      ['2024JL00', '(Deels) succesvolle aanvraag, Mkb totaal', 90.7, 79.6, 91.4],
    ]);
    const note = text(page.document.querySelector('figure.figure .flag-note'));
    expect(note).toContain('dezelfde 95%-marge als voor het jaar ervoor');
    expect(note).toContain('Mkb totaal, juli 2023 – juli 2024: 90,7 (95%-marge 79,6 – 91,4)');
  });
});

/** The numbers each chart panel of a figure draws (line rows and reference points), with their series keys. */
function drawn(id: string, generated: GeneratedData = data) {
  return figureView(figureById(id), generated).content.charts.map((chart) => {
    const spec = chart.spec;
    const references = spec.kind === 'line' ? (spec.options.references ?? []) : [];
    const labels = new Map((chart.legend ?? []).map((s) => [s.key, s.label]));
    const point = (reference: boolean) => (row: { series?: string; value: number | null; period?: string }) => ({
      label: labels.get(row.series ?? '') ?? row.series ?? '',
      period: row.period ?? '',
      value: row.value,
      reference,
    });
    return [...spec.rows.map(point(false)), ...references.map(point(true))];
  });
}

describe('never unlike measures on one axis', () => {
  test('ondernemersvertrouwen: the mkb’s COEN balances share a panel with the COEN totals, not with the 85612 series', () => {
    const [published, series] = drawn('ondernemersvertrouwen');
    const at = (period: string) => published?.filter((p) => p.period === period).map((p) => [p.label, p.value]);
    expect(at('2023KW02')).toEqual([
      ['Mkb (los cijfer)', 5.1],
      ['Alle bedrijven (los cijfer)', 7.5],
    ]);
    // The published figures' panel has no line; the 85612 series' panel has no published figure.
    expect(published?.every((p) => p.reference)).toBe(true);
    expect(series?.every((p) => !p.reference)).toBe(true);
    expect(series?.find((p) => p.period === '2023KW02')?.value).toBe(-6.5);
  });

  test('faillissementen-mkb: the 2016–2017 mkb figures incl. eenmanszaken are in the table, not on the line’s axis', () => {
    const panels = drawn('faillissementen-mkb');
    const values = panels.flat().filter((p) => p.period === '2016JJ00' || p.period === '2017JJ00');
    expect(values.map((p) => p.label)).toEqual(expect.not.arrayContaining([expect.stringContaining('eenmanszaken')]));
    expect(values.map((p) => p.value)).not.toEqual(expect.arrayContaining([3730]));
    const table = figurePage('faillissementen-mkb').cells.filter((c) => c.series.includes('incl. eenmanszaken'));
    expect(table.map((c) => c.value).sort()).toEqual([3018, 3730]);
    expect(pageText('faillissementen-mkb')).toContain('Mkb-cijfers inclusief eenmanszaken staan alleen in de tabel');
  });

  test('bankkrediet-mkb: only amounts outstanding are drawn, never a change or a share', () => {
    const points = drawn('bankkrediet-mkb').flat();
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.label).toMatch(/^(Mkb|Alle niet-financiële bedrijven)$|uitstaa?nd/);
    expect(points.map((p) => p.value)).not.toEqual(expect.arrayContaining([-5.3, -2.1]));
  });
});

describe('derived, circa and inferred figures are said in words', () => {
  test('vacatures-mkb: the derived 186.000 says “afgeleid” in the table, the tooltip and the note beside the chart', () => {
    const page = figurePage('vacatures-mkb');
    const cell = page.cells.find((c) => c.value === 186000);
    expect(cell?.flags).toContain('afgeleid');
    expect(cell?.text).toMatch(/^186 \(afgeleid, afgerond\)/);
    const tooltips = [...page.document.querySelectorAll('.chart-point')].map((b) => b.getAttribute('aria-label') ?? '');
    expect(tooltips.some((label) => /186 duizend openstaande vacatures \(afgeleid, afgerond\)/.test(label))).toBe(true);
    expect(text(page.document.querySelector('.flag-note'))).toContain('afgeleid: niet zo gepubliceerd');
    expect(text(page.document.querySelector('.flag-note'))).toContain('2e kwartaal 2023: 186');
  });

  test('every flagged number on every page says its flags after it, and the table explains them', () => {
    const statusFlags = ['voorlopig', 'nader voorlopig'];
    for (const id of [
      'vacatures-mkb',
      'bankkrediet-mkb',
      'ondernemersvertrouwen',
      'productiviteitsgroei-grootteklasse',
      'samenstelling-mkb',
    ]) {
      const page = figurePage(id);
      const legend = [...page.document.querySelectorAll('.table-flags dt')].map(text);
      for (const cell of page.cells) {
        const shown = cell.flags.filter((f) => !statusFlags.includes(f));
        if (shown.length === 0) continue;
        expect(cell.text, `${id} ${cell.series}`).toContain(`(${shown.join(', ')})`);
        for (const flag of shown) expect(legend).toContain(`(${flag})`);
      }
    }
  });
});

describe('titles state what the data supports', () => {
  test('arbeidsproductiviteit-grootteklasse claims no rise with size from four rounded figures of one article', () => {
    const page = figurePage('arbeidsproductiviteit-grootteklasse');
    expect(text(page.document.querySelector('h1'))).not.toMatch(/stijgt|neemt toe|groeit/);
    expect(text(page.document.querySelector('.figure-subtitle'))).toContain('2016: 4 cijfers uit één artikel (NU.nl)');
  });
});

describe('stale tables said out loud, from the source records', () => {
  test('84105NED is discontinued; its successors are named', () => {
    expect(pageText('bbp-consumptie-niveau')).toContain(
      'CBS werkt tabel 84105NED (basisjaar 2015) niet meer bij; de opvolgers zijn 85879NED en 85880NED.',
    );
  });

  test.each(['vacatures-grootteklasse', 'vacatures-sector', 'vacatures-mkb'])('%s: 80472NED’s metadata predate its 2023KW03', (id) => {
    expect(pageText(id)).toContain(
      'De metadata van tabel 80472NED dateren van 16 augustus 2023 en noemen de periode 3e kwartaal 2023 niet',
    );
  });

  test('83693NED’s description calls the last periods provisional, every status is definitief', () => {
    expect(pageText('consumentenvertrouwen')).toMatch(
      /De toelichting van CBS bij tabel 83693NED zegt: “De cijfers tot en met december 2023 zijn definitief\..*de status definitief/,
    );
  });

  test('a page whose sources need no notice shows none', () => {
    expect(figurePage('faillissementen-per-maand').document.querySelector('.source-notices')).toBeNull();
  });
});

describe('coverage text is computed from the data', () => {
  /** The generated data without the latest quarter of 80472NED (a drop that ends a quarter earlier). */
  function withoutLastQuarter(): GeneratedData {
    const copy = structuredClone(data);
    for (const series of [...copy.series.vacatures, ...copy.series.conjunctuur])
      if (series.source === 'cbs-csv/80472NED') series.points = series.points.filter((p) => p.period !== '2023KW03');
    return copy;
  }

  test('the vacancy subtitles follow the data: "3e kwartaal 2023" now, "2e kwartaal 2023" a quarter earlier', () => {
    expect(figureView(figureById('vacatures-grootteklasse'), data).subtitle).toContain('1e kwartaal 1997 – 3e kwartaal 2023');
    const earlier = withoutLastQuarter();
    expect(figureView(figureById('vacatures-grootteklasse'), earlier).subtitle).toContain('1e kwartaal 1997 – 2e kwartaal 2023');
    expect(figureView(figureById('vacatures-sector'), earlier).subtitle).toContain('aan het einde van het 2e kwartaal 2023');
  });
});
