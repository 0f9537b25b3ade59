import type { FigureSpec } from '../../figures/figure-spec.ts';
import { figures } from '../../figures/index.ts';
import { themeById } from '../../figures/themes.ts';
import { type PeriodPick, type SeriesPick, spanMonths, type ViewChoices, type ViewSelection } from '../../figures/view-selection.ts';
import { dimensionNames } from '../../figures/vocabulary/series.ts';
import type { GeneratedData } from '../generated.ts';
import { slugify } from '../slug.ts';
import { type Crumb, figureUrl, homeCrumb, themeUrl } from './site.ts';

/**
 * The views of a figure, each a page of its own: /figuren/<id>/<series>/<period>/ ("horeca/10-jaar"). The
 * choices come from the figure's content (its series' dimension values and its span), never from a list per
 * figure. The view set is one dimension at a time (every series, or one of them) times the periods (the
 * figure's default, every period when that differs, the last 10 and 5 years when the series are longer):
 * combinations of several series would multiply the pages, downloads and embeds without a reader asking for them.
 */

/** Period choices in years, longest first; one is offered when the figure's series span more than that. */
export const periodYears = [10, 5] as const;

export interface SeriesOption {
  /** URL segment; empty for every series. */
  slug: string;
  label: string;
  pick: SeriesPick | undefined;
}

export interface PeriodOption {
  /** URL segment; empty for the figure's default period. */
  slug: string;
  label: string;
  pick: PeriodPick | undefined;
}

export interface FigureViewDef {
  spec: FigureSpec;
  /** The view's path below the figure's page ("horeca/10-jaar"); empty for the figure's own page. */
  slug: string;
  selection: ViewSelection;
  series: SeriesOption;
  period: PeriodOption;
  /** What the view shows beyond the figure's default ("Horeca, laatste 10 jaar"); empty for the default. */
  label: string;
}

export interface FigureViews {
  spec: FigureSpec;
  /** Every view, the figure's default first. */
  views: FigureViewDef[];
  /** What the series choice is called ("Sector"), when there is one. */
  seriesHeading: string;
  series: SeriesOption[];
  /** The period options per series option (by its slug): a series may span other years than the figure. */
  periods: Map<string, PeriodOption[]>;
}

/** URL segments a series may not take: the period choices and the table page. */
const reserved = new Set(['tabel', 'alles', ...periodYears.map((n) => `${n}-jaar`)]);

function periodOptions(choices: ViewChoices | undefined): PeriodOption[] {
  const span = choices?.span;
  const since = span ? `Sinds ${span.first.slice(0, 4)}` : 'Alle perioden';
  const options: PeriodOption[] = [{ slug: '', label: choices?.defaultPeriod ?? since, pick: undefined }];
  if (!span) return options;
  if (choices.defaultPeriod) options.push({ slug: 'alles', label: since, pick: 'all' });
  for (const years of periodYears) {
    if (spanMonths(span) > 12 * years) options.push({ slug: `${years}-jaar`, label: `Laatste ${years} jaar`, pick: { years } });
  }
  return options;
}

/** Along one dimension its own words ("Sector", "Alle sectoren"); along several, a series is just a series. */
function seriesNames(choices: ViewChoices | undefined): { name: string; all: string } {
  const dimensions = choices?.series ?? [];
  return dimensions.length === 1 ? dimensionNames[dimensions[0]!.dimension] : { name: 'Reeks', all: 'Alle reeksen' };
}

function seriesOptions(choices: ViewChoices | undefined, id: string): SeriesOption[] {
  const options: SeriesOption[] = [{ slug: '', label: seriesNames(choices).all, pick: undefined }];
  for (const { dimension, values } of choices?.series ?? []) {
    for (const value of values) {
      const slug = value.slug ?? slugify(value.label);
      if (reserved.has(slug) || options.some((o) => o.slug === slug))
        throw new Error(`figure ${id}: the series "${value.label}" would get the address segment "${slug}", which is taken`);
      options.push({ slug, label: value.label, pick: { dimension, value } });
    }
  }
  return options;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const cache = new WeakMap<GeneratedData, Map<string, FigureViews>>();

/** The views of one figure on this data (once per build). */
export function figureViews(spec: FigureSpec, data: GeneratedData): FigureViews {
  const byFigure = cache.get(data) ?? new Map<string, FigureViews>();
  cache.set(data, byFigure);
  const cached = byFigure.get(spec.id);
  if (cached) return cached;
  const choices = spec.build(data).choices;
  const series = seriesOptions(choices, spec.id);
  const periods = new Map<string, PeriodOption[]>();
  const views: FigureViewDef[] = [];
  for (const s of series) {
    const own = s.pick ? spec.build(data, { series: s.pick }).choices : choices;
    const options = periodOptions(own);
    periods.set(s.slug, options);
    for (const p of options) {
      const selection: ViewSelection = { ...(s.pick ? { series: s.pick } : {}), ...(p.pick ? { period: p.pick } : {}) };
      // Every series over a period is a view of its own where the figure's default shows them otherwise
      // ("Alle sectoren, sinds 1997" beside the latest quarter); elsewhere the period alone says it.
      const named = s.pick !== undefined || (p.pick !== undefined && own?.defaultPeriod !== undefined);
      const label = [named ? s.label : '', p.pick ? (named ? lowerFirst(p.label) : p.label) : ''].filter(Boolean).join(', ');
      views.push({ spec, slug: [s.slug, p.slug].filter(Boolean).join('/'), selection, series: s, period: p, label });
    }
  }
  const result = { spec, views, seriesHeading: seriesNames(choices).name, series, periods };
  byFigure.set(spec.id, result);
  return result;
}

/** Every view of every figure, the figures in their listing order. */
export function allViews(data: GeneratedData): FigureViewDef[] {
  return figures.flatMap((spec) => figureViews(spec, data).views);
}

/** The figure's own page (its default view). */
export function defaultView(spec: FigureSpec, data: GeneratedData): FigureViewDef {
  return figureViews(spec, data).views[0]!;
}

/** "/figuren/<id>/" or "/figuren/<id>/horeca/10-jaar/". */
export function viewUrl(def: Pick<FigureViewDef, 'spec' | 'slug'>): string {
  return `${figureUrl(def.spec.id)}${def.slug ? `${def.slug}/` : ''}`;
}

/**
 * The breadcrumbs above a view's page: home, the figure's theme and, for a view other than the default, the
 * figure. With `below`, for a page under the view (its whole table), the figure and the view itself too.
 */
export function viewCrumbs(def: Pick<FigureViewDef, 'spec' | 'slug' | 'label'>, below = false): Crumb[] {
  const theme = themeById(def.spec.theme);
  const crumbs = [homeCrumb, { href: themeUrl(theme.id), label: theme.title }];
  if (def.slug || below) crumbs.push({ href: figureUrl(def.spec.id), label: def.spec.title });
  if (def.slug && below) crumbs.push({ href: viewUrl(def), label: def.label });
  return crumbs;
}

/** The page with a view's whole table: "/figuren/<id>/tabel/", "/figuren/<id>/horeca/tabel/". */
export function tableUrl(def: Pick<FigureViewDef, 'spec' | 'slug'>): string {
  return `${viewUrl(def)}tabel/`;
}

export interface ViewLink {
  label: string;
  href: string;
  current: boolean;
}

/**
 * The choices on a view's page: every series option (with the view's period when that series has it, else its
 * default) and every period option of the view's series.
 */
export function viewLinks(def: FigureViewDef, data: GeneratedData): { seriesHeading: string; series: ViewLink[]; periods: ViewLink[] } {
  const all = figureViews(def.spec, data);
  const find = (series: string, period: string) => all.views.find((v) => v.series.slug === series && v.period.slug === period);
  const series = all.series.map((s) => {
    const target = find(s.slug, def.period.slug) ?? find(s.slug, '')!;
    return { label: s.label, href: viewUrl(target), current: s.slug === def.series.slug };
  });
  const periods = (all.periods.get(def.series.slug) ?? []).map((p) => ({
    label: p.label,
    href: viewUrl(find(def.series.slug, p.slug)!),
    current: p.slug === def.period.slug,
  }));
  return { seriesHeading: all.seriesHeading, series: series.length > 1 ? series : [], periods: periods.length > 1 ? periods : [] };
}

/** getStaticPaths of the routes with a file per view (/figuren/<id>/[...view]/…, /embed/<id>/[...view]/). */
export function viewPaths(data: GeneratedData): { params: { id: string; view: string | undefined }; props: { def: FigureViewDef } }[] {
  return allViews(data).map((def) => ({ params: { id: def.spec.id, view: def.slug || undefined }, props: { def } }));
}
