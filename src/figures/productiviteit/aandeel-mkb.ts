import { formatPercent } from '../../format/number.ts';
import type { GeneratedFigure } from '../../lib/generated.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { Coverage } from '../coverage.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf } from '../select.ts';
import { bySizeClass, classLabel, classSeries, sizeClass } from './size-classes.ts';

const measures: { topic: string; test: (series: string) => boolean; heading: string }[] = [
  { topic: 'productiviteit_mkb', test: (s) => s === 'aandeel in totale toegevoegde waarde', heading: 'Toegevoegde waarde' },
  { topic: 'werkgelegenheid_mkb', test: (s) => s.startsWith('aandeel mkb in werkzame personen'), heading: 'Werkzame personen' },
  { topic: 'omzet_mkb', test: (s) => s.startsWith('aandeel mkb in omzet'), heading: 'Omzet' },
];

/** The years of one measure's shares ("2015"), from the figure's numbers (their series key starts with the topic). */
const yearsOf = (c: Coverage, topic: string) => c.where((d) => d.series.startsWith(`${topic}|`)).years;

export const aandeelMkb: FigureSpec = {
  id: 'aandeel-mkb',
  theme: 'productiviteit',
  title: 'Aandeel van het mkb in toegevoegde waarde, werkgelegenheid en omzet',
  subtitle: (c) => `Aandeel naar grootteklasse in procenten van het niet-financiële bedrijfsleven (business economy), ${c.years}`,
  datasets: ['productiviteit'],
  kind: 'bar',
  notes: (c) => [
    `Toegevoegde waarde: aandeel in het niet-financiële bedrijfsleven in ${yearsOf(c, 'productiviteit_mkb')}; omzet: in ${yearsOf(c, 'omzet_mkb')}. Werkzame personen: aandeel van het mkb in de business economy in ${yearsOf(c, 'werkgelegenheid_mkb')}.`,
    'Voor de toegevoegde waarde is het aandeel per grootteklasse gepubliceerd (kleinbedrijf minder dan 50, middenbedrijf 50 tot 250, grootbedrijf 250 of meer werkzame personen); voor werkzame personen en omzet alleen het aandeel van het hele mkb.',
  ],
  substitute:
    'Het Jaarbericht toont de aandelen voor alle drie de maatstaven naar grootteklasse en in hetzelfde jaar. In de beschikbare data staan alleen deze gepubliceerde aandelen, uit verschillende jaren; ze staan hier per maatstaf met hun jaar.',
  build: (data) => {
    const rows = measures.flatMap((m) => figuresOf(data.productiviteit, m.topic, (r) => m.test(r.series)).sort(bySizeClass));
    const heading = (row: GeneratedFigure) =>
      `${measures.find((m) => m.topic === row.topic && m.test(row.series))?.heading ?? row.series}, ${figurePeriod(row)}`;
    return singleFiguresContent({
      dataset: 'productiviteit',
      rows,
      chart: 'bar',
      group: heading,
      label: (row) => (sizeClass(row.category).code === 'mkb' ? 'Mkb' : classLabel(row.category)),
      series: (row) => classSeries(row.category),
      describe: (row) => formatPercent(row.value),
      format: (v) => formatPercent(v),
      what: 'het aandeel van het mkb en van de grootteklassen in toegevoegde waarde, werkzame personen en omzet',
      caption: 'Aandeel naar grootteklasse in toegevoegde waarde, werkzame personen en omzet (procent)',
      keyFigure: { row: (drawn) => drawn.find((r) => r.topic === 'werkgelegenheid_mkb'), label: 'Aandeel mkb in werkzame personen' },
      lead: { clause: (v) => `werkte ${v} van de werkzame personen in de business economy bij het mkb` },
    });
  },
};
