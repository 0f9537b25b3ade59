import { comparePeriodCodes } from '../../lib/period.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { needKey, pickedPoints, shortYear, sizeClasses, surveyContent, surveyNotes, surveyPoints } from './survey.ts';

export const financieringsbehoefte: FigureSpec = {
  id: 'financieringsbehoefte',
  theme: 'ruimte-om-te-ondernemen',
  title: 'Financieringsbehoefte naar grootteklasse en jaar',
  subtitle: (c) =>
    `Aandeel mkb-bedrijven met een nieuwe externe financieringsbehoefte in procenten, met 95%-marge, meetjaren ${c.span}; business economy, minstens 2 werkzame personen`,
  datasets: ['financiering'],
  kind: 'errorbar',
  notes: surveyNotes,
  build: (data, view = {}) => {
    const all = surveyPoints(data, ['FM2025-4.1']).sort(
      (a, b) => sizeClasses.indexOf(a.sizeClass) - sizeClasses.indexOf(b.sizeClass) || comparePeriodCodes(b.period, a.period),
    );
    const points = pickedPoints(all, view);
    // The newest estimate of the size class the view picks, else of the mkb as a whole.
    const latest = points.find((p) => p.sizeClass.key === (view.series?.value.code ?? 'mkb'));
    if (!latest)
      throw new Error(`figure data: no Financieringsmonitor estimate for ${view.series?.value.label ?? 'the mkb as a whole'} (FM2025-4.1)`);
    const which = view.series ? `voor de grootteklasse ${view.series.value.label}` : 'per grootteklasse';
    return surveyContent({
      drawn: points,
      group: (p) => p.sizeClass.label,
      label: shortYear,
      caption: 'Aandeel bedrijven met een nieuwe externe financieringsbehoefte naar grootteklasse en meetjaar, met 95%-marge',
      summary: `De grafiek toont ${which} en meetjaar het aandeel mkb-bedrijven met een nieuwe externe financieringsbehoefte, met 95%-marges.`,
      keyFigure: needKey(latest),
      view,
      all,
    });
  },
};
