import { formatNumber, formatSigned } from '../../format/number.ts';
import { type LineInput, timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';

const branch = (category: string, label: string, panel: number): LineInput => ({
  dataset: 'economie',
  key: `cbsodata-csv/85828NED|omzet-waarde|${category}`,
  label,
  kind: 'year',
  panel,
});

const index = (v: number) => `index ${formatNumber(v, 1)}`;

export const omzetHandelDiensten: FigureSpec = {
  id: 'omzet-handel-diensten',
  theme: 'productiviteit',
  title: 'Omzetontwikkeling in handel en diensten',
  subtitle: 'Omzet (waarde) per jaar naar branche, index 2021 = 100, 2005–2023 (detailhandel sinds 2000)',
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Waarde-index van de omzet (niet gecorrigeerd voor prijsveranderingen), 2021 = 100, uit CBS-tabel 85828NED (export met de cbsodata-client). Een stijging kan dus ook door hogere prijzen komen.',
    'De cijfers gelden voor alle bedrijven in de branche, niet alleen het mkb.',
    'De totalen voor de hele handel (G) en de hele dienstverlening staan in deze export pas vanaf 2021 en zijn daarom weggelaten.',
  ],
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        branch("47 Detailhandel (niet in auto's)", 'Detailhandel', 0),
        branch('46 Groothandel en handelsbemiddeling', 'Groothandel', 0),
        branch('45 Autohandel en -reparatie', 'Autohandel en -reparatie', 0),
        branch('I Horeca', 'Horeca', 1),
        branch('J Informatie en communicatie', 'Informatie en communicatie', 1),
        branch('M Specialistische zakelijke diensten', 'Specialistische zakelijke diensten', 1),
        branch('N Verhuur en overige zakelijke diensten', 'Verhuur en overige zakelijke diensten', 1),
        branch('H Vervoer en opslag', 'Vervoer en opslag', 1),
      ],
      describe: index,
      cell: (v) => formatNumber(v, 1),
      what: 'de omzetontwikkeling (waarde-index, 2021 = 100) per jaar van branches in handel en diensten',
      caption: 'Omzet naar branche, waarde-index 2021 = 100, per jaar, nieuwste jaar eerst',
      chart: [
        { title: 'Handel', yLabel: 'index 2021 = 100' },
        { title: 'Diensten', yLabel: 'index 2021 = 100' },
      ],
      change: (d) => `${formatSigned(d, 1)} indexpunten`,
      keyFigureLabel: 'Omzet detailhandel',
    }),
};
