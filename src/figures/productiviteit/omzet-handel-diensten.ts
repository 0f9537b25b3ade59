import { formatNumber } from '../../format/number.ts';
import { seriesKey } from '../../lib/series-key.ts';
import { type LineInput, timeSeriesContent } from '../build/time-series.ts';
import type { CellData, FigureSpec } from '../figure-spec.ts';
import { type NamedSeries, namedSeries } from '../vocabulary/series.ts';

const branch = (series: NamedSeries, panel: number): LineInput => ({ series, kind: 'year', panel });

const index = (v: number) => `index ${formatNumber(v, 1)}`;

export const omzetHandelDiensten: FigureSpec = {
  id: 'omzet-handel-diensten',
  theme: 'productiviteit',
  title: 'Omzetontwikkeling in handel en diensten',
  subtitle: (c) => {
    const retail = (d: CellData) => d.series === seriesKey(namedSeries.omzetDetailhandel);
    const others = c.where((d) => !retail(d)).span;
    const own = c.where(retail).span;
    // A view of one branch has one span.
    const apart = own !== others && own !== '' && others !== '';
    return `Omzet (waarde) per jaar naar branche, index 2021 = 100, ${apart ? `${others} (detailhandel ${own})` : c.span}`;
  },
  datasets: ['economie'],
  kind: 'line',
  notes: [
    'Waarde-index van de omzet (niet gecorrigeerd voor prijsveranderingen), 2021 = 100, uit CBS-tabel 85828NED (export met de cbsodata-client). Een stijging kan dus ook door hogere prijzen komen.',
    'De cijfers gelden voor alle bedrijven in de branche, niet alleen het mkb.',
    'De totalen voor de hele handel (G) en de hele dienstverlening staan in deze export pas vanaf 2021 en zijn daarom weggelaten.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          branch(namedSeries.omzetDetailhandel, 0),
          branch(namedSeries.omzetGroothandel, 0),
          branch(namedSeries.omzetAutohandel, 0),
          branch(namedSeries.omzetHoreca, 1),
          branch(namedSeries.omzetInformatieCommunicatie, 1),
          branch(namedSeries.omzetZakelijkeDiensten, 1),
          branch(namedSeries.omzetVerhuurZakelijkeDiensten, 1),
          branch(namedSeries.omzetVervoerOpslag, 1),
        ],
        describe: index,
        cell: (v) => formatNumber(v, 1),
        what: 'de omzetontwikkeling (waarde-index, 2021 = 100) per jaar van branches in handel en diensten',
        caption: 'Omzet naar branche, waarde-index 2021 = 100, per jaar, nieuwste jaar eerst',
        chart: [
          { title: 'Handel', yLabel: 'index 2021 = 100' },
          { title: 'Diensten', yLabel: 'index 2021 = 100' },
        ],
        lead: { clause: (v) => `lag de omzet van de detailhandel op ${v} (2021 = 100)` },
        keyFigureLabel: 'Omzet detailhandel',
      },
      view,
    ),
};
