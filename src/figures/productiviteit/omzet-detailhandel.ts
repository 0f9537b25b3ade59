import { formatNumber } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

export const omzetDetailhandel: FigureSpec = {
  id: 'omzet-detailhandel',
  theme: 'productiviteit',
  title: 'Omzet in de detailhandel per maand',
  subtitle: (c) => `Omzet (waarde) per maand naar branche, seizoengecorrigeerd, index 2021 = 100, ${c.span}`,
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Waarde-index van de omzet, seizoengecorrigeerd, 2021 = 100, uit CBS-tabel 85828NED (open data, acht detailhandelsbranches sinds 2020). Niet gecorrigeerd voor prijsveranderingen.',
    'De cijfers gelden voor alle bedrijven in de branche, niet alleen het mkb. De laatste maanden zijn voorlopig.',
    '“Detailhandel, geen winkel of markt” is vooral de verkoop via internet.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          { series: namedSeries.omzetDetailhandelMaand, kind: 'month' },
          { series: namedSeries.omzetSupermarktenMaand, kind: 'month' },
          { series: namedSeries.omzetHuishoudwarenMaand, kind: 'month' },
          { series: namedSeries.omzetOnlineMaand, kind: 'month' },
        ],
        describe: (v) => `index ${formatNumber(v, 1)}`,
        cell: (v) => formatNumber(v, 1),
        what: 'de seizoengecorrigeerde omzet (waarde-index, 2021 = 100) per maand in de detailhandel en drie branches',
        caption: 'Omzet detailhandel naar branche, seizoengecorrigeerd, index 2021 = 100, nieuwste maand eerst',
        chart: { yLabel: 'index 2021 = 100' },
        lead: { clause: (v) => `lag de seizoengecorrigeerde omzet van de detailhandel op ${v} (2021 = 100)` },
        keyFigureLabel: 'Omzet detailhandel (seizoengecorrigeerd)',
      },
      view,
    ),
};
