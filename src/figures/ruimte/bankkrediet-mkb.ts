import { formatNumber } from '../../format/number.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf } from '../select.ts';

// Drawn: amounts outstanding only; changes, shares and counts are other measures (in the table).
const outstanding = (row: { series: string; unitName: string }) => row.unitName === 'mld euro' && /^uitstaa?nd/.test(row.series);

export const bankkredietMkb: FigureSpec = {
  id: 'bankkrediet-mkb',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Bankkrediet aan het mkb: losse gepubliceerde cijfers',
  subtitle: (c) =>
    `Uitstaand bankkrediet aan het mkb en aan alle niet-financiële bedrijven, in miljarden euro’s, losse cijfers uit publicaties, ${c.yearSpan}`,
  datasets: ['kerncijfers'],
  kind: 'dot',
  notes: [
    'Losse gepubliceerde cijfers; de tabel noemt bij elk cijfer de uitgever en de pagina waar het staat. De publicaties gebruiken niet allemaal hetzelfde begrip: “uitstaand krediet aan mkb” en “uitstaande bankfinanciering aan mkb” zijn niet precies hetzelfde. Het cijfer voor alle niet-financiële bedrijven staat ter vergelijking.',
    'Veranderingen, aandelen en aantallen klanten staan alleen in de tabel: het zijn andere maatstaven dan het uitstaande bedrag.',
  ],
  substitute:
    'Het Jaarbericht toont de uitstaande kredietverlening aan het mkb als reeks. Die reeks is niet als open data beschikbaar; de maandreeks van DNB voor alle niet-financiële bedrijven staat in de figuur over zakelijke kredietverlening.',
  build: (data) =>
    singleFiguresContent({
      dataset: 'kerncijfers',
      rows: [...figuresOf(data.kerncijfers, 'bankkrediet_mkb'), ...figuresOf(data.kerncijfers, 'bankkrediet_totaal')].sort(byPeriod),
      chart: 'dot',
      drawn: outstanding,
      group: (row) => (row.topic === 'bankkrediet_totaal' ? 'Alle niet-financiële bedrijven' : 'Mkb'),
      label: (row) => `${figurePeriod(row)}: ${row.series}`,
      series: (row) =>
        row.topic === 'bankkrediet_totaal' ? { key: 'totaal', label: 'Alle niet-financiële bedrijven' } : { key: 'mkb', label: 'Mkb' },
      describe: (row) => `€ ${formatNumber(row.value, 1)} mld`,
      format: (v) => `€ ${formatNumber(v, 1)} mld`,
      what: 'gepubliceerde bedragen aan uitstaand bankkrediet aan het mkb en aan alle niet-financiële bedrijven',
      caption: 'Bankkrediet aan het mkb: alle gepubliceerde cijfers',
      tableOnly:
        'Veranderingen, aandelen en aantallen klanten staan alleen in de tabel: het zijn andere maatstaven dan de uitstaande bedragen in de grafiek.',
      keyFigure: {
        row: (rows) => rows.filter((r) => r.topic === 'bankkrediet_mkb').at(-1),
        label: 'Uitstaande bankfinanciering aan het mkb',
      },
      lead: { clause: (v) => `stond er ${v} aan bankfinanciering aan het mkb uit` },
    }),
};
