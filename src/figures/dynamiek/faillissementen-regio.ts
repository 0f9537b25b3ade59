import { formatNumber } from '../../format/number.ts';
import type { GeneratedData } from '../../lib/generated.ts';
import { parsePeriodCode } from '../../lib/period.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { findSeries } from '../select.ts';
import type { Province } from '../vocabulary/provinces.ts';
import { provinceSeries } from '../vocabulary/series.ts';
import { bankruptcies } from './bankruptcies.ts';
import { provinceNotes } from './faillissementen-provincie.ts';

const debtors = ['bedrijven-instellingen-eenmanszaken', 'bedrijven-instellingen', 'eenmanszaken'] as const;

/**
 * Whether the source has figures for a province: false when every quarter of it is marked `ontbreekt`
 * (Overijssel and Utrecht in the third party's 82522NED), so its page says so instead of drawing a chart.
 */
export function provinceHasFigures(data: GeneratedData, province: Province): boolean {
  return findSeries(data, provinceSeries(province)).points.some((p) => p.value !== null && parsePeriodCode(p.period)?.kind === 'quarter');
}

/** One province's page /regio/<slug>/: its bankruptcies per quarter, in total and by debtor type. */
export function provinceFigure(province: Province): FigureSpec {
  return {
    id: `regio-${province.slug}`,
    theme: 'dynamiek',
    title: `Faillissementen in ${province.label}`,
    subtitle: (c) =>
      `Aantal uitgesproken faillissementen per kwartaal in ${province.label}, ${c.span}, in totaal en naar type gefailleerde; alle groottes; CBS-cijfers via een derde partij`,
    datasets: ['faillissementen-provincie'],
    kind: 'line',
    notes: provinceNotes,
    build: (data) =>
      timeSeriesContent(data, {
        lines: debtors.map((debtor) => {
          const series = provinceSeries(province, debtor);
          return { series, kind: 'quarter' as const, label: series.dimensions?.debtorType?.label ?? series.label };
        }),
        describe: bankruptcies,
        cell: (v) => formatNumber(v, 0),
        what: `het aantal uitgesproken faillissementen per kwartaal in ${province.label}, in totaal en naar type gefailleerde (alle groottes)`,
        caption: `Uitgesproken faillissementen in ${province.label} per kwartaal (aantal), nieuwste kwartaal eerst`,
        chart: { zero: true, yLabel: 'aantal per kwartaal' },
        keyFigureLabel: `Faillissementen in ${province.label}`,
      }),
  };
}
