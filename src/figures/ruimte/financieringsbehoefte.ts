import { comparePeriodCodes } from '../../lib/period.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { needKey, shortYear, sizeClasses, surveyContent, surveyNotes, surveyPoints } from './survey.ts';

export const financieringsbehoefte: FigureSpec = {
  id: 'financieringsbehoefte',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Financieringsbehoefte naar grootteklasse en jaar',
  subtitle: (c) =>
    `Aandeel mkb-bedrijven met een nieuwe externe financieringsbehoefte in procenten, met 95%-marge, meetjaren ${c.span}; business economy, minstens 2 werkzame personen`,
  datasets: ['financiering'],
  kind: 'errorbar',
  notes: surveyNotes,
  build: (data) => {
    const points = surveyPoints(data, ['FM2025-4.1']).sort(
      (a, b) => sizeClasses.indexOf(a.sizeClass) - sizeClasses.indexOf(b.sizeClass) || comparePeriodCodes(b.period, a.period),
    );
    const latestMkb = points.find((p) => p.sizeClass.key === 'mkb');
    if (!latestMkb) throw new Error('figure data: no Financieringsmonitor estimate for the mkb as a whole (FM2025-4.1)');
    return surveyContent({
      drawn: points,
      group: (p) => p.sizeClass.label,
      label: shortYear,
      caption: 'Aandeel bedrijven met een nieuwe externe financieringsbehoefte naar grootteklasse en meetjaar, met 95%-marge',
      summary:
        'De grafiek toont per grootteklasse en meetjaar het aandeel mkb-bedrijven met een nieuwe externe financieringsbehoefte, met 95%-marges.',
      keyFigure: needKey(latestMkb),
    });
  },
};
