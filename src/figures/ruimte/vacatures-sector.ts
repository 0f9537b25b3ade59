import { formatNumber } from '../../format/number.ts';
import { formatPeriod, formatPeriodWithStatus } from '../../format/period.ts';
import type { GeneratedData } from '../../lib/generated.ts';
import { comparePeriodCodes, yearEarlier } from '../../lib/period.ts';
import { seriesKey } from '../../lib/series-key.ts';
import { slugify } from '../../lib/slug.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureContent, FigureSpec } from '../figure-spec.ts';
import { familyMembers, findSeries, pointsOf, seriesCell } from '../select.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import { seriesChoices, type ViewSelection } from '../view-selection.ts';
import { type NamedSeries, seriesFamilies, vacancyDirection } from '../vocabulary/series.ts';
import { vacancies, vacancyLead, vacancyNotes, vacancyValues } from './vacancies.ts';

/** SBI 2008 sections ("G Handel"): one letter, a space, the name. */
const section = /^[A-U] /;

/** The SBI sections of 80472NED as named series along the sector dimension; "I Horeca" is "horeca" in an address. */
function sections(data: GeneratedData): NamedSeries[] {
  const found = familyMembers(data, seriesFamilies.openstaandeVacatures, {
    test: (s) => section.test(s.categoryLabel),
    slug: (s) => slugify(s.categoryLabel.replace(section, '')),
  });
  if (found.length === 0) throw new Error('figure data: no SBI sections in vacatures.json');
  return found;
}

/** The figure's default: the latest quarter per section as bars, with a year earlier in the table. */
function latestQuarter(data: GeneratedData, named: NamedSeries[]): FigureContent {
  const series = named.map((n) => findSeries(data, n));
  const quarters = series.flatMap((s) => pointsOf(s, 'quarter').map((p) => p.period)).sort(comparePeriodCodes);
  const first = quarters[0]!;
  const latest = quarters.at(-1)!;
  const yearBefore = yearEarlier(latest)!;
  const rows = series
    .map((s) => {
      const points = pointsOf(s, 'quarter');
      return { series: s, now: points.find((p) => p.period === latest), before: points.find((p) => p.period === yearBefore) };
    })
    .filter((r): r is typeof r & { now: NonNullable<typeof r.now> } => r.now !== undefined)
    .sort((a, b) => b.now.value - a.now.value);
  const status = rows[0]?.now.status ?? 'onbekend';
  const bars = rows.map((r) => ({ key: seriesKey(r.series), label: r.series.categoryLabel, value: r.now.value }));
  const top = rows.slice(0, 3).map((r) => `${r.series.categoryLabel} (${vacancies(r.now.value)})`);
  const most = rows[0];
  if (!most) throw new Error(`figure data: no SBI section has open vacancies for ${latest}`);
  const keyFigure = keyFigureOf(
    {
      label: `Openstaande vacatures, ${most.series.categoryLabel}`,
      data: seriesCell('vacatures', most.series, most.now),
      previous: most.before ? seriesCell('vacatures', most.series, most.before) : undefined,
      status,
      describe: vacancies,
      better: vacancyDirection,
    },
    { ...vacancyLead(''), clause: (v) => `stonden de meeste vacatures open in de sector ${most.series.categoryLabel}: ${v}` },
  );
  return {
    charts: [
      {
        spec: { kind: 'bar', rows: bars, options: { formatValue: (v) => formatNumber(v, 1) } },
        targets: bars.map((b) => ({ y: b.key, label: `${b.label}, ${formatPeriod(latest)}: ${vacancies(b.value)}` })),
      },
    ],
    table: {
      caption: `Openstaande vacatures naar sector (× 1 000), ${formatPeriod(latest)} en een jaar eerder`,
      columns: ['Sector', formatPeriodWithStatus(latest, status), formatPeriod(yearBefore)],
      rows: rows.map((r) => ({
        header: r.series.categoryLabel,
        cells: [
          { text: formatNumber(r.now.value, 1), data: seriesCell('vacatures', r.series, r.now), label: r.series.categoryLabel },
          r.before
            ? { text: formatNumber(r.before.value, 1), data: seriesCell('vacatures', r.series, r.before), label: r.series.categoryLabel }
            : { text: '–' },
        ],
      })),
    },
    summary: `De grafiek toont het aantal openstaande vacatures per sector aan het einde van het ${formatPeriod(latest)}. De meeste vacatures: ${top.join(', ')}.`,
    sources: [...new Set(series.map((s) => s.source))],
    provisional: false,
    keyFigure,
    choices: { series: seriesChoices(named.map((n) => n.dimensions)), span: { first, last: latest }, defaultPeriod: 'Laatste kwartaal' },
  };
}

/** A section over time, or every section as small multiples on one scale (the overview). */
function overTime(data: GeneratedData, named: NamedSeries[], view: ViewSelection): FigureContent {
  const content = timeSeriesContent(
    data,
    {
      lines: named.map((series) => ({ series, kind: 'quarter' as const })),
      ...vacancyValues,
      what: view.series
        ? 'het aantal openstaande vacatures per kwartaal'
        : 'het aantal openstaande vacatures per kwartaal in elke SBI-sectie (op één schaal)',
      caption: 'Openstaande vacatures naar sector (× 1 000), nieuwste kwartaal eerst',
      chart: { zero: true, yLabel: '× 1 000', multiples: true, formatValue: (v) => formatNumber(v, 1) },
      keyFigureLabel: 'Openstaande vacatures',
      // No clause: a section's lead reads "<section>, <quarter>: <vacancies>".
      lead: { words: 'count' },
    },
    view,
  );
  // Without a section picked, the figure's own default is the latest quarter, not every period.
  return view.series || !content.choices ? content : { ...content, choices: { ...content.choices, defaultPeriod: 'Laatste kwartaal' } };
}

export const vacaturesSector: FigureSpec = {
  id: 'vacatures-sector',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Openstaande vacatures naar sector',
  // The default is the latest quarter; a view shows a section, or every section, over time.
  subtitle: (c, view) =>
    `Openstaande vacatures aan het einde van ${view.series || view.period ? 'elk kwartaal' : `het ${c.last}`} naar SBI-sectie, × 1 000${view.series || view.period ? `, ${c.span}` : ''}; alle groottes samen (de tabel kent alleen de grootteklassen van CBS: 0–10, 10–100, 100+ werkzame personen)`,
  datasets: ['vacatures'],
  kind: 'bar',
  notes: [
    vacancyNotes[0]!,
    'Sectoren: de secties van de Standaard Bedrijfsindeling (SBI 2008). De cijfers gelden voor bedrijven van alle groottes; een uitsplitsing van sector naar grootteklasse geeft de tabel niet.',
    'In het overzicht door de tijd staan alle secties op dezelfde schaal, zodat de hoogte van de lijnen te vergelijken is; kleine sectoren lijken daardoor vlak. Elke sectie heeft een eigen pagina met een eigen schaal.',
  ],
  build: (data, view = {}) => {
    const named = sections(data);
    const latest = latestQuarter(data, named);
    if (!view.series && !view.period) return latest;
    const content = overTime(data, named, view);
    // Every section over some years: the lead is the default's, the latest quarter every such view ends with.
    return view.series ? content : { ...content, keyFigure: latest.keyFigure };
  },
};
