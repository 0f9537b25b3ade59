import { formatNumber, formatSigned } from '../../format/number.ts';
import { type LineInput, timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';

const branch = (code: string, label: string): LineInput => ({
  dataset: 'economie',
  key: `cbs-odata-v4/85828NED|omzet-waarde-sa|${code}`,
  label,
  kind: 'month',
});

export const omzetDetailhandel: FigureSpec = {
  id: 'omzet-detailhandel',
  theme: 'productiviteit',
  title: 'Omzet in de detailhandel per maand',
  subtitle: 'Omzet (waarde) per maand naar branche, seizoengecorrigeerd, index 2021 = 100, sinds januari 2020',
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Waarde-index van de omzet, seizoengecorrigeerd, 2021 = 100, uit CBS-tabel 85828NED (open data, acht detailhandelsbranches sinds 2020). Niet gecorrigeerd voor prijsveranderingen.',
    'De cijfers gelden voor alle bedrijven in de branche, niet alleen het mkb. De laatste maanden zijn voorlopig.',
    '“Detailhandel, geen winkel of markt” is vooral de verkoop via internet.',
  ],
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        branch('371600', 'Detailhandel totaal'),
        branch('371700', 'Supermarkten en warenhuizen'),
        branch('374600', 'Winkels in overige huishoudwaren'),
        branch('382500', 'Geen winkel of markt (o.a. online)'),
      ],
      describe: (v) => `index ${formatNumber(v, 1)}`,
      cell: (v) => formatNumber(v, 1),
      what: 'de seizoengecorrigeerde omzet (waarde-index, 2021 = 100) per maand in de detailhandel en drie branches',
      caption: 'Omzet detailhandel naar branche, seizoengecorrigeerd, index 2021 = 100, nieuwste maand eerst',
      chart: { yLabel: 'index 2021 = 100' },
      change: (d) => `${formatSigned(d, 1)} indexpunten`,
      keyFigureLabel: 'Omzet detailhandel (seizoengecorrigeerd)',
    }),
};
