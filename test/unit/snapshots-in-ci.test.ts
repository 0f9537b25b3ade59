// Under CI (CI=true, which .ci/run sets) a missing snapshot is a failure, not a new file: vitest then runs
// with snapshot update "none". Checked with this project's vitest.config.ts on a throwaway folder whose one
// test uses a file snapshot the way test/charts and test/barometer-site do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/dist.ts';

const chart = '<svg><title>Test</title></svg>\n';
const testFile = `import { expect, test } from 'vitest';
test('file snapshot', async () => {
  await expect(${JSON.stringify(chart)}).toMatchFileSnapshot('__snapshots__/chart.svg');
});
`;

const vitest = join(projectRoot, 'node_modules/vitest/vitest.mjs');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A project with one snapshot test (and the snapshot file when given), run with CI=true. */
function runInCi(snapshot?: string) {
  dir = mkdtempSync(join(tmpdir(), 'snapshots-in-ci-'));
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'test/__snapshots__'), { recursive: true });
  writeFileSync(join(dir, 'test/chart.test.ts'), testFile);
  if (snapshot !== undefined) writeFileSync(join(dir, 'test/__snapshots__/chart.svg'), snapshot);
  const { UPDATE_SNAPSHOT: _update, FORCE_COLOR: _color, ...env } = process.env;
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', join(projectRoot, 'vitest.config.ts'), '--root', dir], {
    env: { ...env, CI: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('snapshots under CI', () => {
  test('a missing file snapshot fails the run and is not written', { timeout: 60_000 }, () => {
    const run = runInCi();
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/Snapshot `file snapshot 1` mismatched/);
    expect(run.output).toMatch(/Snapshots\s+1 failed/);
    expect(existsSync(join(dir, 'test/__snapshots__/chart.svg'))).toBe(false);
  });

  test('the same test passes when the snapshot is there and matches', { timeout: 60_000 }, () => {
    const run = runInCi(chart);
    expect(run.status, run.output).toBe(0);
  });
});
