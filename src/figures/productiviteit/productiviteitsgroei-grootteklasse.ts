import { formatSignedPercent } from '../../format/number.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf } from '../select.ts';
import { bySizeClass, classLabel, sizeClass } from './size-classes.ts';

const productivity = /^(groei (arbeids)?productiviteit|mutatie arbeidsproductiviteit)/;

export const productiviteitsgroeiGrootteklasse: FigureSpec = {
  id: 'productiviteitsgroei-grootteklasse',
  theme: 'productiviteit',
  title: 'Productiviteitsgroei per grootteklasse in losse jaren',
  subtitle: (c) => `Groei van de arbeidsproductiviteit ten opzichte van een jaar eerder naar grootteklasse, in procenten, ${c.years}`,
  datasets: ['productiviteit'],
  kind: 'bar',
  notes: [
    'Groei van de arbeidsproductiviteit: verandering van de toegevoegde waarde per werkzame persoon of per voltijdbaan (vte) ten opzichte van het jaar ervoor. De publicaties gebruiken niet elk jaar dezelfde maatstaf; de tabel noemt per cijfer de maatstaf.',
    'De groei van de toegevoegde waarde (niet per werkzame persoon) staat alleen in de tabel.',
  ],
  substitute:
    'Het Jaarbericht toont de productiviteitsgroei per grootteklasse als reeks. In de beschikbare data staan losse jaren met niet elke grootteklasse; die staan hier per jaar.',
  build: (data) => {
    const rows = figuresOf(data.productiviteit, 'productiviteit_mkb', (r) => /^(groei|mutatie)/.test(r.series)).sort(
      (a, b) => byPeriod(a, b) || bySizeClass(a, b),
    );
    return singleFiguresContent({
      dataset: 'productiviteit',
      rows,
      chart: 'bar',
      drawn: (row) => productivity.test(row.series),
      group: (row) => figurePeriod(row),
      label: (row) => classLabel(row.category),
      describe: (row) => `${formatSignedPercent(row.value)} productiviteitsgroei`,
      format: (v) => formatSignedPercent(v),
      what: 'de groei van de arbeidsproductiviteit naar grootteklasse',
      caption: 'Groei van arbeidsproductiviteit en toegevoegde waarde naar grootteklasse',
      tableOnly: 'De groei van de toegevoegde waarde staat alleen in de tabel: het is geen productiviteitsmaat.',
      keyFigure: { row: (drawn) => drawn.filter((r) => sizeClass(r.category).code === 'mkb').at(-1), label: 'Productiviteitsgroei mkb' },
      lead: { clause: (change) => `was de arbeidsproductiviteit van het mkb ${change}`, measure: { kind: 'growth', decimals: 1 } },
      better: 'higher',
    });
  },
};
