import { formatEuroMillions, formatNumber } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const bbpConsumptieNiveau: FigureSpec = {
  id: 'bbp-consumptie-niveau',
  theme: 'productiviteit',
  title: 'Bbp en consumptie van huishoudens sinds 1996',
  subtitle:
    'Bbp en consumptieve bestedingen van huishoudens per kwartaal, in miljarden euro’s tegen prijzen van 2015, seizoengecorrigeerd, 1996–1e kwartaal 2024',
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Volumes tegen prijzen van 2015, seizoengecorrigeerd, uit CBS-tabel 84105NED (export met de cbsodata-client). Deze tabel loopt tot en met het 1e kwartaal van 2024; de recente groeicijfers staan in de figuur over de groei van bbp en consumptie.',
    'Het bestand geeft geen periodestatus; de laatste kwartalen kunnen voorlopig zijn geweest.',
  ],
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        { series: namedSeries.bbpVolume, kind: 'quarter' },
        { series: namedSeries.consumptieVolume, kind: 'quarter' },
      ],
      describe: (v) => formatEuroMillions(v),
      cell: (v) => formatEuroMillions(v),
      what: 'het bbp en de consumptieve bestedingen van huishoudens per kwartaal, tegen prijzen van 2015',
      caption: 'Bbp en consumptie huishoudens per kwartaal, prijzen van 2015, seizoengecorrigeerd, nieuwste kwartaal eerst',
      chart: { zero: true, yLabel: 'mld euro', tickFormat: (v) => formatNumber(v / 1000, 0) },
      change: (d) => formatEuroMillions(d).replace(/^€/, d > 0 ? '+€' : '€'),
      keyFigureLabel: 'Bbp per kwartaal (prijzen 2015)',
    }),
};
