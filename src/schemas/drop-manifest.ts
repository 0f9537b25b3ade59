import { z } from 'astro/zod';
import { artefact } from './artefact.ts';
import { datasetNames } from './datasets.ts';
import { dropIdSchema } from './drop-id.ts';

const count = z.number().int().nonnegative();

/** What drop.json records of a shrink the maintainer allowed with `--allow-shrink "<reason>"`. */
export const shrinkRecord = z.strictObject({
  /** The drop the new one was compared with: the latest before it. */
  previous: dropIdSchema,
  reason: z.string().min(1),
  datasets: z.record(
    z.enum(datasetNames),
    z.strictObject({ previousRows: count, rows: count, lostRows: count, sources: z.array(z.string().min(1)), lost: z.string().min(1) }),
  ),
});
export type ShrinkRecord = z.infer<typeof shrinkRecord>;

/**
 * data/<drop>/drop.json: the drop's id, each dataset's row count and sources, every source recorded in
 * provenance/, and the shrink record. A dataset added after a drop was made is absent from it.
 */
export const dropManifest = z.strictObject({
  id: dropIdSchema,
  datasets: z.record(z.enum(datasetNames), z.strictObject({ rows: count, sources: z.array(z.string().min(1)) })),
  sources: z.array(z.string().min(1)),
  /** Only when `--allow-shrink` let datasets lose rows compared with the previous drop: which, and why. */
  shrink: shrinkRecord.optional(),
});
export type DropManifest = z.infer<typeof dropManifest>;

export const dropManifestFile = artefact('drop.json', '`npm run import`', dropManifest);
