import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The same Chromium and flags as the browser tests: nothing reaches beyond the local server.
import { chromiumArgs, chromiumPath } from '../../test/helpers/chromium.ts';
import { projectRoot } from '../../test/helpers/dist.ts';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  /** 0–100 per category, as Lighthouse rounds them. */
  scores: Record<(typeof lighthouseCategories)[number], number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Audits that cost points: "speed-index 0.99 (2.0 s)". */
  below: string[];
}

export const lighthouseInstalled = () => existsSync(join(projectRoot, 'node_modules/lighthouse/package.json'));

/** Lighthouse 12's mobile run (its default form factor and throttling) on one URL of a local server. */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const report = join(tmpdir(), `lighthouse-${process.pid}-${Date.now()}.json`);
  const child = spawn(
    join(projectRoot, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--only-categories=${lighthouseCategories.join(',')}`,
      `--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
    ],
    { cwd: projectRoot, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0 || !existsSync(report))
    throw new Error(`lighthouse exited with ${code} on ${url}: ${errors.trim().split('\n').slice(-3).join(' ')}`);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  const score = (name: string) => Math.round((result.categories[name]?.score ?? 0) * 100);
  const metric = (name: string) => Math.round((result.audits[name]?.numericValue ?? 0) * 1000) / 1000;
  const below: string[] = [];
  for (const name of lighthouseCategories)
    for (const ref of result.categories[name]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        below.push(`${name}: ${ref.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcpMs: Math.round(metric('first-contentful-paint')),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: Math.round(metric('speed-index')),
    },
    below,
  };
}
