import { describe, expect, test } from 'vitest';
import { dotChart } from '../../src/charts/dot-chart.ts';
import { formatNumber } from '../../src/format/number.ts';
import { render } from './render.ts';

describe('dotChart', () => {
  test('sparse single figures as points under headings, no line', async () => {
    const rows = [
      { key: 'o1', label: '1e kwartaal 2023', value: 61000, series: 'o', group: 'Oprichtingen' },
      { key: 'o2', label: '3e kwartaal 2023', value: 63000, series: 'o', group: 'Oprichtingen' },
      { key: 'h1', label: '3e kwartaal 2023', value: 28000, series: 'h', group: 'Opheffingen' },
    ];
    const options = dotChart(rows, {
      width: 640,
      compact: false,
      series: [
        { key: 'o', label: 'Oprichtingen' },
        { key: 'h', label: 'Opheffingen' },
      ],
      formatValue: (v) => formatNumber(v, 0),
    });
    const svg = render(options, 'dot');
    expect(svg).not.toContain('aria-label="line"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/dot-chart.svg');
  });
});
