import { formatEuro, formatNumber } from '../../format/number.ts';
import { singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf } from '../select.ts';
import { bySizeClass, classLabel, sizeClass } from './size-classes.ts';

export const arbeidsproductiviteitGrootteklasse: FigureSpec = {
  id: 'arbeidsproductiviteit-grootteklasse',
  theme: 'productiviteit',
  // Four rounded figures of one year from one article support no trend: the title names what is shown.
  title: 'Arbeidsproductiviteit naar bedrijfsgrootte: losse afgeronde cijfers',
  subtitle: (c) =>
    `Toegevoegde waarde per werknemer naar grootteklasse, in euro, afgerond op duizenden zoals gepubliceerd, ${c.years}: ${formatNumber(c.count, 0)} cijfers uit ${c.pages === 1 ? 'één artikel' : `${c.pages} artikelen`} (${c.publishers})`,
  datasets: ['productiviteit'],
  kind: 'bar',
  notes: [
    'Arbeidsproductiviteit: toegevoegde waarde per werknemer, afgerond op duizenden euro’s zoals gepubliceerd. Het cijfer voor het middenbedrijf is een gemiddelde voor het middenbedrijf uit een secundaire bron.',
    'Eén jaar en één publicatie laten geen ontwikkeling zien: of de productiviteit met de bedrijfsgrootte toeneemt, kunnen deze cijfers niet aantonen.',
    'Grootteklassen: microbedrijf minder dan 10, kleinbedrijf 10 tot 50, middenbedrijf 50 tot 250, grootbedrijf 250 of meer werkzame personen.',
  ],
  substitute:
    'Het Jaarbericht toont de arbeidsproductiviteit naar bedrijfsgrootte over meerdere jaren. In de beschikbare data staat één jaar met een afgerond cijfer per grootteklasse; de groei naar grootteklasse staat in een aparte figuur.',
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
      what: 'de gepubliceerde toegevoegde waarde per werknemer naar grootteklasse',
      caption: 'Arbeidsproductiviteit naar grootteklasse (euro per werknemer, afgerond)',
      keyFigure: { row: (rows) => rows.find((r) => sizeClass(r.category).code === 'micro'), label: 'Arbeidsproductiviteit microbedrijf' },
      lead: {
        clause: (v, row) => `was de toegevoegde waarde per werknemer in het ${sizeClass(row.category).label.toLowerCase()} ${v}`,
        value: (v) => formatEuro(v),
      },
      better: 'higher',
    }),
};
