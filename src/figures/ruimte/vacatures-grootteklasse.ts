import { formatNumber } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { latestPeriodCode } from '../../lib/period.ts';
import { seriesKey } from '../../lib/series-key.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { vacancies, vacancyClassSeries, vacancyLead, vacancyNotes, vacancyValues } from './vacancies.ts';

export const vacaturesGrootteklasse: FigureSpec = {
  id: 'vacatures-grootteklasse',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Openstaande vacatures naar bedrijfsgrootte',
  subtitle: (c) =>
    `Openstaande vacatures aan het einde van het kwartaal, × 1 000, ${c.span}; grootteklassen van CBS: 0–10, 10–100, 100+ werkzame personen`,
  datasets: ['vacatures'],
  kind: 'line',
  // The two loose figures for 2026KW02 once shown here cannot be traced to a publication (their URL is the
  // table's generic page; ../shared/sources/PROVENANCE.md, 2026-12-06): the figure is the open-data series alone.
  notes: vacancyNotes,
  build: (data, view) => {
    const content = timeSeriesContent(
      data,
      {
        lines: vacancyClassSeries.map((series) => ({ series, kind: 'quarter' as const })),
        ...vacancyValues,
        what: 'het aantal openstaande vacatures per kwartaal naar de grootteklassen van CBS',
        caption: 'Openstaande vacatures naar grootteklasse (× 1 000), nieuwste kwartaal eerst',
        chart: { zero: true, yLabel: '× 1 000', title: 'Per kwartaal' },
        keyFigureLabel: 'Openstaande vacatures, 0–10 werkzame personen',
        lead: vacancyLead('bedrijven met 0–10 werkzame personen'),
      },
      view,
    );
    // Second panel: the latest quarter of the series as bars (the same numbers as the table's top row); a view
    // of one size class has no comparison to draw.
    const classes = vacancyClassSeries.map((s) => ({ key: seriesKey(s), label: s.label }));
    const line = content.charts[0]!.spec;
    if (line.kind === 'line' && !view?.series) {
      const latest = latestPeriodCode(line.rows.map((r) => r.period))!;
      const bars = classes.flatMap((c, i) => {
        const row = line.rows.find((r) => r.series === `line-${i}` && r.period === latest);
        return row ? [{ key: c.key, label: c.label, value: row.value, series: c.key }] : [];
      });
      content.charts.push({
        title: `${formatPeriod(latest).replace(/^./, (c) => c.toUpperCase())}`,
        spec: { kind: 'bar', rows: bars, options: { formatValue: (v) => formatNumber(v, 1), series: classes } },
        targets: bars.map((b) => ({ y: b.key, label: `${b.label}, ${formatPeriod(latest)}: ${vacancies(b.value)}` })),
      });
    }
    return content;
  },
};
