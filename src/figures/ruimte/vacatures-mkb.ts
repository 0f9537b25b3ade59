import { formatNumber } from '../../format/number.ts';
import { cellRef } from '../build/derived.ts';
import { mkbReferences } from '../build/mkb-references.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { byPeriod, figuresOf, hasValue } from '../select.ts';
import { namedSeries } from '../vocabulary/series.ts';
import { publishedVacancyValues, vacancyLead, vacancyValues } from './vacancies.ts';

/** The published size classes the line sums (80472NED: 0–10 and 10–100 werkzame personen). */
const lineParts = [namedSeries.openstaandeVacatures0Tot10, namedSeries.openstaandeVacatures10Tot100] as const;

export const vacaturesMkb: FigureSpec = {
  id: 'vacatures-mkb',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Openstaande vacatures bij bedrijven tot 100 werkzame personen, en losse cijfers voor het mkb',
  subtitle: (c) =>
    `Openstaande vacatures bij bedrijven met minder dan 100 werkzame personen (lijn, × 1 000, ${c.column(namedSeries.vacaturesMinderDan100.label).span}; grootteklassen van CBS: 0–10, 10–100, 100+ werkzame personen) en gepubliceerde cijfers voor het mkb (punten, ${c.where((d) => d.dataset === 'kerncijfers').yearSpan})`,
  datasets: ['conjunctuur', 'vacatures', 'kerncijfers'],
  kind: 'line',
  notes: [
    'De lijn telt de vacatures bij bedrijven met 0–10 en 10–100 werkzame personen uit CBS-tabel 80472NED bij elkaar op (de reeks die ook de MKBarometer gebruikt): elk getal ervan is afgeleid, de som van twee gepubliceerde getallen. Het mkb loopt tot 250 werkzame personen; de vacatures bij bedrijven met 100 tot 250 werkzame personen ontbreken dus in de lijn.',
    'De punten zijn losse cijfers over het mkb (minder dan 250 werkzame personen) die op staatvanhetmkb.nl zijn gepubliceerd, afgerond op duizendtallen. Ze hebben niet allemaal dezelfde afbakening (met of zonder overheid en onderwijs, alleen de business economy); de tabel noemt per cijfer de afbakening.',
  ],
  substitute:
    'Het Jaarbericht toont de vacatures in het mkb als reeks. CBS publiceert de vacatures alleen met de grens bij 100 werkzame personen; daarom staat hier de reeks onder 100 werkzame personen, met de gepubliceerde mkb-cijfers als losse punten.',
  build: (data, view) => {
    const mkb = figuresOf(data.kerncijfers, 'vacatures_mkb', (r) => /^mkb( totaal|, business economy)$/.test(r.category))
      .filter(hasValue)
      .sort(byPeriod);
    const definition = (row: (typeof mkb)[number]) => /\((?:einde kwartaal)?,?\s*(.*?)\)/.exec(row.series)?.[1]?.trim() ?? '';
    return timeSeriesContent(
      data,
      {
        lines: [
          {
            series: namedSeries.vacaturesMinderDan100,
            kind: 'quarter',
            // The build sums two published size classes: each number of the line is derived.
            derived: (period) => ({
              kind: 'difference',
              plus: lineParts.map((part) => ({ ...cellRef(part, period), dataset: part.dataset })),
              minus: [],
            }),
          },
        ],
        references: mkbReferences(mkb, { dataset: 'kerncijfers', definition, ...publishedVacancyValues }),
        ...vacancyValues,
        what: 'het aantal openstaande vacatures bij bedrijven met minder dan 100 werkzame personen, met gepubliceerde mkb-cijfers als losse punten',
        caption: 'Openstaande vacatures: minder dan 100 werkzame personen en losse mkb-cijfers (× 1 000), nieuwste kwartaal eerst',
        chart: { zero: true, yLabel: '× 1 000', formatValue: (v) => formatNumber(v, 0) },
        keyFigureLabel: 'Openstaande vacatures, minder dan 100 werkzame personen',
        lead: vacancyLead('bedrijven met minder dan 100 werkzame personen'),
      },
      view,
    );
  },
};
