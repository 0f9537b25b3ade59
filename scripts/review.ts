import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { figures } from '../src/figures/index.ts';
import { loadGenerated } from '../src/lib/generated.ts';
import { absoluteUrl, figureUrl } from '../src/lib/pages/site.ts';
import { readOutDir } from '../src/lib/site-config.ts';
import { dropFiles } from './build-data/drop-files.ts';
import { compareDrops } from './diff/compare-drops.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { parseCommandLine, UsageError } from './lib/command-line.ts';
import { type Drop, listDrops, readDrop } from './lib/drop.ts';
import { InputError } from './lib/input-error.ts';
import { runCommand } from './lib/run-command.ts';
import { isChanged, reviewFigures } from './review/figure-reviews.ts';
import { reviewPage } from './review/review-page.ts';

const usage = 'usage: npm run review -- [<old-drop> <new-drop>] [--data <dir>] [--out <dir>]   (default: the latest two drops in --data)';

// Before publishing: one HTML page with every figure whose numbers differ between two drops, the old and the
// new chart side by side (drawn with the site's own figure code from each drop's generated data) and the
// changes per figure. Written outside the repository by default (a folder in the system's temp directory).
await runCommand(usage, async (args) => {
  const { values, positionals: named } = parseCommandLine(args, {
    data: { type: 'string', expects: 'a data folder', default: 'data' },
    out: { type: 'string', expects: 'a folder for the review page', default: join(tmpdir(), 'staat-van-het-mkb-review') },
  });
  const { data: dataDir, out: outDir } = values;
  const inDist = relative(resolve(readOutDir(process.env)), resolve(outDir));
  if (inDist === '' || !(inDist.startsWith('..') || isAbsolute(inDist)))
    throw new InputError(
      { file: 'command line', column: '--out' },
      "the folder is inside the site's build folder, so the review page would be published with the site:",
      outDir,
      'a folder outside the build folder',
    );
  const [oldId, newId] = await chooseDrops(named, dataDir);
  const [oldDrop, newDrop] = await Promise.all([readDrop(dataDir, oldId), readDrop(dataDir, newId)]);
  const diff = compareDrops(oldDrop, newDrop);
  const work = await mkdtemp(join(tmpdir(), 'mkb-review-data-'));
  try {
    const [oldData, newData] = await Promise.all([generate(oldDrop, join(work, oldId)), generate(newDrop, join(work, newId))]);
    const reviews = reviewFigures(figures, diff, oldData, newData);
    const file = join(outDir, `review-${oldId}-${newId}.html`);
    await writeFileAtomic(file, reviewPage({ diff, figures: reviews, permalink: (id) => absoluteUrl(figureUrl(id)) }));
    const changed = reviews.filter(isChanged).length;
    console.log(`${oldId} → ${newId}: ${changed} of ${reviews.length} figures show other numbers`);
    console.log(`wrote ${file}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

/** The two drops given, or the latest two in the data folder. */
async function chooseDrops(named: string[], dataDir: string): Promise<[string, string]> {
  if (named.length === 2) return [named[0]!, named[1]!];
  if (named.length !== 0) throw new UsageError(`give two drops or none, not ${named.length}`);
  const drops = await listDrops(dataDir);
  if (drops.length < 2)
    throw new InputError(
      { file: dataDir },
      `there ${drops.length === 1 ? `is one drop (${drops[0]})` : 'is no drop'}, so nothing to compare`,
      undefined,
      'two drops: make a new one with `npm run import` or `npm run update`, or name two drops',
    );
  return [drops.at(-2)!, drops.at(-1)!];
}

/** What `npm run data` writes for a drop, in a folder of its own, read back as the pages read src/generated/. */
async function generate(drop: Drop, dir: string) {
  for (const [name, content] of dropFiles(drop)) await writeFileAtomic(join(dir, name), content);
  return loadGenerated(dir);
}
