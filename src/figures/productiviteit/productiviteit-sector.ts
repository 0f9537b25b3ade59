import { formatNumber } from '../../format/number.ts';
import { singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf } from '../select.ts';
import { bySizeClass, classLabel, classSeries, sectorOf, sizeClass } from './size-classes.ts';

export const productiviteitSector: FigureSpec = {
  id: 'productiviteit-sector',
  theme: 'productiviteit',
  title: 'Arbeidsproductiviteit per sector: kleinbedrijf en middenbedrijf',
  subtitle: (c) => `Toegevoegde waarde per voltijdbaan (vte) naar sector en grootteklasse, × 1 000 euro, ${c.years}`,
  datasets: ['productiviteit'],
  kind: 'bar',
  notes: (c) => [
    `Toegevoegde waarde per vte (voltijdequivalent), in duizenden euro’s, voor het niet-financiële bedrijfsleven in ${c.years}.`,
    'Kleinbedrijf: 10 tot 50 werkzame personen; middenbedrijf: 50 tot 250 werkzame personen. Voor microbedrijven en het grootbedrijf zijn geen cijfers per sector beschikbaar.',
  ],
  substitute:
    'Het Jaarbericht toont de gemiddelde arbeidsproductiviteit per sector voor alle grootteklassen. In de beschikbare data staan alleen het klein- en middenbedrijf in één jaar; die staan hier per sector naast elkaar.',
  build: (data) => {
    const rows = figuresOf(data.productiviteit, 'productiviteit_mkb', (r) => r.series === 'toegevoegde waarde per vte').sort(
      (a, b) => sectorOf(a.category).localeCompare(sectorOf(b.category), 'nl') || bySizeClass(a, b),
    );
    return singleFiguresContent({
      dataset: 'productiviteit',
      rows,
      chart: 'bar',
      group: (row) => sectorOf(row.category),
      label: (row) => classLabel(row.category),
      series: (row) => classSeries(row.category),
      describe: (row) => `${formatNumber(row.value, 1)} duizend euro per vte`,
      format: (v) => formatNumber(v, 1),
      what: 'de gepubliceerde toegevoegde waarde per vte naar sector, voor het klein- en middenbedrijf',
      caption: 'Toegevoegde waarde per vte naar sector en grootteklasse (× 1 000 euro)',
      keyFigure: {
        row: (drawn) => drawn.reduce((a, b) => (b.value > a.value ? b : a)),
        label: 'Hoogste toegevoegde waarde per vte',
      },
      lead: {
        value: (v) => `${formatNumber(v, 1)} duizend euro`,
        clause: (v, row) =>
          `was de toegevoegde waarde per vte het hoogst in het ${sizeClass(row.category).label.toLowerCase()} in de sector ${sectorOf(row.category).toLowerCase()}: ${v}`,
      },
      better: 'higher',
    });
  },
};
