import { z } from 'astro/zod';
import { periodCodeSchema } from '../../schemas/observation.ts';
import { comparePeriodCodes, parsePeriodCode, periodMonths } from '../period.ts';
import { discontinuedTables, statusDescriptions } from './table-facts.ts';

/**
 * What a reader must know about a source before trusting its newest numbers, computed by `npm run data`
 * from the source record and the drop's rows (and src/lib/provenance/table-facts.ts), so a page says it
 * for the drop it shows and stops saying it when a new drop no longer calls for it.
 */
export const sourceNoticeSchema = z.discriminatedUnion('kind', [
  /** CBS no longer updates the table; `last`: its last period in the drop. */
  z.object({ kind: z.literal('discontinued'), baseYear: z.number(), successors: z.array(z.string()), last: periodCodeSchema }),
  /** Periods the table's metadata does not list (their status is unknown); `stale`: the metadata date is before their end. */
  z.object({ kind: z.literal('not-in-metadata'), periods: z.array(periodCodeSchema), modified: z.string().nullable(), stale: z.boolean() }),
  /** The description calls the periods after `definitiveThrough` provisional; the table marks them final. */
  z.object({
    kind: z.literal('status-contradicts-description'),
    definitiveThrough: periodCodeSchema,
    quote: z.string(),
    first: periodCodeSchema,
    last: periodCodeSchema,
    count: z.number(),
  }),
  /** A third party assembled the figures; what the drop notes about how. */
  z.object({ kind: z.literal('assembly'), by: z.string(), notes: z.array(z.string()) }),
]);
export type SourceNotice = z.infer<typeof sourceNoticeSchema>;

export interface NoticeSource {
  publisher: string;
  tableId: string;
  modified: string | null;
  notes: readonly string[];
}

export interface NoticePoint {
  period: string;
  value: number | null;
  status: string;
}

/** The last day of a period as an ISO date ("2023-09-30" for 2023KW03). */
function endDate(code: string): string | undefined {
  const period = parsePeriodCode(code);
  if (!period) return undefined;
  const [year, month] = periodMonths(period).end;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** The notices of one source, from its record and every row of it in a dataset. */
export function sourceNotices(source: NoticeSource, points: readonly NoticePoint[]): SourceNotice[] {
  const valued = points.filter((p) => p.value !== null).sort((a, b) => comparePeriodCodes(a.period, b.period));
  const notices: SourceNotice[] = [];
  const stopped = discontinuedTables.find((t) => t.tableId === source.tableId);
  const last = valued.at(-1)?.period;
  if (stopped && last) notices.push({ kind: 'discontinued', baseYear: stopped.baseYear, successors: [...stopped.successors], last });

  // A period without a status in a table that gives the others one is missing from its metadata.
  const known = valued.some((p) => p.status !== 'onbekend');
  const unknown = [...new Set(valued.filter((p) => p.status === 'onbekend').map((p) => p.period))];
  if (known && unknown.length > 0) {
    const modified = source.modified?.slice(0, 10) ?? null;
    const stale = modified !== null && unknown.some((period) => (endDate(period) ?? '') > modified);
    notices.push({ kind: 'not-in-metadata', periods: unknown, modified: source.modified, stale });
  }

  const description = statusDescriptions.find((d) => d.tableId === source.tableId && d.modified === source.modified);
  if (description) {
    const after = valued.filter((p) => comparePeriodCodes(p.period, description.definitiveThrough) > 0);
    const final = after.filter((p) => p.status === 'definitief');
    if (final.length > 0 && final.length === after.length)
      notices.push({
        kind: 'status-contradicts-description',
        definitiveThrough: description.definitiveThrough,
        quote: description.quote,
        first: final[0]!.period,
        last: final.at(-1)!.period,
        count: final.length,
      });
  }

  if (/^derde partij\b/.test(source.publisher)) notices.push({ kind: 'assembly', by: source.publisher, notes: [...source.notes] });
  return notices;
}

/** Status descriptions recorded for another version of a table than the drop's: someone must reread them. */
export function outdatedDescriptions(sources: readonly { tableId: string; modified: string | null }[]): string[] {
  return statusDescriptions.flatMap((d) =>
    sources
      .filter((s) => s.tableId === d.tableId && s.modified !== d.modified)
      .map(
        (s) =>
          `src/lib/provenance/table-facts.ts: the status description of ${d.tableId} is for the version of ${d.modified}, the drop has ${s.modified ?? 'no date'}; read the table's description and update it`,
      ),
  );
}
