import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';
import { bankruptcies, bankruptcyNotes } from './bankruptcies.ts';

export const faillissementenPerMaand: FigureSpec = {
  id: 'faillissementen-per-maand',
  theme: 'dynamiek',
  title: 'Faillissementen per maand',
  subtitle: 'Aantal uitgesproken faillissementen per maand, sinds januari 1981; bedrijven en instellingen en eenmanszaken, alle groottes',
  datasets: ['faillissementen'],
  kind: 'line',
  notes: bankruptcyNotes,
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        { series: namedSeries.faillissementenBedrijven, kind: 'month' },
        { series: namedSeries.faillissementenEenmanszaken, kind: 'month' },
      ],
      describe: bankruptcies,
      what: 'het aantal uitgesproken faillissementen per maand van bedrijven en instellingen en van eenmanszaken (alle groottes)',
      caption: 'Uitgesproken faillissementen per maand (aantal), nieuwste maand eerst',
      chart: { zero: true, yLabel: 'aantal per maand' },
      keyFigureLabel: 'Faillissementen van bedrijven en instellingen (alle groottes)',
    }),
};
