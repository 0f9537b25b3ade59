import { z } from 'astro/zod';
import { artefact } from './artefact.ts';
import { dropIdSchema } from './drop-id.ts';

/** src/generated/drops.json: the drop the site is built from, and every drop in data/, oldest first. */
export const dropsFile = z
  .strictObject({ current: dropIdSchema, drops: z.array(dropIdSchema).min(1) })
  .refine((file) => file.drops.includes(file.current), { message: 'the current drop is not in the list', path: ['current'] });
export type DropsFile = z.infer<typeof dropsFile>;

export const dropsArtefact = artefact('drops.json', '`npm run data`', dropsFile);
