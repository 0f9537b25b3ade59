import { formatNumber } from '../../format/number.ts';
import { formatPeriod, formatPeriodWithStatus } from '../../format/period.ts';
import { latestPeriodCode, yearEarlier } from '../../lib/period.ts';
import { seriesKey } from '../../lib/series-key.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { familySeries, pointsOf, seriesCell } from '../select.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import { seriesFamilies, vacancyDirection } from '../vocabulary/series.ts';
import { vacancies, vacancyLead, vacancyNotes } from './vacancies.ts';

/** SBI 2008 sections ("G Handel"): one letter, a space, the name. */
const section = /^[A-U] /;

export const vacaturesSector: FigureSpec = {
  id: 'vacatures-sector',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Openstaande vacatures naar sector',
  subtitle: (c) =>
    `Openstaande vacatures aan het einde van het ${c.last} naar SBI-sectie, × 1 000; alle groottes samen (de tabel kent alleen de grootteklassen van CBS: 0–10, 10–100, 100+ werkzame personen)`,
  datasets: ['vacatures'],
  kind: 'bar',
  notes: [
    vacancyNotes[0]!,
    'Sectoren: de secties van de Standaard Bedrijfsindeling (SBI 2008). De cijfers gelden voor bedrijven van alle groottes; een uitsplitsing van sector naar grootteklasse geeft de tabel niet.',
  ],
  build: (data) => {
    const sections = familySeries(data, seriesFamilies.openstaandeVacatures).filter((s) => section.test(s.categoryLabel));
    if (sections.length === 0) throw new Error('figure data: no SBI sections in vacatures.json');
    const latest = latestPeriodCode(sections.flatMap((s) => pointsOf(s, 'quarter').map((p) => p.period)))!;
    const yearBefore = yearEarlier(latest)!;
    const rows = sections
      .map((s) => {
        const points = pointsOf(s, 'quarter');
        return { series: s, now: points.find((p) => p.period === latest), before: points.find((p) => p.period === yearBefore) };
      })
      .filter((r): r is typeof r & { now: NonNullable<typeof r.now> } => r.now !== undefined)
      .sort((a, b) => b.now.value - a.now.value);
    const status = rows[0]?.now.status ?? 'onbekend';
    const bars = rows.map((r) => ({ key: seriesKey(r.series), label: r.series.categoryLabel, value: r.now.value }));
    const top = rows.slice(0, 3).map((r) => `${r.series.categoryLabel} (${vacancies(r.now.value)})`);
    const first = rows[0];
    if (!first) throw new Error(`figure data: no SBI section has open vacancies for ${latest}`);
    const keyFigure = keyFigureOf(
      {
        label: `Openstaande vacatures, ${first.series.categoryLabel}`,
        data: seriesCell('vacatures', first.series, first.now),
        previous: first.before ? seriesCell('vacatures', first.series, first.before) : undefined,
        status,
        describe: vacancies,
        better: vacancyDirection,
      },
      { ...vacancyLead(''), clause: (v) => `stonden de meeste vacatures open in de sector ${first.series.categoryLabel}: ${v}` },
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
      sources: [...new Set(sections.map((s) => s.source))],
      provisional: false,
      keyFigure,
    };
  },
};
