import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { type Artefact, assertArtefact } from '../schemas/artefact.ts';
import { InputError } from './input-error.ts';

/** Where `npm run data` writes what the pages read. */
export const generatedDir = join(process.cwd(), 'src', 'generated');

/**
 * The one reader of src/generated/ (or `dir`): one file, checked against its schema, so a stale or
 * hand-edited file stops the build with the file and the JSON path of the bad field instead of drawing
 * a wrong chart. Read once per file: the pages call it for every route.
 */
export function readGenerated<S extends z.ZodTypeAny>(artefact: Artefact<S>, dir = generatedDir): z.infer<S> {
  const file = join(dir, artefact.name);
  if (cache.has(file)) return cache.get(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(
      { file },
      `cannot read the generated file (${error instanceof Error ? error.message : String(error)})`,
      undefined,
      `${artefact.name} as ${artefact.writer} writes it (run it first)`,
    );
  }
  assertArtefact(artefact, json, file);
  cache.set(file, json);
  return json;
}

// By file: each file of src/generated has one schema, so what was checked once is what any reader gets.
const cache = new Map<string, unknown>();
