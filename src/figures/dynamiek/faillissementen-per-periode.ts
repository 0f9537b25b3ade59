import { timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import type { LeadWords } from '../sentence/lead.ts';
import { type NamedSeries, namedSeries } from '../vocabulary/series.ts';
import { bankruptcies, bankruptcyLead, bankruptcyNotes, bankruptcyTotalLead } from './bankruptcies.ts';

const periods = {
  month: { word: 'maand' },
  quarter: { word: 'kwartaal' },
  year: { word: 'jaar' },
} as const;

/** Which debtor types a figure draws, and how its texts say so after "per maand". */
interface Scope {
  lines: readonly NamedSeries[];
  title: string;
  subtitle: string;
  what: string;
  caption: string;
  /** The lead of the first line. */
  lead: LeadWords;
}

const { faillissementenTotaal, faillissementenBedrijven, faillissementenEenmanszaken, faillissementenNatuurlijkePersonen } = namedSeries;

const firms: Scope = {
  lines: [faillissementenBedrijven, faillissementenEenmanszaken],
  title: '',
  subtitle: '; bedrijven en instellingen en eenmanszaken, alle groottes',
  what: ' van bedrijven en instellingen en van eenmanszaken (alle groottes)',
  caption: '',
  lead: bankruptcyLead('bedrijven en instellingen'),
};

const byDebtorType: Scope = {
  lines: [faillissementenTotaal, faillissementenBedrijven, faillissementenEenmanszaken, faillissementenNatuurlijkePersonen],
  title: ' naar type gefailleerde',
  subtitle: ', naar type gefailleerde; alle groottes',
  what: ', in totaal en naar type gefailleerde (alle groottes)',
  caption: ' naar type gefailleerde',
  lead: bankruptcyTotalLead,
};

/** Uitgesproken faillissementen (82242NED) per month, quarter or year: one definition, a figure per period. */
function bankruptcyFigure({
  kind,
  scope,
  keyFigureLabel,
}: {
  kind: keyof typeof periods;
  scope: Scope;
  keyFigureLabel: string;
}): FigureSpec {
  const { word } = periods[kind];
  return {
    id: `faillissementen-per-${word}`,
    theme: 'dynamiek',
    title: `Faillissementen per ${word}${scope.title}`,
    // A view of one type of debtor names it instead of the figure's scope.
    subtitle: (c, view) =>
      `Aantal uitgesproken faillissementen per ${word}, ${c.span}${view.series ? `; ${view.series.value.label.toLowerCase()}, alle groottes` : scope.subtitle}`,
    datasets: ['faillissementen'],
    kind: 'line',
    notes: bankruptcyNotes,
    build: (data, view) =>
      timeSeriesContent(
        data,
        {
          lines: scope.lines.map((series) => ({ series, kind })),
          describe: bankruptcies,
          what: `het aantal uitgesproken faillissementen per ${word}${scope.what}`,
          caption: `Uitgesproken faillissementen per ${word}${scope.caption} (aantal), nieuwste ${word} eerst`,
          chart: { zero: true, yLabel: `aantal per ${word}` },
          keyFigureLabel,
          lead: scope.lead,
        },
        view,
      ),
  };
}

export const faillissementenPerMaand = bankruptcyFigure({
  kind: 'month',
  scope: firms,
  keyFigureLabel: 'Faillissementen van bedrijven en instellingen (alle groottes)',
});
export const faillissementenPerKwartaal = bankruptcyFigure({
  kind: 'quarter',
  scope: firms,
  keyFigureLabel: 'Faillissementen van bedrijven en instellingen',
});
export const faillissementenPerJaar = bankruptcyFigure({
  kind: 'year',
  scope: byDebtorType,
  keyFigureLabel: 'Faillissementen per jaar, totaal',
});
