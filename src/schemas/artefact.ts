import type { z } from 'astro/zod';
import { InputError } from '../lib/input-error.ts';

/**
 * A file the project generates (drop.json, provenance/*.json, src/generated/*.json): its one schema, checked
 * by the code that writes it before writing and by every reader after reading. The schemas hold no
 * transforms or defaults, so a value that passes is used as it is (same object, same key order).
 */
export interface Artefact<S extends z.ZodTypeAny> {
  /** What the file is called in messages: "drop.json", "<dataset>.meta.json". */
  name: string;
  /** The command that writes it: "`npm run import`". */
  writer: string;
  schema: S;
}

/** The type of an artefact's content. */
export type ArtefactOf<A> = A extends Artefact<infer S> ? z.infer<S> : never;

/** Declares an artefact (see Artefact). */
export function artefact<S extends z.ZodTypeAny>(name: string, writer: string, schema: S): Artefact<S> {
  return { name, writer, schema };
}

/**
 * Refuses what a reader found in `file` when it does not match the artefact's schema (a stale or hand-edited
 * file): InputError with the file, the JSON path of the first bad field (`$.datasets.kerncijfers.rows`), what
 * is there and what was expected.
 */
export function assertArtefact<S extends z.ZodTypeAny>(artefact: Artefact<S>, value: unknown, file: string): asserts value is z.infer<S> {
  const problem = firstProblem(artefact.schema, value);
  if (!problem) return;
  throw new InputError(
    { file, path: problem.path },
    `invalid field (${problem.message}${problem.more > 0 ? `; ${problem.more} more` : ''}):`,
    problem.found,
    `${artefact.name} as ${artefact.writer} writes it (run it again rather than editing the file)`,
  );
}

/**
 * The JSON text a writer puts in `file` (compact, or indented by 2 with `indent`), with a final newline.
 * The text is read back and checked as a reader would: content that its schema refuses is a bug in the code
 * that made it, and stops the run before anything is written.
 */
export function artefactText<S extends z.ZodTypeAny>(
  artefact: Artefact<S>,
  value: z.infer<S>,
  file: string,
  options: { indent?: boolean } = {},
): string {
  const text = `${JSON.stringify(value, null, options.indent ? 2 : undefined)}\n`;
  const problem = firstProblem(artefact.schema, JSON.parse(text));
  if (problem)
    throw new Error(
      `${file}, ${problem.path}: ${artefact.writer} would write ${problem.json ?? 'nothing'} here (${problem.message}), which the schema of ${artefact.name} refuses; nothing was written (a bug in the code that makes the file)`,
    );
  return text;
}

interface Problem {
  path: string;
  message: string;
  /** The value at the path as text (a string as it is), and as JSON; undefined where there is none. */
  found: string | undefined;
  json: string | undefined;
  /** How many other issues the schema found. */
  more: number;
}

function firstProblem(schema: z.ZodTypeAny, value: unknown): Problem | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = deepest(result.error.issues[0]!);
  const found = valueAt(value, issue.path);
  return {
    path: jsonPath(issue.path),
    message: issue.message,
    found: typeof found === 'string' ? found : JSON.stringify(found),
    json: JSON.stringify(found),
    more: result.error.issues.length - 1,
  };
}

/** Within a union that fits no option, the issue of the option that got furthest, so the message names a field. */
function deepest(issue: z.ZodIssue): z.ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const candidates = issue.unionErrors.map((error) => deepest(error.issues[0]!));
  return candidates.reduce((best, next) => (next.path.length > best.path.length ? next : best), issue);
}

/** `$.drops[0].datasets[3].counts.added`, `$.datasets["bedrijven-bedrijfstak"].rows`. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${text}.${key}` : `${text}[${JSON.stringify(key)}]`;
  }, '$');
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = Reflect.get(at, key);
  }
  return at;
}
