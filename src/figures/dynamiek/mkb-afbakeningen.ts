import { formatNumber } from '../../format/number.ts';
import { figurePeriod, singleFiguresContent } from '../build/single-figures.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf } from '../select.ts';

const counted = (unit: string) => /^(aantal|bedrijven)/.test(unit);

// Short headings for the publications' long measure names; an unknown measure keeps its own name.
const headings: Record<string, string> = {
  'aantal actieve bedrijven business economy': 'Alle actieve bedrijven, business economy',
  'aantal mkb-bedrijven': 'Mkb-bedrijven, inclusief zzp',
  'aantal mkb-bedrijven business economy (populatie Financieringsmonitor, >=2 wp)': 'Mkb, business economy, 2 of meer werkzame personen',
};

export const mkbAfbakeningen: FigureSpec = {
  id: 'mkb-afbakeningen',
  theme: 'dynamiek',
  title: 'Aantal mkb-bedrijven volgens andere afbakeningen',
  subtitle: (c) =>
    `Aantal bedrijven in het mkb volgens verschillende afbakeningen, losse gepubliceerde cijfers ${c.where((d) => counted(d.unit)).yearSpan}`,
  datasets: ['kerncijfers'],
  kind: 'dot',
  notes: [
    'Elk punt is een los cijfer uit een publicatie (de bron staat in de tabel), geen reeks: de punten zijn niet verbonden en er is geen lijn door getrokken.',
    'Het aantal hangt sterk af van de afbakening: het hele mkb (inclusief zzp’ers) telt ruim 1,5 miljoen bedrijven; de populatie van de Financieringsmonitor (mkb in de business economy met minstens 2 werkzame personen) ruim 300 duizend.',
    'Afgeronde cijfers zoals gepubliceerd; de periode staat erbij zoals de publicatie hem noemt (“begin 2024”).',
  ],
  substitute:
    'De samenstelling naar grootteklasse staat als reeks in de figuur ‘Aantal bedrijven naar grootteklasse’ (CBS 81589NED, 2007–2022), maar die reeks heeft geen grens bij 250 werkzame personen en loopt tot 2022. Hier staan de losse gepubliceerde totalen van het mkb: elk met een eigen afbakening, sommige van na 2022. Ze zijn niet met elkaar of met de reeks te vergelijken als één ontwikkeling.',
  build: (data) =>
    singleFiguresContent({
      dataset: 'kerncijfers',
      rows: figuresOf(data.kerncijfers, 'bedrijven_mkb'),
      chart: 'dot',
      legend: false,
      drawn: (row) => counted(row.unitName),
      group: (row) => headings[row.series] ?? row.series,
      label: (row) => figurePeriod(row),
      series: (row) => ({ key: row.category, label: row.category }),
      describe: (row) => `${formatNumber(row.value, 0)} bedrijven`,
      format: (v) => formatNumber(v, 0),
      what: 'gepubliceerde aantallen bedrijven in het mkb, naar afbakening',
      caption: 'Aantal mkb-bedrijven: alle gepubliceerde cijfers',
      tableOnly: 'De groei van het aantal mkb-bedrijven (in procenten) staat alleen in de tabel: het is geen aantal.',
      keyFigure: {
        row: (rows) => rows.find((r) => r.series === 'aantal mkb-bedrijven' && r.period_text === '2024 begin'),
        label: 'Mkb-bedrijven (inclusief zzp)',
      },
    }),
};
