import { formatNumber } from '../../format/number.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf } from '../select.ts';

const isTotal = (category: string) => category === 'mkb totaal';
const kindOf = (series: string) => (series.startsWith('oprichtingen') ? 'oprichtingen' : 'opheffingen');
// The publications do not all count the same firms ("opheffingen mkb-bedrijven (business economy)"): a group per definition.
const definitionOf = (series: string) => /\((.*)\)/.exec(series)?.[1];
const groupOf = (series: string) => {
  const definition = definitionOf(series);
  return `${kindOf(series) === 'oprichtingen' ? 'Oprichtingen' : 'Opheffingen'}, mkb${definition ? ` (${definition})` : ' totaal'}`;
};

export const oprichtingenOpheffingenMkb: FigureSpec = {
  id: 'oprichtingen-opheffingen-mkb',
  theme: 'dynamiek',
  title: 'Oprichtingen en opheffingen in het mkb',
  subtitle: (c) => `Aantal opgerichte en opgeheven mkb-bedrijven per kwartaal, losse gepubliceerde cijfers ${c.yearSpan}`,
  datasets: ['kerncijfers'],
  kind: 'dot',
  notes: [
    'Losse cijfers die CBS op staatvanhetmkb.nl publiceerde, afgerond zoals gepubliceerd (“bijna 61 duizend”). Het zijn geen opeenvolgende kwartalen: daarom staan ze als punten, niet als lijn.',
    'Mkb: bedrijven met minder dan 250 werkzame personen, inclusief zzp’ers. Niet elke publicatie telt dezelfde bedrijven: cijfers voor de business economy (het niet-financiële bedrijfsleven) staan in een eigen groep. De cijfers voor bedrijven met 10 tot 50 werkzame personen gelden voor de business economy.',
  ],
  substitute:
    'Het Jaarbericht toont oprichtingen en opheffingen per kwartaal over een reeks jaren. Als open data zijn alleen deze losse kwartaalcijfers beschikbaar; ze staan hier zonder verbindende lijn.',
  build: (data) =>
    singleFiguresContent({
      dataset: 'kerncijfers',
      rows: figuresOf(data.kerncijfers, 'bedrijvendynamiek_mkb').sort(byPeriod),
      chart: 'dot',
      legend: false,
      drawn: (row) => isTotal(row.category),
      group: (row) => groupOf(row.series),
      label: (row) => figurePeriod(row),
      series: (row) =>
        kindOf(row.series) === 'oprichtingen'
          ? { key: 'oprichtingen', label: 'Oprichtingen' }
          : { key: 'opheffingen', label: 'Opheffingen' },
      describe: (row) => `${formatNumber(row.value, 0)} ${kindOf(row.series)}`,
      format: (v) => formatNumber(v, 0),
      what: 'gepubliceerde aantallen oprichtingen en opheffingen van mkb-bedrijven per kwartaal',
      caption: 'Oprichtingen en opheffingen in het mkb: alle gepubliceerde cijfers',
      tableOnly:
        'De cijfers voor bedrijven met 10 tot 50 werkzame personen (enkele tientallen tot honderden per kwartaal) staan alleen in de tabel: op dezelfde as als het hele mkb zouden ze niet te lezen zijn.',
      keyFigure: { row: (rows) => rows.filter((r) => kindOf(r.series) === 'oprichtingen').at(-1), label: 'Oprichtingen van mkb-bedrijven' },
      lead: {
        clause: (v, row) => `werden ${v} mkb-bedrijven ${kindOf(row.series) === 'oprichtingen' ? 'opgericht' : 'opgeheven'}`,
        value: (v) => formatNumber(v, 0),
        words: 'count',
      },
      // The headline is the number of start-ups: more is better.
      better: 'higher',
    }),
};
