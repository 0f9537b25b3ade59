import { refsOf } from '../../figures/build/derived.ts';
import type { CellData, FigureContent } from '../../figures/figure-spec.ts';
import { formatNumber, formatSigned } from '../../format/number.ts';
import { formatDate, formatPeriod } from '../../format/period.ts';
import { type ChangeCounts, type ChangesFile, changesArtefact, type DatasetChanges, type DropChanges } from '../../schemas/changes-file.ts';
import { generatedDir, readGenerated } from '../generated-file.ts';
import { nextPeriodCode, parsePeriodCode } from '../period.ts';
import { sitePath } from './site.ts';

export type { ChangeCounts, ChangesFile, DatasetChanges, DropChanges };

/**
 * src/generated/changes.json (written by scripts/build-data/changes.ts, shaped by src/schemas/changes-file.ts):
 * every drop, oldest first, compared with the drop before it. Counts are complete; the lists are capped
 * (`revised` at 200 per dataset).
 */
export function loadChanges(dir = generatedDir): ChangesFile {
  return readGenerated(changesArtefact, dir);
}

/** The changelog (/nieuw/) and one drop's page in it. */
export const changelogUrl = sitePath('/nieuw/');
export const dropUrl = (id: string) => sitePath(`/nieuw/${id}/`);

/** "17 juli 2026", with the id's suffix when there was more than one drop that day ("17 juli 2026 (2026-07-17b)"). */
export function dropDate(id: string): string {
  return id.length > 10 ? `${formatDate(id)} (${id})` : formatDate(id);
}

// Plain-Dutch counts: "1 herziene waarde", "1.234 herziene waarden", "geen herziene waarden".
const count = (n: number, one: string, many: string) => (n === 0 ? `geen ${many}` : `${formatNumber(n, 0)} ${n === 1 ? one : many}`);
const seriesCount = (n: number) => count(n, 'reeks', 'reeksen');

export interface RevisedRow {
  period: string;
  label: string;
  old: string;
  new: string;
  difference: string;
}

export interface DatasetView {
  name: string;
  title: string;
  /** Sentences: new periods, revised values, status changes, removed rows. */
  lines: string[];
  /** The revised values; `summary` labels the disclosure around the table ("Herziene waarden (3 rijen)"). */
  revised: { caption: string; summary: string; rows: RevisedRow[]; note?: string } | undefined;
}

export interface DropView {
  id: string;
  url: string;
  date: string;
  title: string;
  first: boolean;
  previous: { url: string; date: string } | undefined;
  /** One sentence on the whole drop. */
  summary: string;
  changed: DatasetView[];
  /** Titles of the datasets that did not change. */
  unchanged: string[];
  /** What the drop holds, per dataset: rows and the latest period with a value. */
  contents: { title: string; rows: string; latestPeriod: string }[];
}

/** The changelog: every drop, newest first. */
export function changelogView(changes: ChangesFile): DropView[] {
  return [...changes.drops].reverse().map(dropView);
}

/** What one drop changed, as the page /nieuw/<id>/ says it. Pure: the same file gives the same text. */
export function dropView(drop: DropChanges): DropView {
  const date = dropDate(drop.id);
  const contents = drop.datasets.map((d) => ({
    title: d.title,
    rows: formatNumber(d.rows, 0),
    latestPeriod: d.latestPeriod ? formatPeriod(d.latestPeriod) : '–',
  }));
  const changedSets = drop.datasets.filter((d) => changeTotal(d.counts) > 0);
  const { added, revised, status, removed } = drop.counts;
  const summary = drop.first
    ? `Dit is de eerste datadrop van het dashboard. Er is geen eerdere datadrop om mee te vergelijken: alle ${formatNumber(added, 0)} rijen in ${count(drop.datasets.length, 'dataset', 'datasets')} zijn nieuw.`
    : `Vergeleken met de datadrop van ${dropDate(drop.previous ?? '')}: ${list([count(added, 'nieuwe waarde', 'nieuwe waarden'), count(revised, 'herziene waarde', 'herziene waarden'), count(status, 'statuswijziging', 'statuswijzigingen'), count(removed, 'verwijderde rij', 'verwijderde rijen')])}.`;
  return {
    id: drop.id,
    url: dropUrl(drop.id),
    date,
    title: `Datadrop van ${date}`,
    first: drop.first,
    previous: drop.previous ? { url: dropUrl(drop.previous), date: dropDate(drop.previous) } : undefined,
    summary,
    changed: drop.first ? [] : changedSets.map(datasetView),
    unchanged: drop.first ? [] : drop.datasets.filter((d) => changeTotal(d.counts) === 0).map((d) => d.title),
    contents,
  };
}

function datasetView(d: DatasetChanges): DatasetView {
  const lines: string[] = [];
  const more = (shown: number, all: number, what: string) => (all > shown ? ` en nog ${formatNumber(all - shown, 0)} ${what}` : '');
  if (d.counts.added > 0 && d.previousRows === 0 && d.newPeriods.length > 0) {
    // A dataset the previous drop did not have: its span, not every one of its periods.
    const [first, last] = [d.newPeriods[0]!.period, d.latestPeriod ?? d.newPeriods.at(-1)!.period];
    const span = first === last ? formatPeriod(first) : `${formatPeriod(first)} tot en met ${formatPeriod(last)}`;
    lines.push(`Nieuw in deze datadrop: ${count(d.counts.added, 'waarde', 'waarden')}, ${span}.`);
  } else if (d.counts.added > 0) {
    lines.push(
      `${capitalise(count(d.counts.added, 'nieuwe waarde', 'nieuwe waarden'))}, over ${list(periodRuns(d.newPeriods))}${more(sum(d.newPeriods), d.counts.added, 'in andere perioden')}.`,
    );
  }
  if (d.counts.revised > 0) lines.push(`${capitalise(count(d.counts.revised, 'herziene waarde', 'herziene waarden'))}: zie de tabel.`);
  if (d.counts.status > 0) {
    const changes = d.statusChanges.map((s) => `${formatPeriod(s.period)}: ${s.old} → ${s.new} (${seriesCount(s.series)})`);
    lines.push(`Status gewijzigd: ${changes.join('; ')}${more(sum(d.statusChanges), d.counts.status, 'statuswijzigingen')}.`);
  }
  if (d.counts.removed > 0) {
    lines.push(
      `${capitalise(count(d.counts.removed, 'verwijderde rij', 'verwijderde rijen'))}, over ${list(periodRuns(d.removedPeriods))}${more(sum(d.removedPeriods), d.counts.removed, 'in andere perioden')}.`,
    );
  }
  const rows = d.revised.map(
    (r): RevisedRow => ({
      period: formatPeriod(r.period),
      label: r.unit ? `${r.label} (${r.unit})` : r.label,
      old: valueText(r.old, decimals(r.old.value, r.new.value)),
      new: valueText(r.new, decimals(r.old.value, r.new.value)),
      difference:
        r.old.value !== null && r.new.value !== null ? formatSigned(r.new.value - r.old.value, decimals(r.old.value, r.new.value)) : '–',
    }),
  );
  const revised =
    rows.length === 0
      ? undefined
      : {
          caption: `Herziene waarden in ${d.title}`,
          summary: `Herziene waarden (${count(rows.length, 'rij', 'rijen')})`,
          rows,
          ...(d.counts.revised > rows.length
            ? {
                note: `De tabel toont de eerste ${formatNumber(rows.length, 0)} van ${formatNumber(d.counts.revised, 0)} herziene waarden.`,
              }
            : {}),
        };
  return { name: d.name, title: d.title, lines, revised };
}

/**
 * Periods with their series counts, a run of consecutive periods with the same count as one item:
 * "1e kwartaal 2020 tot en met 1e kwartaal 2026 (telkens 4 reeksen)", a period on its own as
 * "3e kwartaal 2019 (2 reeksen)".
 */
function periodRuns(items: { period: string; series: number }[]): string[] {
  const runs: { first: string; last: string; series: number }[] = [];
  for (const { period, series } of items) {
    const run = runs.at(-1);
    const follows = run !== undefined && run.series === series && parsePeriodCode(run.last) && nextPeriodCode(run.last) === period;
    if (follows) run.last = period;
    else runs.push({ first: period, last: period, series });
  }
  return runs.map(({ first, last, series }) =>
    first === last
      ? `${formatPeriod(first)} (${seriesCount(series)})`
      : `${formatPeriod(first)} tot en met ${formatPeriod(last)} (telkens ${seriesCount(series)})`,
  );
}

const sum = (items: { series: number }[]) => items.reduce((n, item) => n + item.series, 0);
/** Every change counted once. */
export const changeTotal = (c: ChangeCounts) => c.added + c.revised + c.status + c.removed;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b en c" */
function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** As many decimals as the more precise of the values has (up to 6), so a small revision stays visible. */
export function decimals(...values: (number | null)[]): number {
  const places = values.map((v) => (v === null ? 0 : (/\.(\d+)$/.exec(String(v))?.[1]?.length ?? 0)));
  return Math.min(6, Math.max(0, ...places));
}

/** A drop's value in Dutch, or the symbol saying why there is none. */
export function valueText(point: { value: number | null; symbol: string | null }, places: number): string {
  if (point.value === null) return point.symbol ?? '–';
  return formatNumber(point.value, places);
}

/** Which series of which datasets a figure shows: read from its table cells and key figure. */
export type FigureSeries = Map<string, Set<string>>;

export function figureSeries(content: FigureContent): FigureSeries {
  const uses: FigureSeries = new Map();
  // A derived number uses the published numbers it is computed from; a missing one, the series that lacks it.
  const operands = (data: CellData | undefined): { dataset: CellData['dataset']; series: string; period: string }[] => {
    if (!data?.derived) return data ? [data] : [];
    return refsOf(data.derived).map((ref) => ({ ...ref, dataset: ref.dataset ?? data.dataset }));
  };
  const cells = content.table.rows.flatMap((row) =>
    row.cells.flatMap((cell) => [...operands(cell.data), ...(cell.missing ? [cell.missing] : [])]),
  );
  for (const data of [...cells, ...operands(content.keyFigure?.data), ...operands(content.keyFigure?.previous)]) {
    // Single figures' keys end in the period (`topic|series|category|period`); a series is the rest.
    const key =
      data.dataset === 'kerncijfers' || data.dataset === 'productiviteit'
        ? data.series.slice(0, data.series.length - data.period.length - 1)
        : data.series;
    let set = uses.get(data.dataset);
    if (!set) {
      set = new Set();
      uses.set(data.dataset, set);
    }
    set.add(key);
  }
  return uses;
}

export interface FigureUpdate {
  /** "17 juli 2026": the latest drop that changed any of the figure's series. */
  date: string;
  dateUrl: string;
  /** "3 herziene waarden in de laatste datadrop", "geen herziene waarden …", "eerste datadrop". */
  revisions: string;
  url: string;
  revised: number;
}

/**
 * Whether a series (by dataset and key) is one the figure shows: one of its table cells' series, or any series
 * of a dataset it reads without a table cell.
 */
export function figureReads(uses: FigureSeries, datasets: readonly string[]): (dataset: string, key: string) => boolean {
  return (dataset, key) => {
    const keys = uses.get(dataset);
    return keys ? keys.has(key) : datasets.includes(dataset);
  };
}

/** What one drop changed in a figure's series. Datasets the figure reads without a table cell count as a whole. */
export function figureChanges(drop: DropChanges, uses: FigureSeries, datasets: readonly string[]): ChangeCounts {
  const reads = figureReads(uses, datasets);
  // Every changed series is listed (only the examples are capped), so a dataset's series add up to its counts.
  const own = drop.datasets.flatMap((d) => d.series.filter((s) => reads(d.name, s.key)));
  return own.reduce(
    (sum, c) => ({
      added: sum.added + c.added,
      revised: sum.revised + c.revised,
      status: sum.status + c.status,
      removed: sum.removed + c.removed,
    }),
    { added: 0, revised: 0, status: 0, removed: 0 },
  );
}

/** The latest drop that changed one of the figure's series (the first drop, when none did since). */
export function lastChangedDrop(changes: ChangesFile, uses: FigureSeries, datasets: readonly string[]): DropChanges {
  const drops = [...changes.drops].reverse();
  return drops.find((drop) => drop.first || changeTotal(figureChanges(drop, uses, datasets)) > 0) ?? drops[0]!;
}

/** "3 nieuwe waarden, 1 herziene waarde": the counts that are not zero, in words. */
export function countsText(c: ChangeCounts): string {
  const parts = [
    c.added > 0 ? count(c.added, 'nieuwe waarde', 'nieuwe waarden') : '',
    c.revised > 0 ? count(c.revised, 'herziene waarde', 'herziene waarden') : '',
    c.status > 0 ? count(c.status, 'statuswijziging', 'statuswijzigingen') : '',
    c.removed > 0 ? count(c.removed, 'verwijderde rij', 'verwijderde rijen') : '',
  ];
  return list(parts.filter((part) => part !== ''));
}

/**
 * "Bijgewerkt op …": the latest drop in which one of the figure's series changed, and how many of its
 * values the latest drop revised.
 */
export function figureUpdate(changes: ChangesFile, uses: FigureSeries, datasets: readonly string[]): FigureUpdate {
  const latest = changes.drops.at(-1)!;
  const changed = lastChangedDrop(changes, uses, datasets);
  const revised = latest.first ? 0 : figureChanges(latest, uses, datasets).revised;
  return {
    date: dropDate(changed.id),
    dateUrl: dropUrl(changed.id),
    revisions: latest.first ? 'eerste datadrop' : `${count(revised, 'herziene waarde', 'herziene waarden')} in de laatste datadrop`,
    url: dropUrl(latest.id),
    revised,
  };
}
