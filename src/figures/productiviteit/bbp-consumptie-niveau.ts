import { formatEuroMillions, formatNumber } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const bbpConsumptieNiveau: FigureSpec = {
  id: 'bbp-consumptie-niveau',
  theme: 'productiviteit',
  title: 'Bbp en consumptie van huishoudens',
  // The table and the downloads keep CBS's millions; only the chart's axis reads in billions.
  subtitle: (c) => {
    const linked = c.where((d) => d.flags.includes('gekoppeld'));
    return `Bbp en consumptieve bestedingen van huishoudens per kwartaal, in miljoenen euro’s tegen prijzen van 2015 (de grafiek in miljarden), seizoengecorrigeerd, ${c.span}${linked.count > 0 ? `; ${linked.span} gekoppeld` : ''}`;
  },
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Volumes tegen prijzen van 2015, seizoengecorrigeerd, uit CBS-tabel 84105NED (export met de cbsodata-client). De recente groeicijfers staan in de figuur over de groei van bbp en consumptie.',
    'Gekoppeld: de kwartalen na het laatste cijfer van 84105NED zijn dat cijfer, voortgezet met de volumeverandering ten opzichte van het vorige kwartaal die CBS publiceert in tabel 85880NED (gecorrigeerd voor seizoen- en werkdageffecten). In de tabel, de tooltips en de downloads staan ze als “gekoppeld”. Hoe goed de twee tabellen overeenkomen waar ze allebei cijfers hebben, staat bij de methode van de MKBarometer.',
    'Het bestand van 84105NED geeft geen periodestatus; de gekoppelde kwartalen hebben de status van 85880NED.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          { series: namedSeries.bbpVolume, kind: 'quarter' },
          { series: namedSeries.consumptieVolume, kind: 'quarter' },
        ],
        describe: (v) => formatEuroMillions(v),
        cell: (v) => formatNumber(v, 0),
        what: 'het bbp en de consumptieve bestedingen van huishoudens per kwartaal, tegen prijzen van 2015',
        caption: 'Bbp en consumptie huishoudens per kwartaal (mln euro), prijzen van 2015, seizoengecorrigeerd, nieuwste kwartaal eerst',
        chart: { zero: true, yLabel: 'mld euro', tickFormat: (v) => formatNumber(v / 1000, 0) },
        lead: { clause: (v) => `was het bbp, tegen prijzen van 2015, ${v}` },
        keyFigureLabel: 'Bbp per kwartaal (prijzen 2015)',
      },
      view,
    ),
};
