import { z } from 'astro/zod';
import { isDropId } from '../lib/drop-id.ts';

/** A drop id as every artefact records it (src/lib/drop-id.ts: `2026-07-17`, `2026-11-22b`). */
export const dropIdSchema = z.string().refine(isDropId, 'not a drop id (YYYY-MM-DD, optionally with a letter)');
