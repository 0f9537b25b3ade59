import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { firmClassSeries, namedSeries } from '../vocabulary/series.ts';
import { firmCountNotes, firms } from './firm-counts.ts';

export const samenstellingMkb: FigureSpec = {
  id: 'samenstelling-mkb',
  theme: 'dynamiek',
  title: 'Aantal bedrijven naar grootteklasse',
  subtitle: (c) =>
    `Aantal bedrijven in Nederland (alle economische activiteiten) per kwartaal, ${c.span}, naar de grootteklassen van CBS: 1 tot 100 of meer werkzame personen; CBS-cijfers via een derde partij`,
  datasets: ['bedrijven'],
  kind: 'area',
  notes: [
    ...firmCountNotes,
    'De vlakken liggen op elkaar: de bovenrand is het aantal bedrijven van alle grootteklassen samen. Het gepubliceerde totaal staat in de tabel.',
  ],
  substitute:
    'Het Jaarbericht toont het aandeel van zzp’ers, micro-, klein- en middenbedrijf in het mkb. Deze reeks heeft de grootteklassen van CBS, tot ‘100 of meer werkzame personen’, en geen grens bij 250; daarom staan hier alle bedrijven naar die grootteklassen. Losse gepubliceerde totalen van het mkb volgens andere afbakeningen staan in de figuur ‘Aantal mkb-bedrijven volgens andere afbakeningen’.',
  build: (data, view) => {
    const content = timeSeriesContent(
      data,
      {
        lines: [namedSeries.bedrijvenTotaal, ...firmClassSeries].map((series) => ({ series, kind: 'quarter' as const })),
        describe: firms,
        what: 'het aantal bedrijven in Nederland per kwartaal (in totaal en naar de grootteklassen van CBS)',
        caption: 'Aantal bedrijven naar grootteklasse (werkzame personen), nieuwste kwartaal eerst',
        chart: { zero: true, yLabel: 'aantal' },
        keyFigureLabel: 'Bedrijven in Nederland',
        lead: { clause: (v) => `telde Nederland ${v}`, words: 'count' },
      },
      view,
    );
    // The classes as stacked areas (the published total is the first line: in the table, not stacked).
    const [chart] = content.charts;
    if (chart?.spec.kind !== 'line') throw new Error('samenstelling-mkb: expected the line chart of timeSeriesContent');
    const parts = chart.spec.rows.filter((r) => r.series !== 'line-0').map(({ series, period, value }) => ({ series, period, value }));
    // A view of one class stacks that class alone.
    const classes = firmClassSeries
      .map((s, i) => ({ key: `line-${i + 1}`, label: s.label }))
      .filter((c) => parts.some((r) => r.series === c.key));
    content.charts = [{ ...chart, spec: { kind: 'area', rows: parts, options: { series: classes, yLabel: 'aantal' } }, legend: classes }];
    return content;
  },
};
