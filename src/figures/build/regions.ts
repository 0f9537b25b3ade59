import { formatList } from '../../format/list.ts';
import { formatPeriod, periodKindWords } from '../../format/period.ts';
import type { GeneratedData, GeneratedSeries } from '../../lib/generated.ts';
import { comparePeriodCodes, type PeriodKind, parsePeriodCode, periodCode } from '../../lib/period.ts';
import { missingInSource } from '../../lib/provenance/flags.ts';
import { seriesKey } from '../../lib/series-key.ts';
import type { CellData, FigureContent, TableCell } from '../figure-spec.ts';
import { findSeries, pointsOf, seriesCell } from '../select.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import type { Province } from '../vocabulary/provinces.ts';
import type { NamedSeries } from '../vocabulary/series.ts';

export interface RegionsInput {
  regions: readonly Province[];
  /** The series of a region. */
  series: (region: Province) => NamedSeries;
  kind: PeriodKind;
  /** The region's own page. */
  href: (region: Province) => string;
  /** A value with its unit: "57 faillissementen". */
  describe: (value: number) => string;
  cell: (value: number) => string;
  /** What the figure shows, for the summary and the legend: "uitgesproken faillissementen". */
  what: string;
  caption: string;
  keyFigureLabel: string;
}

interface Region {
  region: Province;
  series: GeneratedSeries;
  cells: CellData[];
}

/** A series the source lacks altogether: no value of the kind, every point marked `ontbreekt`. */
function lacks(series: GeneratedSeries, kind: PeriodKind): boolean {
  const own = series.points.filter((p) => parsePeriodCode(p.period)?.kind === kind);
  return own.length > 0 && own.every((p) => p.value === null && p.symbol === 'ontbreekt');
}

/**
 * One figure per region of a source: the latest period as a tile-grid map, every period as small multiples
 * on one shared scale, each tile and panel a link to the region's page; a region the source lacks is shown
 * as missing everywhere (map, panel, table, tooltip, downloads), never as 0.
 */
export function regionsContent(data: GeneratedData, input: RegionsInput): FigureContent {
  const regions: Region[] = input.regions.map((region) => {
    const named = input.series(region);
    const series = findSeries(data, named);
    const cells = pointsOf(series, input.kind).map((p) => seriesCell(named.dataset, series, p));
    if (cells.length === 0 && !lacks(series, input.kind))
      throw new Error(`figure data: ${seriesKey(series)} has no ${input.kind} values and is not marked ontbreekt`);
    return { region, series, cells };
  });
  const present = regions.filter((r) => r.cells.length > 0);
  const periods = [...new Set(present.flatMap((r) => r.cells.map((c) => c.period)))].sort(comparePeriodCodes);
  const latest = periods.at(-1);
  if (!latest) throw new Error('figure data: no region has values');
  const at = (r: Region, period: string) => r.cells.find((c) => c.period === period);
  const p = parsePeriodCode(latest)!;
  const yearBefore = periodCode(p.kind, p.year - 1, p.index);
  const when = formatPeriod(latest);
  const say = (r: Region) => {
    const now = at(r, latest);
    if (!now) return `${r.region.label}: ${missingInSource}`;
    const before = at(r, yearBefore);
    return `${r.region.label}, ${when}: ${input.describe(now.value)}${before ? `; een jaar eerder ${input.describe(before.value)}` : ''}`;
  };
  const missingCell = (r: Region, period: string): TableCell => ({
    text: missingInSource,
    missing: {
      dataset: input.series(r.region).dataset,
      series: seriesKey(r.series),
      period,
      symbol: 'ontbreekt',
      attribution: r.series.attribution,
      unit: r.series.unitName,
    },
  });

  const table = {
    caption: input.caption,
    columns: ['Periode', ...regions.map((r) => r.region.label)],
    rows: [...periods].reverse().map((period) => ({
      header: formatPeriod(period),
      cells: regions.map((r): TableCell => {
        if (r.cells.length === 0) return missingCell(r, period);
        const cell = at(r, period);
        return cell ? { text: input.cell(cell.value), data: cell } : { text: '–' };
      }),
    })),
  };
  const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
  const missing = regions.filter((r) => r.cells.length === 0).map((r) => r.region.label);
  const ranked = present.filter((r) => at(r, latest)).sort((a, b) => at(b, latest)!.value - at(a, latest)!.value);
  const top = ranked[0]!;
  return {
    charts: [
      {
        title: `${capital(when)} per provincie`,
        spec: {
          kind: 'tilemap',
          rows: regions.map((r) => ({ key: r.region.code, label: r.region.label, ...r.region.tile, value: at(r, latest)?.value ?? null })),
          options: { legendTitle: `${capital(input.what)}, ${when}`, missingLabel: missingInSource, formatValue: input.cell },
        },
        targets: regions.map((r) => ({ cell: r.region.tile, label: say(r), href: input.href(r.region) })),
      },
      {
        title: `Per ${periodKindWords[input.kind]}, ${formatPeriod(periods[0]!)} – ${when}, één schaal voor alle provincies`,
        spec: {
          kind: 'smallmultiples',
          rows: present.flatMap((r) => r.cells.map((c) => ({ panel: r.region.code, period: c.period, value: c.value }))),
          options: {
            panels: regions.map((r) => ({ key: r.region.code, label: r.region.label, ...(r.cells.length === 0 ? { missing: true } : {}) })),
            missingLabel: missingInSource,
            zero: true,
            yLabel: 'aantal',
            formatValue: input.cell,
          },
        },
        targets: regions.map((r, panel) => ({ panel, label: say(r), href: input.href(r.region) })),
      },
    ],
    table,
    summary:
      `De kaart en de kleine grafieken tonen het aantal ${input.what} per provincie per ${periodKindWords[input.kind]}, van ${formatPeriod(periods[0]!)} tot en met ${when}. ` +
      `In het ${when} de meeste in ${top.region.label} (${input.describe(at(top, latest)!.value)}), de minste in ${ranked.at(-1)!.region.label} (${input.describe(at(ranked.at(-1)!, latest)!.value)}).` +
      (missing.length > 0 ? ` Voor ${formatList(missing)} heeft deze bron geen cijfers (${missingInSource}).` : ''),
    sources: [...new Set(regions.map((r) => r.series.source))],
    provisional: false,
    keyFigure: keyFigureOf(
      {
        label: `${input.keyFigureLabel}: ${top.region.label}`,
        data: at(top, latest)!,
        previous: at(top, yearBefore),
        status: top.series.points.find((p) => p.period === latest)?.status ?? 'onbekend',
        describe: input.describe,
        better: input.series(top.region).better,
      },
      { clause: (value) => `had ${top.region.label} de meeste ${input.what}: ${value}` },
    ),
  };
}
