import { formatNumber, formatPercent } from '../../format/number.ts';
import { formatPeriod, formatPeriodWithStatus } from '../../format/period.ts';
import { latestPeriodCode } from '../../lib/period.ts';
import { flagSuffix } from '../../lib/provenance/flags.ts';
import { isProvisional } from '../../lib/provisional.ts';
import { seriesKey } from '../../lib/series-key.ts';
import { cellRef, derivedCell } from '../build/derived.ts';
import type { CellData, FigureContent, FigureSpec, TableCell } from '../figure-spec.ts';
import { familySeries, seriesCell } from '../select.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import { seriesFamilies } from '../vocabulary/series.ts';
import { firmClasses, firmSizeClasses, mkbLimit } from '../vocabulary/size-classes.ts';
import { firms } from './firm-counts.ts';

const source = seriesFamilies.bedrijvenBedrijfstak.source;
const mkbClass = firmClasses.classes.find((c) => c.site === 'mkb')!;
const total = 'A-U';
const isSection = (category: string) => /^[A-U]$/.test(category);

interface Sector {
  code: string;
  label: string;
  mkb: CellData;
  large: CellData;
  all: CellData;
}

export const mkbGrootbedrijfSector: FigureSpec = {
  id: 'mkb-grootbedrijf-sector',
  theme: 'dynamiek',
  title: 'Mkb en grootbedrijf per sector',
  subtitle: (c) =>
    `Aantal bedrijven per SBI-sectie, ${c.last}${c.where((d) => d.flags.includes('voorlopig')).count > 0 ? ' (voorlopig)' : ''}: mkb (minder dan 250 werkzame personen, zoals CBS het publiceert) en grootbedrijf (250 of meer, afgeleid); CBS, tabel 81589NED`,
  datasets: ['bedrijven-bedrijfstak'],
  kind: 'bar',
  notes: [
    'CBS publiceert in tabel 81589NED het aantal bedrijven met 0 tot 250 werkzame personen: dat is het mkb. Het aantal grote bedrijven (250 of meer werkzame personen) staat niet in de tabel; het dashboard leidt het af als de som van de acht grootteklassen (1 tot 100 of meer werkzame personen) min het mkb. Zulke getallen zijn gemarkeerd als afgeleid.',
    'CBS rondt elk cijfer af op een veelvoud van 5. Een afgeleid aantal kan daardoor tot ongeveer 10 afwijken, en bij een sector met bijna geen grote bedrijven zelfs onder 0 uitkomen.',
    'De cijfers zijn voorlopig (een * achter de periode in de StatLine-download van 23 maart 2020); CBS kan ze nog bijstellen. Sectoren volgens SBI 2008; alle economische activiteiten samen zijn A–U.',
  ],
  build: (data) => sectorContent(data),
};

function sectorContent(data: Parameters<FigureSpec['build']>[0]): FigureContent {
  const series = familySeries(data, seriesFamilies.bedrijvenBedrijfstak);
  const find = (sizeClass: string, category: string) => {
    const found = series.find((s) => s.series === sizeClass && s.category === category);
    if (!found) throw new Error(`figure data: ${source}|${sizeClass}|${category} is not in src/generated/bedrijven-bedrijfstak.json`);
    return found;
  };
  const period = latestPeriodCode(
    find(mkbClass.code, total)
      .points.filter((p) => p.value !== null)
      .map((p) => p.period),
  )!;
  const status = find(mkbClass.code, total).points.find((p) => p.period === period)!.status;
  const values = new Map(
    series.flatMap((s) =>
      s.points.flatMap((p) =>
        p.value === null
          ? []
          : [[`${seriesKey(s)}#${p.period}`, seriesCell('bedrijven-bedrijfstak', s, { ...p, value: p.value })] as const],
      ),
    ),
  );
  const categories = [total, ...[...new Set(series.map((s) => s.category))].filter(isSection).sort()];

  const sectors: Sector[] = categories.map((code) => {
    const mkbSeries = find(mkbClass.code, code);
    const point = mkbSeries.points.find((p) => p.period === period && p.value !== null);
    if (!point || point.value === null) throw new Error(`figure data: ${seriesKey(mkbSeries)} has no value for ${period}`);
    const classes = firmSizeClasses.map((c) => cellRef(find(c.code, code), period));
    const mkb = seriesCell('bedrijven-bedrijfstak', mkbSeries, { ...point, value: point.value });
    const derived = (key: string, minus: boolean) =>
      derivedCell(
        'bedrijven-bedrijfstak',
        { source, series: key, category: code },
        period,
        mkbSeries.unitName,
        { kind: 'difference', plus: classes, minus: minus ? [cellRef(mkbSeries, period)] : [] },
        values,
      );
    return { code, label: mkbSeries.categoryLabel, mkb, large: derived(`${mkbLimit}+`, true), all: derived('totaal', false) };
  });

  const [whole, ...sections] = sectors as [Sector, ...Sector[]];
  const provisional = isProvisional(status);
  const when = formatPeriodWithStatus(period, status);
  const drawnLarge = sections.filter((s) => s.large.value >= 0);
  const belowZero = sections.filter((s) => s.large.value < 0);
  const bar = (s: Sector, cell: CellData) => ({ key: `${s.code}-${cell.series}`, label: s.label, value: cell.value, provisional });
  const largeText = (cell: CellData) => `${formatNumber(cell.value, 0)}${flagSuffix(cell.flags)}`;
  const mostLarge = [...sections].sort((a, b) => b.large.value - a.large.value)[0]!;

  const table = {
    caption: `Aantal bedrijven per sector, ${when}: mkb, grootbedrijf en alle bedrijven`,
    columns: [
      'Sector',
      'Mkb (0–250 werkzame personen)',
      'Grootbedrijf (250 of meer, afgeleid)',
      'Alle bedrijven (som van de grootteklassen, afgeleid)',
    ],
    rows: sectors.map((s) => ({
      header: s.label,
      cells: [
        { text: formatNumber(s.mkb.value, 0), data: s.mkb, label: `${s.label}, mkb` },
        { text: formatNumber(s.large.value, 0), data: s.large, label: `${s.label}, grootbedrijf (afgeleid)` },
        { text: formatNumber(s.all.value, 0), data: s.all, label: `${s.label}, alle bedrijven (afgeleid)` },
      ] satisfies TableCell[],
    })),
  };
  const share = (whole.mkb.value / whole.all.value) * 100;
  return {
    charts: [
      {
        title: `Mkb-bedrijven (minder dan 250 werkzame personen), ${when}`,
        spec: { kind: 'bar', rows: sections.map((s) => bar(s, s.mkb)), options: { formatValue: (v) => formatNumber(v, 0) } },
        targets: sections.map((s) => ({ y: bar(s, s.mkb).key, label: `${s.label}: ${firms(s.mkb.value)} in het mkb (${when})` })),
      },
      {
        title: `Grootbedrijf (250 of meer werkzame personen, afgeleid), ${when}`,
        spec: { kind: 'bar', rows: drawnLarge.map((s) => bar(s, s.large)), options: { formatValue: (v) => formatNumber(v, 0) } },
        targets: drawnLarge.map((s) => ({ y: bar(s, s.large).key, label: `${s.label}: ${largeText(s.large)} grote bedrijven (${when})` })),
      },
    ],
    table,
    summary:
      `De grafiek toont per sector het aantal mkb-bedrijven en het aantal grote bedrijven (afgeleid) in het ${formatPeriod(period)}${provisional ? ` (${status})` : ''}. ` +
      `In alle economische activiteiten samen (A–U) waren er ${firms(whole.mkb.value)} in het mkb en (afgeleid) ${formatNumber(whole.large.value, 0)} grote bedrijven: ${formatPercent(share, 1)} van de bedrijven was mkb. ` +
      `De meeste grote bedrijven (afgeleid) had ${mostLarge.label}: ${formatNumber(mostLarge.large.value, 0)}.`,
    sources: [source],
    provisional,
    keyFigure: keyFigureOf(
      { label: 'Mkb-bedrijven, alle economische activiteiten', data: whole.mkb, status, describe: firms, better: 'higher' },
      { clause: (value) => `telde het mkb (alle economische activiteiten) ${value}` },
    ),
    ...(belowZero.length > 0
      ? {
          tableOnly: `Niet getekend, alleen in de tabel: ${belowZero.map((s) => `${s.label} (${formatNumber(s.large.value, 0)})`).join(', ')}. Het afgeleide aantal grote bedrijven komt daar onder 0 uit: een afrondingsverschil, want CBS rondt elk cijfer af op een veelvoud van 5.`,
        }
      : {}),
  };
}
