import type * as Plot from '@observablehq/plot';
import { areaChart } from '../../charts/area-chart.ts';
import { barChart } from '../../charts/bar-chart.ts';
import { dotChart } from '../../charts/dot-chart.ts';
import { errorBarChart } from '../../charts/error-bar-chart.ts';
import type { ChartFrame } from '../../charts/frame.ts';
import { lineChart } from '../../charts/line-chart.ts';
import { lineMultiplesChart } from '../../charts/line-multiples.ts';
import { smallMultiples } from '../../charts/small-multiples.ts';
import { tileMap } from '../../charts/tile-map.ts';
import type { ChartSpec } from '../../figures/figure-spec.ts';

/** Plot options for a figure's chart at one frame (wide or narrow). */
export function chartOptions(spec: ChartSpec, frame: ChartFrame): Plot.PlotOptions {
  switch (spec.kind) {
    case 'line':
      return lineChart(spec.rows, { ...spec.options, ...frame });
    case 'bar':
      return barChart(spec.rows, { ...spec.options, ...frame });
    case 'dot':
      return dotChart(spec.rows, { ...spec.options, ...frame });
    case 'errorbar':
      return errorBarChart(spec.rows, { ...spec.options, ...frame });
    case 'linemultiples':
      return lineMultiplesChart(spec.rows, { ...spec.options, ...frame });
    case 'area':
      return areaChart(spec.rows, { ...spec.options, ...frame });
    case 'tilemap':
      return tileMap(spec.rows, { ...spec.options, ...frame });
    case 'smallmultiples':
      return smallMultiples(spec.rows, { ...spec.options, ...frame });
  }
}
