import { comparePeriodCodes } from '../../src/lib/period.ts';
import { type Attribution, figureAttribution, sourceAttribution } from '../../src/lib/provenance/attribution.ts';
import { type Flag, flagsOfNote, flagsOfStatus, sortFlags } from '../../src/lib/provenance/flags.ts';
import { UnknownPublisherError } from '../../src/lib/provenance/publishers.ts';
import { parseFigureUnit, unitName } from '../../src/lib/provenance/units.ts';
import type { SourceRecord } from '../lib/drop.ts';
import { InputError } from '../lib/input-error.ts';

/**
 * The provenance `npm run data` gives every value: who published it, where, under which licence, in which
 * unit, with which flags (src/lib/provenance/). A series shares its source's attribution and unit; each
 * point has its own flags. A single figure has its own attribution from its source URL. What cannot be
 * attributed stops the run with the drop file, line, column and value.
 */

interface Point {
  period: string;
  value: number | null;
  status: string;
  lower?: number | null;
  upper?: number | null;
  /** Chain-linked by scripts/build-data/links.ts: the successor's source id. */
  linked?: string;
  flags?: Flag[];
  /** A linked point's own attribution: the base table continued with the successor's growth. */
  attribution?: Attribution;
}

interface Series {
  source: string;
  unit: string;
  points: Point[];
}

/** Adds `attribution` and `unitName` to each series and `flags` to the points that have any. */
export function attributeSeries<S extends Series>(
  series: S[],
  sources: Record<string, SourceRecord>,
  file: string,
): (S & { attribution: Attribution; unitName: string })[] {
  const bySource = new Map<string, Attribution>();
  const attributionOf = (id: string) => {
    let found = bySource.get(id);
    if (!found) {
      const record = sources[id];
      if (!record) throw new InputError({ file, column: 'source' }, 'the source is not recorded in the drop', id, 'a source of drop.json');
      try {
        found = sourceAttribution(record);
      } catch (error) {
        throw new InputError(
          { file, column: 'source' },
          `cannot attribute its values (${(error as Error).message})`,
          id,
          'CBS, DNB, a publication of one, or a third party that names the table it assembled',
        );
      }
      bySource.set(id, found);
    }
    return found;
  };
  return series.map((s) => {
    // Whether the source gives statuses at all: linked points carry their successor's, not the series' own.
    const known = s.points.some((p) => p.linked === undefined && p.status !== 'onbekend');
    const ordered = [...s.points].sort((a, b) => comparePeriodCodes(a.period, b.period));
    for (const point of s.points) {
      const flags = [
        ...flagsOfStatus(point.status),
        ...(known && point.status === 'onbekend' && point.value !== null ? (['status onbekend'] as const) : []),
        ...(point.linked !== undefined ? (['gekoppeld'] as const) : []),
        ...(marginRepeated(point, ordered) ? (['marge als vorig jaar'] as const) : []),
        ...(point.flags ?? []),
      ];
      if (flags.length > 0) point.flags = sortFlags(flags);
      if (point.linked !== undefined) point.attribution = linkedAttribution(attributionOf(s.source), attributionOf(point.linked));
    }
    return { ...s, attribution: attributionOf(s.source), unitName: unitName(s.unit) };
  });
}

/** A chain-linked value rests on both tables: "CBS, tabel 84105NED, voortgezet met tabel 85880NED". */
function linkedAttribution(base: Attribution, successor: Attribution): Attribution {
  const table = successor.citation.replace(/^\w+, /, '');
  return { ...base, citation: `${base.citation}, voortgezet met ${table}` };
}

/**
 * A 95% margin the publication repeats from the period before for another value, lying lopsided around
 * it (more than the rounding of one decimal allows): very likely copied by mistake in the publication.
 */
function marginRepeated(point: Point, ordered: readonly Point[]): boolean {
  const { value, lower, upper } = point;
  if (value === null || lower == null || upper == null) return false;
  const before = ordered[ordered.indexOf(point) - 1];
  if (!before || before.lower !== lower || before.upper !== upper || before.value === value) return false;
  return Math.abs(value - lower - (upper - value)) > 0.2;
}

interface FigureRow {
  unit: string;
  source_url: string;
  note: string;
}

/** Adds attribution, the plain unit, flags and the publication's wording to each single figure. */
export function attributeFigures<R extends FigureRow>(
  rows: R[],
  file: string,
): (R & { attribution: Attribution; unitName: string; flags: Flag[]; remark: string })[] {
  return rows.map((row, index) => {
    const where = (column: string) => ({ file, line: index + 2, column });
    let attribution: Attribution;
    try {
      attribution = figureAttribution(row.source_url);
    } catch (error) {
      if (!(error instanceof UnknownPublisherError)) throw error;
      throw new InputError(where('source_url'), error.message, row.source_url, 'a page of a publisher in src/lib/provenance/publishers.ts');
    }
    let noted: Flag[];
    try {
      noted = flagsOfNote(row.note);
    } catch (error) {
      throw new InputError(
        where('note'),
        (error as Error).message,
        row.note,
        'empty or notes the flag vocabulary knows (src/lib/provenance/flags.ts)',
      );
    }
    const unit = parseFigureUnit(row.unit);
    return { ...row, attribution, unitName: unit.unit, flags: sortFlags([...unit.flags, ...noted]), remark: unit.remark };
  });
}
