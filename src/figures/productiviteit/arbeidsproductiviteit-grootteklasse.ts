import { formatEuro } from '../../format/number.ts';
import { singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf } from '../select.ts';
import { bySizeClass, classLabel, sizeClass } from './size-classes.ts';

export const arbeidsproductiviteitGrootteklasse: FigureSpec = {
  id: 'arbeidsproductiviteit-grootteklasse',
  theme: 'productiviteit',
  title: 'Arbeidsproductiviteit stijgt met de bedrijfsgrootte',
  subtitle: 'Toegevoegde waarde per werknemer naar grootteklasse, in euro (afgerond), 2016',
  datasets: ['productiviteit'],
  kind: 'bar',
  notes: [
    'Arbeidsproductiviteit: toegevoegde waarde per werknemer, afgerond op duizenden euro’s zoals gepubliceerd. Het cijfer voor het middenbedrijf komt uit een secundaire bron (een gemiddelde voor het middenbedrijf).',
    'Grootteklassen: microbedrijf minder dan 10, kleinbedrijf 10 tot 50, middenbedrijf 50 tot 250, grootbedrijf 250 of meer werkzame personen.',
  ],
  substitute:
    'Het Jaarbericht toont de arbeidsproductiviteit naar bedrijfsgrootte over meerdere jaren. In de beschikbare data staat één jaar (2016) met een cijfer per grootteklasse; de groei naar grootteklasse staat in een aparte figuur.',
  build: (data) =>
    singleFiguresContent({
      dataset: 'productiviteit',
      rows: figuresOf(data.productiviteit, 'productiviteit_mkb', (r) =>
        r.series.startsWith('arbeidsproductiviteit (toegevoegde waarde per werknemer)'),
      ).sort(bySizeClass),
      chart: 'bar',
      label: (row) => classLabel(row.category),
      describe: (row) => `${formatEuro(row.value)} per werknemer`,
      format: (v) => formatEuro(v),
      what: 'de toegevoegde waarde per werknemer in 2016 naar grootteklasse',
      caption: 'Arbeidsproductiviteit naar grootteklasse, 2016',
      keyFigure: { row: (rows) => rows.find((r) => sizeClass(r.category).code === 'micro'), label: 'Arbeidsproductiviteit microbedrijf' },
    }),
};
