import { describe, expect, test } from 'vitest';
import { derive, refsOf } from '../../../src/figures/build/derived.ts';
import type { CellRef } from '../../../src/figures/figure-spec.ts';
import { figures } from '../../../src/figures/index.ts';
import { themes } from '../../../src/figures/themes.ts';
import { loadGenerated } from '../../../src/lib/generated.ts';
import { figureView } from '../../../src/lib/pages/figure-view.ts';

// Built on the real src/generated (npm test runs `npm run data` first).
const data = loadGenerated();
const built = figures.map((spec) => ({ spec, content: spec.build(data), view: figureView(spec, data) }));

/** The one published value of a series dataset at a reference (a derived cell's operand). */
function publishedValue(dataset: string, ref: CellRef): number {
  const values = Object.entries(data.series)
    .filter(([name]) => name === dataset)
    .flatMap(([, series]) => series.filter((s) => `${s.source}|${s.series}|${s.category}` === ref.series))
    .flatMap((s) => s.points.filter((p) => p.period === ref.period).map((p) => p.value));
  expect(values, `${dataset}: ${ref.series} ${ref.period}`).toHaveLength(1);
  expect(values[0], `${dataset}: ${ref.series} ${ref.period}`).not.toBeNull();
  return values[0]!;
}

describe('the figure registry', () => {
  test('has at least 15 figures with unique URL-safe ids', () => {
    expect(figures.length).toBeGreaterThanOrEqual(15);
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every theme has figures', () => {
    for (const theme of themes) expect(figures.filter((f) => f.theme === theme.id).length, theme.id).toBeGreaterThan(0);
  });

  test.each(built.map((b) => [b.spec.id, b] as const))(
    '%s: title, subtitle, notes, at least one row and one chart',
    (_, { spec, content, view }) => {
      expect(spec.title.length).toBeGreaterThan(5);
      expect(view.subtitle.length).toBeGreaterThan(10);
      expect(view.notes.length).toBeGreaterThan(0);
      expect(content.table.rows.length).toBeGreaterThan(0);
      expect(content.charts.length).toBeGreaterThan(0);
      // A chart draws rows, or (a panel of published single figures) reference points only.
      for (const chart of content.charts) {
        const references = chart.spec.kind === 'line' ? (chart.spec.options.references?.length ?? 0) : 0;
        expect(chart.spec.rows.length + references).toBeGreaterThan(0);
      }
      expect(content.summary).toMatch(/\d/);
      expect(content.sources.length).toBeGreaterThan(0);
    },
  );

  test('82242NED figures say "alle groottes", 80472NED size-class figures name the CBS size classes', () => {
    for (const { spec, content, view } of built) {
      const cells = content.table.rows.flatMap((r) => r.cells);
      if (cells.some((c) => c.data?.series.startsWith('cbs-odata-v4/82242NED'))) expect(view.subtitle, spec.id).toMatch(/alle groottes/);
      if (cells.some((c) => /80472NED\|OpenstaandeVacatures_1\|WP/.test(c.data?.series ?? '')))
        expect(view.subtitle, spec.id).toContain('grootteklassen van CBS: 0–10, 10–100, 100+ werkzame personen');
    }
  });

  test('every number in a table names its source value exactly', () => {
    for (const { spec, content } of built) {
      for (const row of content.table.rows) {
        for (const cell of row.cells) {
          if (!cell.data) continue;
          if (cell.data.derived) {
            // Computed by the site: flagged, and what its formula gives on the numbers it names.
            const values = new Map(
              refsOf(cell.data.derived).map((ref) => [
                `${ref.series}#${ref.period}`,
                publishedValue(ref.dataset ?? cell.data!.dataset, ref),
              ]),
            );
            expect(cell.data.flags, `${spec.id}: ${cell.data.series}`).toContain('afgeleid');
            // A sum of published decimals equals the published sum up to floating-point error.
            expect(derive(cell.data.derived, (ref) => values.get(`${ref.series}#${ref.period}`)!)).toBeCloseTo(cell.data.value, 9);
            continue;
          }
          const { dataset, series, period, value } = cell.data;
          const found =
            dataset === 'kerncijfers' || dataset === 'productiviteit'
              ? data[dataset]
                  .filter(
                    (f) =>
                      `${f.topic}|${f.series}|${f.category}|${f.period || f.period_text}` === series &&
                      (f.period || f.period_text) === period,
                  )
                  .map((f) => f.value)
              : data.series[dataset]
                  .filter((s) => `${s.source}|${s.series}|${s.category}` === series)
                  .flatMap((s) => s.points.filter((p) => p.period === period).map((p) => p.value));
          expect(found, `${spec.id}: ${series} ${period}`).toContain(value);
        }
      }
    }
  });

  test('where the data is thinner than the Jaarbericht, the figure says what it shows instead', () => {
    const sparse = built.filter((b) => b.spec.datasets.includes('kerncijfers') && b.spec.kind !== 'line');
    for (const { spec } of sparse) expect(spec.substitute, spec.id).toBeTruthy();
  });
});
