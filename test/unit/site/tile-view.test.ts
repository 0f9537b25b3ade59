// A tile's small chart for a chart kind the tile code does not know: drawn from the table, on synthetic cells.
import { describe, expect, test } from 'vitest';
import type { CellData, DataTable, KeyFigure } from '../../../src/figures/figure-spec.ts';
import { miniChartOfTable } from '../../../src/lib/pages/tile-view.ts';

const cell = (series: string, period: string, value: number, flags: CellData['flags'] = []): CellData => ({
  dataset: 'faillissementen',
  series,
  period,
  value,
  attribution: { publisher: 'CBS', citation: 'CBS, tabel 00000XXX', url: null, licence: 'CC BY 4.0', assembly: null },
  unit: 'aantal',
  flags,
});
const table = (cells: CellData[]): DataTable => ({
  caption: 'synthetic',
  columns: ['Periode', 'Waarde'],
  rows: cells.map((data) => ({ header: data.period, cells: [{ text: String(data.value), data }] })),
});
const key = (data: CellData, previous?: CellData): KeyFigure => ({
  label: 'Synthetic',
  value: String(data.value),
  period: data.period,
  status: 'definitief',
  change: '',
  sentence: '',
  better: 'lower',
  data,
  ...(previous ? { previous } : {}),
});

describe('miniChartOfTable', () => {
  test("the key figure's series over its periods, oldest first, the year earlier marked, the provisional tail dashed", () => {
    const cells = [
      cell('s|a|x', '2025KW01', 10),
      cell('s|b|x', '2025KW01', 99),
      cell('s|a|x', '2024KW01', 8),
      cell('s|a|x', '2024KW04', 12),
      cell('s|a|x', '2025KW02', 14, ['voorlopig']),
    ];
    const chart = miniChartOfTable({ table: table(cells), keyFigure: key(cells[4]!, cells[0]) });
    expect(chart.range).toEqual(['2024KW01', '2025KW02']);
    expect(chart.points.map((p) => p.role)).toEqual(['earlier', 'latest']);
    expect(chart.points.at(-1)?.open).toBe(true);
    expect(chart.line?.provisional).not.toBe('');
    // The highest value (14) is at the top, the lowest (8) at the bottom: another series' 99 is not drawn.
    expect(chart.points.at(-1)?.cy).toBe(4);
  });

  test('one period: the numbers of that period side by side, the key one highlighted', () => {
    const cells = [cell('s|a|x', '2025JJ00', 5), cell('s|a|y', '2025JJ00', 20), cell('s|a|z', '2024JJ00', 7)];
    const chart = miniChartOfTable({ table: table(cells), keyFigure: key(cells[1]!) });
    expect(chart.line).toBeUndefined();
    expect(chart.bars.map((b) => b.key)).toEqual([false, true]);
  });
});
