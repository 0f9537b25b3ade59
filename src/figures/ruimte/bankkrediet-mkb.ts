import { formatNumber } from '../../format/number.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf } from '../select.ts';

const inBillions = (unit: string) => unit.startsWith('miljard euro') && !unit.includes('per jaar');

export const bankkredietMkb: FigureSpec = {
  id: 'bankkrediet-mkb',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Bankkrediet aan het mkb',
  subtitle:
    'Uitstaand bankkrediet aan het mkb en aan alle niet-financiële bedrijven, in miljarden euro’s, losse gepubliceerde cijfers 2013–2025',
  datasets: ['kerncijfers'],
  kind: 'dot',
  notes: [
    'Losse cijfers die CBS en staatvanhetmkb.nl publiceerden, met de afbakening van de publicatie: “uitstaand krediet aan mkb” (eind 2013) en “uitstaande bankfinanciering aan mkb” (juli 2021) zijn niet precies hetzelfde begrip. Het cijfer voor alle niet-financiële bedrijven (maart 2025) staat ter vergelijking.',
    'Aantallen klanten, veranderingen en aandelen staan alleen in de tabel: ze hebben een andere eenheid.',
  ],
  substitute:
    'Het Jaarbericht toont de uitstaande kredietverlening aan het mkb als reeks. Die reeks is niet als open data beschikbaar; de maandreeks van DNB voor alle niet-financiële bedrijven staat in de figuur over zakelijke kredietverlening.',
  build: (data) =>
    singleFiguresContent({
      dataset: 'kerncijfers',
      rows: [...figuresOf(data.kerncijfers, 'bankkrediet_mkb'), ...figuresOf(data.kerncijfers, 'bankkrediet_totaal')].sort(byPeriod),
      chart: 'dot',
      drawn: (row) => inBillions(row.unit) && row.value > 0,
      group: (row) => (row.topic === 'bankkrediet_totaal' ? 'Alle niet-financiële bedrijven' : 'Mkb'),
      label: (row) => `${figurePeriod(row)}: ${row.series}`,
      series: (row) =>
        row.topic === 'bankkrediet_totaal' ? { key: 'totaal', label: 'Alle niet-financiële bedrijven' } : { key: 'mkb', label: 'Mkb' },
      describe: (row) => `€ ${formatNumber(row.value, 1)} mld`,
      format: (v) => `€ ${formatNumber(v, 1)} mld`,
      what: 'gepubliceerde bedragen aan uitstaand bankkrediet aan het mkb en aan alle niet-financiële bedrijven',
      caption: 'Bankkrediet aan het mkb: alle gepubliceerde cijfers',
      tableOnly:
        'Aantallen klanten, veranderingen en aandelen staan alleen in de tabel: ze hebben een andere eenheid dan de bedragen in de grafiek.',
      keyFigure: {
        row: (rows) => rows.filter((r) => r.topic === 'bankkrediet_mkb').at(-1),
        label: 'Uitstaande bankfinanciering aan het mkb',
      },
    }),
};
