import { formatPeriod } from '../../format/period.ts';
import { latestPeriodCode } from '../../lib/period.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { describePoint, measures, type SurveyPoint, surveyContent, surveyNotes, surveyPoints } from './survey.ts';

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
  build: (data) => {
    const all = surveyPoints(
      data,
      measures.map((m) => m.id),
    );
    const latestOf = (measure: SurveyPoint['measure']) => latestPeriodCode(all.filter((p) => p.measure === measure).map((p) => p.period));
    const latest = all.filter((p) => p.period === latestOf(p.measure));
    const group = (p: (typeof all)[number]) => `${p.measure.label}, ${formatPeriod(p.period)}`;
    // The headline is the success of applications: the need alone has a figure of its own (financieringsbehoefte).
    const success = latest.find((p) => p.measure.id === 'FM2024-7.1.1' && p.sizeClass.key === 'mkb');
    if (!success) throw new Error('figure data: no Financieringsmonitor estimate of successful applications for the mkb (FM2024-7.1.1)');
    return surveyContent({
      drawn: latest,
      listed: all,
      group,
      label: (p) => p.sizeClass.label,
      caption: 'Financieringsmonitor: aandelen naar grootteklasse en meetjaar, met 95%-marge',
      summary: `De grafiek toont per maatstaf van de Financieringsmonitor het aandeel bedrijven naar grootteklasse in het laatste meetjaar, met 95%-marges. ${latest.map((p) => `${group(p)}, ${p.sizeClass.label}: ${describePoint(p)}`).join('; ')}.`,
      keyFigure: {
        point: success,
        label: 'Mkb-bedrijven met een (deels) succesvolle financieringsaanvraag',
        clause: (v) => `was de financieringsaanvraag van ${v} van de mkb-bedrijven met een aanvraag (deels) succesvol`,
        // More successful applications is more financing found.
        better: 'higher',
      },
      legend: true,
    });
  },
};
