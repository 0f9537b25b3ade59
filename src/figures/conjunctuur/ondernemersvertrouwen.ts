import { formatNumber, formatSigned } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf, hasValue } from '../select.ts';
import { namedSeries } from '../vocabulary/series.ts';

const balance = (v: number) => `saldo ${formatNumber(v, 1)}`;

export const ondernemersvertrouwen: FigureSpec = {
  id: 'ondernemersvertrouwen',
  theme: 'conjunctuur',
  title: 'Ondernemersvertrouwen: alle bedrijven en het mkb',
  subtitle:
    'Ondernemersvertrouwen per kwartaal, saldo van positieve en negatieve antwoorden, 2012–2025 (alle bedrijven, reeks van een derde partij) en losse cijfers voor het mkb',
  datasets: ['conjunctuur', 'kerncijfers'],
  kind: 'line',
  notes: [
    'De lijn is géén ruwe CBS-opname: een derde partij stelde deze kwartaalreeks samen met de cbsodata-client uit CBS-tabel 85612 (Conjunctuurenquête Nederland). Ze geldt voor alle bedrijven, niet alleen het mkb; begin 2024 wijkt ze 0,2 tot 1,1 punt af van de seizoengecorrigeerde cijfers van CBS.',
    'De punten zijn losse cijfers over het mkb-ondernemersvertrouwen die op staatvanhetmkb.nl zijn gepubliceerd. Een doorlopende mkb-reeks is niet als open data beschikbaar.',
    'Saldo: het percentage ondernemers met een positief oordeel min het percentage met een negatief oordeel; boven 0 zijn de optimisten in de meerderheid.',
  ],
  build: (data) => {
    const mkb = figuresOf(data.kerncijfers, 'ondernemersvertrouwen_mkb', (r) => r.category === 'mkb')
      .filter(hasValue)
      .sort(byPeriod);
    return timeSeriesContent(data, {
      lines: [{ series: namedSeries.ondernemersvertrouwen, kind: 'quarter' }],
      references: [{ dataset: 'kerncijfers', rows: mkb, label: 'Mkb (los cijfer)' }],
      describe: balance,
      cell: (v) => formatNumber(v, 1),
      what: 'het ondernemersvertrouwen van alle bedrijven per kwartaal (reeks van een derde partij) en losse cijfers voor het mkb',
      caption: 'Ondernemersvertrouwen (saldo), alle bedrijven en mkb, nieuwste kwartaal eerst',
      chart: { yLabel: 'saldo', formatValue: (v) => formatNumber(v, 1) },
      change: (d) => `${formatSigned(d, 1)} punt`,
      keyFigureLabel: 'Ondernemersvertrouwen, alle bedrijven',
    });
  },
};
