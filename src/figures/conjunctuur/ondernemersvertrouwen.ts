import { formatNumber } from '../../format/number.ts';
import type { GeneratedFigure } from '../../lib/generated.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf, hasValue } from '../select.ts';
import { namedSeries } from '../vocabulary/series.ts';

const balance = (v: number) => `saldo ${formatNumber(v, 1)}`;

/** The COEN survey's balance (mkb and all firms alike), not the mood indicator of the business cycle clock. */
const coenBalance = (row: GeneratedFigure) => /ondernemersvertrouwen \(saldo/.test(row.series);
const allFirms = (row: GeneratedFigure) => /^(totaal|gehele) bedrijfsleven$/.test(row.category);

const line = namedSeries.ondernemersvertrouwen;

export const ondernemersvertrouwen: FigureSpec = {
  id: 'ondernemersvertrouwen',
  theme: 'conjunctuur',
  title: 'Ondernemersvertrouwen: het mkb naast alle bedrijven',
  subtitle: (c) =>
    `Ondernemersvertrouwen per kwartaal, saldo van positieve en negatieve antwoorden: losse cijfers uit de Conjunctuurenquête Nederland voor het mkb en voor alle bedrijven (${c.where((d) => d.dataset === 'kerncijfers').yearSpan}), en apart een reeks voor alle bedrijven uit CBS-tabel 85612 (derde partij, ${c.column(line.label).span})`,
  datasets: ['conjunctuur', 'kerncijfers'],
  kind: 'line',
  notes: [
    'Bovenste grafiek: losse cijfers over het ondernemersvertrouwen die op staatvanhetmkb.nl zijn gepubliceerd, voor het mkb en in dezelfde berichten voor alle bedrijven. Ze komen uit dezelfde enquête en zijn onderling te vergelijken. Een doorlopende mkb-reeks is niet als open data beschikbaar.',
    'Onderste grafiek: de kwartaalreeks voor alle bedrijven (zonder financiële instellingen en energie) die een derde partij uit CBS-tabel 85612 samenstelde. Het is een andere maatstaf dan de gepubliceerde cijfers erboven, ook die voor alle bedrijven; daarom staat de reeks in een eigen grafiek, niet op dezelfde as als de mkb-cijfers.',
    'Saldo: het percentage ondernemers met een positief oordeel min het percentage met een negatief oordeel; boven 0 zijn de optimisten in de meerderheid.',
  ],
  build: (data, view) => {
    const published = figuresOf(data.kerncijfers, 'ondernemersvertrouwen_mkb', coenBalance).filter(hasValue).sort(byPeriod);
    return timeSeriesContent(
      data,
      {
        lines: [{ series: line, kind: 'quarter', panel: 1 }],
        references: [
          { dataset: 'kerncijfers', rows: published.filter((r) => r.category === 'mkb'), label: 'Mkb (los cijfer)', panel: 0 },
          { dataset: 'kerncijfers', rows: published.filter(allFirms), label: 'Alle bedrijven (los cijfer)', panel: 0 },
        ],
        describe: balance,
        cell: (v) => formatNumber(v, 1),
        what: 'losse cijfers over het ondernemersvertrouwen van het mkb en van alle bedrijven, en apart de kwartaalreeks voor alle bedrijven van een derde partij',
        caption:
          'Ondernemersvertrouwen (saldo): losse cijfers voor het mkb en alle bedrijven, en de reeks uit 85612, nieuwste kwartaal eerst',
        chart: [
          { title: 'Losse cijfers: het mkb en alle bedrijven', yLabel: 'saldo', formatValue: (v) => formatNumber(v, 1) },
          { title: 'Alle bedrijven: reeks uit CBS-tabel 85612 (derde partij)', yLabel: 'saldo', formatValue: (v) => formatNumber(v, 1) },
        ],
        lead: {
          clause: (v) => `stond het ondernemersvertrouwen van alle bedrijven (reeks van een derde partij) op ${v}`,
          value: (v) => formatNumber(v, 1),
          measure: { kind: 'difference', unit: 'punt', decimals: 1 },
        },
        keyFigureLabel: 'Ondernemersvertrouwen, alle bedrijven',
      },
      view,
    );
  },
};
