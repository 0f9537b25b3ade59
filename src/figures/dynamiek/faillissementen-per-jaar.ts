import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';
import { bankruptcies, bankruptcyNotes } from './bankruptcies.ts';

export const faillissementenPerJaar: FigureSpec = {
  id: 'faillissementen-per-jaar',
  theme: 'dynamiek',
  title: 'Faillissementen per jaar naar type gefailleerde',
  subtitle: 'Aantal uitgesproken faillissementen per jaar, sinds 1981, naar type gefailleerde; alle groottes',
  datasets: ['faillissementen'],
  kind: 'line',
  notes: bankruptcyNotes,
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        { series: namedSeries.faillissementenTotaal, kind: 'year' },
        { series: namedSeries.faillissementenBedrijven, kind: 'year' },
        { series: namedSeries.faillissementenEenmanszaken, kind: 'year' },
        { series: namedSeries.faillissementenNatuurlijkePersonen, kind: 'year' },
      ],
      describe: bankruptcies,
      what: 'het aantal uitgesproken faillissementen per jaar, in totaal en naar type gefailleerde (alle groottes)',
      caption: 'Uitgesproken faillissementen per jaar naar type gefailleerde (aantal), nieuwste jaar eerst',
      chart: { zero: true, yLabel: 'aantal per jaar' },
      keyFigureLabel: 'Faillissementen per jaar, totaal',
    }),
};
