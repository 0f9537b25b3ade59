import { formatEuroMillions, formatNumber } from '../../format/number.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';

const billions = (v: number) => formatNumber(v / 1000, 0);

export const kredietverlening: FigureSpec = {
  id: 'kredietverlening',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Zakelijke kredietverlening: uitstaand en nieuwe contracten',
  subtitle: (c) => `Leningen van banken aan niet-financiële bedrijven per maand, in miljoenen euro’s, ${c.span}; alle bedrijfsgroottes`,
  datasets: ['financiering'],
  kind: 'line',
  notes: [
    'Uitstaande bedragen: de stand van de leningen van in Nederland gevestigde banken aan Nederlandse niet-financiële bedrijven aan het einde van de maand. Nieuwe contracten: het bedrag aan nieuw afgesloten leningen in de maand (DNB, kernindicatoren monetaire statistieken).',
    'De cijfers gelden voor alle niet-financiële bedrijven, niet alleen het mkb. Voor het mkb is het bedrag van een nieuwe lening (tot € 1 mln) de gebruikelijke benadering: zie de figuur over de rente naar omvang van de lening.',
    'DNB geeft geen periodestatus; recente maanden kunnen nog worden herzien.',
  ],
  build: (data, view) =>
    timeSeriesContent(
      data,
      {
        lines: [
          { series: namedSeries.uitstaandeLeningen, kind: 'month', panel: 0 },
          { series: namedSeries.nieuweLeningen, kind: 'month', panel: 1 },
        ],
        describe: formatEuroMillions,
        cell: (v) => formatNumber(v, 0),
        what: 'de uitstaande leningen van banken aan niet-financiële bedrijven en het bedrag aan nieuwe contracten per maand',
        caption: 'Zakelijke kredietverlening aan niet-financiële bedrijven (mln euro), nieuwste maand eerst',
        chart: [
          { title: 'Uitstaande leningen (stand aan het einde van de maand)', zero: true, yLabel: 'mld euro', tickFormat: billions },
          { title: 'Nieuwe contracten (bedrag per maand)', zero: true, yLabel: 'mld euro', tickFormat: billions },
        ],
        lead: { clause: (v) => `hadden banken ${v} aan leningen aan niet-financiële bedrijven uitstaan`, words: 'count', at: 'end' },
        keyFigureLabel: 'Uitstaande zakelijke leningen',
      },
      view,
    ),
};
