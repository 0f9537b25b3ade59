import { formatPercent } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const bbpConsumptie: FigureSpec = {
  id: 'bbp-consumptie',
  theme: 'productiviteit',
  title: 'Groei van bbp, consumptie en aankopen van duurzame goederen',
  subtitle: (c) => `Volumeverandering ten opzichte van hetzelfde kwartaal een jaar eerder, in procenten, ${c.span}`,
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Volumeverandering: de verandering na correctie voor prijsveranderingen, ten opzichte van hetzelfde kwartaal een jaar eerder, zoals CBS die publiceert in tabel 85880NED (nationale rekeningen). De cijfers zijn niet door dit dashboard berekend.',
    'De recente kwartalen zijn voorlopig: CBS stelt ze bij als er meer gegevens zijn.',
    'Context voor de MKBarometer: bbp, consumptie van huishoudens en aankopen van duurzame goederen zijn drie van de twaalf indicatoren.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          { series: namedSeries.bbpVolumeGroei, kind: 'quarter' },
          { series: namedSeries.consumptieVolumeGroei, kind: 'quarter' },
          { series: namedSeries.duurzameGoederenVolumeGroei, kind: 'quarter' },
        ],
        describe: (v) => `${formatPercent(v)} volumegroei`,
        cell: (v) => formatPercent(v),
        what: 'de volumegroei van bbp, consumptie van huishoudens en aankopen van duurzame goederen ten opzichte van een jaar eerder, per kwartaal',
        caption: 'Volumegroei t.o.v. hetzelfde kwartaal een jaar eerder (procent), nieuwste kwartaal eerst',
        chart: { yLabel: '%', tickFormat: (v) => formatPercent(v, 0) },
        lead: { clause: (change) => `was het bbp (volume) ${change}`, measure: { kind: 'growth', decimals: 1 }, words: 'size' },
        keyFigureLabel: 'Groei bbp (volume, t.o.v. een jaar eerder)',
      },
      view,
    ),
};
