import { formatPeriod } from '../../format/period.ts';
import { latestPeriodCode } from '../../lib/period.ts';
import type { FigureSpec } from '../figure-spec.ts';
import {
  classKey,
  describePoint,
  measures,
  pickedPoints,
  type SurveyPoint,
  successKey,
  surveyContent,
  surveyNotes,
  surveyPoints,
} from './survey.ts';

export const financieringsmonitor: FigureSpec = {
  id: 'financieringsmonitor',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Financieringsbehoefte, oriëntatie en succes naar grootteklasse',
  subtitle: () =>
    'Aandeel bedrijven in procenten met 95%-marge, laatste meetjaar van elke maatstaf; mkb in de business economy met minstens 2 werkzame personen',
  datasets: ['financiering'],
  kind: 'errorbar',
  notes: [
    ...surveyNotes,
    'Elke maatstaf heeft zijn eigen noemer: de behoefte geldt voor alle bedrijven, de oriëntatie voor bedrijven met een behoefte, het succes voor bedrijven die een aanvraag deden.',
  ],
  substitute:
    'Het Jaarbericht toont ook het aandeel bedrijven dat een aanvraag deed, naar grootteklasse. Dat aandeel staat niet per grootteklasse in de beschikbare tabellen; oriëntatie en succes zijn alleen voor het microbedrijf en het hele mkb gepubliceerd.',
  build: (data, view = {}) => {
    const all = surveyPoints(
      data,
      measures.map((m) => m.id),
    );
    const latestOf = (measure: SurveyPoint['measure']) => latestPeriodCode(all.filter((p) => p.measure === measure).map((p) => p.period));
    const latest = pickedPoints(
      all.filter((p) => p.period === latestOf(p.measure)),
      view,
    );
    const group = (p: (typeof all)[number]) => `${p.measure.label}, ${formatPeriod(p.period)}`;
    // The headline is the success of applications: the need alone has a figure of its own (financieringsbehoefte).
    // A view of one size class says its own class's success, or where that is not published its first estimate.
    const picked = view.series?.value.code ?? 'mkb';
    const success = latest.find((p) => p.measure.id === 'FM2024-7.1.1' && p.sizeClass.key === picked);
    const own = latest.find((p) => p.sizeClass.key === picked);
    if (!success && (!view.series || !own)) {
      throw new Error(`figure data: no Financieringsmonitor estimate of successful applications for ${picked} (FM2024-7.1.1)`);
    }
    return surveyContent({
      drawn: latest,
      listed: pickedPoints(all, view),
      group,
      label: (p) => p.sizeClass.label,
      caption: 'Financieringsmonitor: aandelen naar grootteklasse en meetjaar, met 95%-marge',
      summary: `De grafiek toont per maatstaf van de Financieringsmonitor het aandeel bedrijven ${view.series ? `in de grootteklasse ${view.series.value.label}` : 'naar grootteklasse'} in het laatste meetjaar, met 95%-marges. ${latest.map((p) => `${group(p)}, ${p.sizeClass.label}: ${describePoint(p)}`).join('; ')}.`,
      keyFigure: success ? successKey(success) : classKey(own!),
      legend: !view.series,
      view,
      all,
    });
  },
};
