import { growthContent } from '../build/growth.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { firmClassSeries, namedSeries } from '../vocabulary/series.ts';
import { firmCountNotes } from './firm-counts.ts';

export const groeiBedrijven: FigureSpec = {
  id: 'groei-bedrijven',
  theme: 'dynamiek',
  title: 'Groei van het aantal bedrijven per grootteklasse',
  // A view of one size class names it instead of the classes.
  subtitle: (c, view) =>
    `Verandering van het aantal bedrijven in procenten ten opzichte van hetzelfde kwartaal een jaar eerder, ${c.span}, ${view.series ? `bedrijven met ${view.series.value.label}` : 'naar de grootteklassen van CBS'}; afgeleid uit CBS-cijfers via een derde partij`,
  datasets: ['bedrijven'],
  kind: 'smallmultiples',
  notes: [
    'Afgeleid: het dashboard berekent de groei uit de gepubliceerde aantallen, als (aantal in het kwartaal ÷ aantal een jaar eerder − 1) × 100. CBS publiceert deze percentages niet zelf in de tabel. De twee aantallen van elke berekening staan in de figuur ‘Aantal bedrijven naar grootteklasse’.',
    'Alle kleine grafieken hebben dezelfde schaal, zodat de groei van de grootteklassen te vergelijken is. Een grootteklasse met weinig bedrijven groeit of krimpt in procenten sneller door kleine verschuivingen, bijvoorbeeld bedrijven die een grens van het aantal werkzame personen passeren.',
    ...firmCountNotes,
  ],
  build: (data, view) =>
    growthContent(
      data,
      {
        series: [{ ...namedSeries.bedrijvenTotaal, label: 'Alle bedrijven' }, ...firmClassSeries],
        kind: 'quarter',
        columns: 3,
        // "20–50 werkzame personen" is wider than a panel: "20–50 personen" there, the full name in tooltip and table.
        panelLabel: (named) => named.label.replace(' werkzame ', ' '),
        what: 'per grootteklasse hoeveel procent het aantal bedrijven groeide',
        caption: 'Groei van het aantal bedrijven ten opzichte van een jaar eerder (procent, afgeleid), nieuwste kwartaal eerst',
        keyFigureLabel: 'Groei van het aantal bedrijven',
        subject: 'het aantal bedrijven',
        seriesSubject: (named) => `het aantal bedrijven met ${named.label}`,
      },
      view,
    ),
};
