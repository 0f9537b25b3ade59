import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/calendar-date.ts';
import { artefact } from './artefact.ts';

/** The raw formats the import reads, one adapter each (scripts/import/<format>.ts). */
export const adapterFormat = z.enum([
  'cbs-odata-v4',
  'cbs-csv', // "onbewerkte dataset" CSV + metadata CSV
  'cbs-statline-export', // a StatLine "CSV" download: labels, header first
  'cbsodata-csv',
  'dnb-csv',
  'tidy-csv',
]);
export type AdapterFormat = z.infer<typeof adapterFormat>;

/** A day in the calendar as YYYY-MM-DD. */
export const calendarDateSchema = z.string().refine((text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'not a date (YYYY-MM-DD)');

/** What a drop records about each raw source: enough to cite it and to check the bytes it came from. */
export const provenanceFields = {
  /** "CBS", "DNB", or the named third party. */
  publisher: z.string().min(1),
  /** "82242NED", "dnb-kernindicatoren-monetaire-statistieken-maand", … */
  tableId: z.string().min(1),
  title: z.string().min(1),
  /** The table's own modified date (ISO 8601) as the publisher states it; null when the file does not say. */
  modified: z.string().min(1).nullable(),
  /** "CC BY 4.0" */
  licence: z.string().min(1),
  /** When the raw file was retrieved, from the capture record or the file name; null if unknown. */
  retrieved: calendarDateSchema.nullable(),
  format: adapterFormat,
  url: z.string().url().nullable(),
  /** The raw files read, with their size and SHA-256, so a later import can tell whether they changed. */
  files: z.array(
    z.strictObject({
      name: z.string().min(1),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 (64 lower-case hex digits)'),
    }),
  ),
  notes: z.array(z.string()),
};

/** The adapter's provenance of one raw table. */
export const provenance = z.strictObject(provenanceFields);
export type Provenance = z.infer<typeof provenance>;

/**
 * A source as a drop records it (data/<drop>/provenance/<format>--<table>.json, and the `sources` of each
 * generated meta file): the provenance under its id, `<format>/<tableId>`.
 */
export const sourceRecord = withRecordId(z.strictObject({ id: z.string().min(1), ...provenanceFields }));
export type SourceRecord = z.infer<typeof sourceRecord>;

/** A source record's id is `<format>/<tableId>`: the check for a record with more fields (a meta file's sources). */
export function withRecordId<S extends z.ZodType<{ id: string; format: string; tableId: string }>>(schema: S): z.ZodEffects<S> {
  return schema.refine((record) => record.id === `${record.format}/${record.tableId}`, {
    message: 'the id is not <format>/<tableId>',
    path: ['id'],
  });
}

export const sourceRecordFile = artefact('a provenance file', '`npm run import`', sourceRecord);
