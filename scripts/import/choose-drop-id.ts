import { isDropId } from '../../src/lib/drop-id.ts';
import { InputError } from '../lib/input-error.ts';

export interface DropIdChoice {
  /** `--drop` as given on the command line, if it was. */
  given: string | undefined;
  /** The default: the latest retrieval date among the drop's sources (undefined when none says). */
  proposed: string | undefined;
  /** The drops in the data folder, oldest first. */
  existing: readonly string[];
  /** The data folder, for messages. */
  dataDir: string;
}

const idForm = 'YYYY-MM-DD, with a lower-case letter for a second drop that day (2026-11-22b)';

/**
 * The new drop's id, the same for `npm run import` and `npm run update`. A drop folder that exists is never
 * written again, and the new drop must sort after the latest one (the site is built from the latest id, and
 * rows not imported again are carried over from it). `--drop` is taken as given, or refused; the default is
 * the latest retrieval date, or, when that is not after the latest drop (or no source states one), the latest
 * drop's day with the next free letter: 2026-07-17 → 2026-07-17b → 2026-07-17c.
 */
export function chooseDropId({ given, proposed, existing, dataDir }: DropIdChoice): string {
  const where = { file: 'command line', column: '--drop' };
  const latest = existing.at(-1);
  const next = latest === undefined ? proposed : nextDropId(latest, proposed ?? latest);
  if (given === undefined) {
    if (next !== undefined) return next;
    if (latest === undefined)
      throw new InputError(where, 'no source says when it was retrieved, so the drop has no default id', undefined, `--drop ${idForm}`);
    throw new InputError(where, 'no free drop id after the latest drop', latest, `--drop with an id after ${latest}`);
  }
  if (!isDropId(given)) throw new InputError(where, 'not a drop id:', given, idForm);
  const hint = next === undefined ? 'a new id' : `a new id, such as --drop ${next}`;
  if (existing.includes(given))
    throw new InputError(where, `the drop folder ${dataDir}/${given}/ exists already, and a drop is never written again:`, given, hint);
  if (latest !== undefined && given < latest)
    throw new InputError(where, `the id sorts before the latest drop ${latest}, so the site would not be built from it:`, given, hint);
  return given;
}

/** `proposed` when it sorts after `latest`, else the next letter on the latest drop's day; undefined after z. */
function nextDropId(latest: string, proposed: string): string | undefined {
  if (proposed > latest) return proposed;
  const day = latest.slice(0, 10);
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (`${day}${letter}` > latest) return `${day}${letter}`;
  return undefined;
}
