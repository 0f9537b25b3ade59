import { formatPercent } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const renteLeningen: FigureSpec = {
  id: 'rente-leningen',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Rente op nieuwe zakelijke leningen naar omvang van de lening',
  subtitle: (c) => {
    const small = c.column(namedSeries.renteLeningenTot025Mln.label).span;
    return `Rente op nieuwe leningen aan niet-financiële bedrijven per maand, in procenten, naar omvang van de lening, ${c.span}${small === c.span || small === '' ? '' : ` (leningen tot € 1 mln in twee klassen: ${small})`}`;
  },
  datasets: ['financiering'],
  kind: 'line',
  notes: [
    'Rente op nieuwe contracten van banken met niet-financiële bedrijven, naar het bedrag van de lening (DNB). Leningen tot € 0,25 mln en van € 0,25 tot 1 mln zijn de gebruikelijke benadering van leningen aan het mkb; leningen boven € 1 mln staan ter vergelijking.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          { series: namedSeries.renteLeningenTot025Mln, kind: 'month' },
          { series: namedSeries.renteLeningen025Tot1Mln, kind: 'month' },
          { series: namedSeries.renteLeningenBoven1Mln, kind: 'month' },
        ],
        describe: (v) => `${formatPercent(v, 2)} rente`,
        cell: (v) => formatPercent(v, 2),
        what: 'de rente op nieuwe zakelijke leningen per maand naar omvang van de lening',
        caption: 'Rente op nieuwe leningen aan niet-financiële bedrijven naar omvang (procent), nieuwste maand eerst',
        chart: { zero: true, yLabel: '%', tickFormat: (v) => formatPercent(v, 0) },
        lead: {
          clause: (v) => `was de rente op nieuwe zakelijke leningen tot € 0,25 mln ${v}`,
          value: (v) => formatPercent(v, 2),
          measure: { kind: 'difference', unit: 'procentpunt', decimals: 2 },
        },
        keyFigureLabel: 'Rente op nieuwe leningen tot € 0,25 mln',
      },
      view,
    ),
};
