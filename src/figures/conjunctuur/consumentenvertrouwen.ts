import { formatNumber } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const consumentenvertrouwen: FigureSpec = {
  id: 'consumentenvertrouwen',
  theme: 'conjunctuur',
  title: 'Consumentenvertrouwen',
  subtitle: (c) => `Consumentenvertrouwen per maand, saldo van positieve en negatieve antwoorden, seizoengecorrigeerd, ${c.span}`,
  datasets: ['conjunctuur'],
  kind: 'line',
  notes: [
    'Consumentenvertrouwen uit CBS-tabel 83693NED (Consumentenconjunctuuronderzoek, gecorrigeerd voor seizoensinvloeden): het gemiddelde saldo van vijf vragen over de economie en de eigen financiële situatie.',
    'Saldo: het percentage positieve min het percentage negatieve antwoorden; boven 0 zijn de optimisten in de meerderheid.',
    'Het consumentenvertrouwen is de consumptie-indicator van de MKBarometer.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [{ series: namedSeries.consumentenvertrouwen, kind: 'month' }],
        describe: (v) => `saldo ${formatNumber(v, 0)}`,
        cell: (v) => formatNumber(v, 0),
        what: 'het consumentenvertrouwen per maand',
        caption: 'Consumentenvertrouwen (saldo) per maand, nieuwste maand eerst',
        chart: { yLabel: 'saldo' },
        lead: {
          clause: (v) => `stond het consumentenvertrouwen op ${v}`,
          value: (v) => formatNumber(v, 0),
          measure: { kind: 'difference', unit: 'punt', decimals: 0 },
        },
      },
      view,
    ),
};
