import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { namedSeries } from '../vocabulary/series.ts';
import { bankruptcies, bankruptcyNotes } from './bankruptcies.ts';

export const faillissementenPerKwartaal: FigureSpec = {
  id: 'faillissementen-per-kwartaal',
  theme: 'dynamiek',
  title: 'Faillissementen per kwartaal',
  subtitle: 'Aantal uitgesproken faillissementen per kwartaal, sinds 1981; bedrijven en instellingen en eenmanszaken, alle groottes',
  datasets: ['faillissementen'],
  kind: 'line',
  notes: bankruptcyNotes,
  build: (data) =>
    timeSeriesContent(data, {
      lines: [
        { series: namedSeries.faillissementenBedrijven, kind: 'quarter' },
        { series: namedSeries.faillissementenEenmanszaken, kind: 'quarter' },
      ],
      describe: bankruptcies,
      what: 'het aantal uitgesproken faillissementen per kwartaal van bedrijven en instellingen en van eenmanszaken (alle groottes)',
      caption: 'Uitgesproken faillissementen per kwartaal (aantal), nieuwste kwartaal eerst',
      chart: { zero: true, yLabel: 'aantal per kwartaal' },
      keyFigureLabel: 'Faillissementen van bedrijven en instellingen',
    }),
};
