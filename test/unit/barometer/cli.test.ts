import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runBarometerCli } from '../../../scripts/barometer.ts';

const fixture = (name: string) => `test/fixtures/barometer/${name}`;

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runBarometerCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

const quadrants = ['green', 'orange', 'red', 'yellow', null];
const words = ['zonnig', 'licht bewolkt', 'bewolkt', 'regen', null];

/** Checks one printed quarter against the documented shape, key by key and in order. */
function expectQuarterShape(q: unknown) {
  expect(q).toBeTypeOf('object');
  if (typeof q !== 'object' || q === null) return;
  expect(Object.keys(q)).toEqual(['period', 'level', 'change', 'weather', 'indicators', 'used', 'of', 'joined', 'left']);
  const { period, level, change, weather, indicators, used, of, joined, left } = Object.fromEntries(Object.entries(q));
  expect(period).toMatch(/^\d{4}KW0[1-4]$/);
  expect(level).toBeTypeOf('number');
  expect(change === null || typeof change === 'number').toBe(true);
  expect(words).toContain(weather);
  expect(of).toBe(12);
  expect(Array.isArray(indicators)).toBe(true);
  if (!Array.isArray(indicators)) return;
  expect(used).toBe(indicators.length);
  expect(Array.isArray(joined) && Array.isArray(left)).toBe(true);
  // ΔB rests on the indicators in both quarters: exactly those with a change of their own.
  const common = indicators.filter((i) => i.change !== null);
  if (common.length === 0) expect(change).toBeNull();
  else expect(change).toBeCloseTo(common.reduce((sum, i) => sum + i.change, 0) / common.length, 3);
  for (const i of indicators) {
    expect(Object.keys(i)).toEqual(['id', 'level', 'change', 'quadrant']);
    expect(i.id).toBeTypeOf('string');
    expect(i.level).toBeTypeOf('number');
    expect(i.change === null || typeof i.change === 'number').toBe(true);
    expect(quadrants).toContain(i.quadrant);
  }
}

describe('npm run barometer on raw input', () => {
  it('prints one object per quarter in the documented shape, with a ragged edge', async () => {
    const { code, stdout, stderr } = await run(fixture('raw-ragged.csv'));
    expect(code).toBe(0);
    const quarters: unknown = JSON.parse(stdout);
    if (!Array.isArray(quarters)) throw new Error('not an array');
    expect(quarters).toHaveLength(35); // 2015KW01–2023KW03
    quarters.forEach(expectQuarterShape);
    const tail = quarters.slice(-4).map((q) => [q.period, q.used, q.indicators.map((i: { id: string }) => i.id)]);
    expect(tail).toEqual([
      ['2022KW04', 3, ['consumentenvertrouwen', 'bbp', 'faillissementen']],
      ['2023KW01', 3, ['consumentenvertrouwen', 'bbp', 'faillissementen']],
      ['2023KW02', 2, ['consumentenvertrouwen', 'bbp']],
      ['2023KW03', 1, ['bbp']],
    ]);
    expect(quarters[0].change).toBeNull();
    expect(quarters[0].weather).toBeNull();
    expect(stderr).toContain('warning: omzet left out: te kort voor een trend: 20 kwartalen');
    expect(stderr).toContain('warning: consumentenvertrouwen: onvolledig kwartaal weggelaten: 2023KW03 (1 van 3 maanden)');
  });

  it('prints the same bytes twice, and other numbers for another λ', async () => {
    const first = await run(fixture('raw-ragged.csv'));
    const second = await run(fixture('raw-ragged.csv'));
    expect(second.stdout).toBe(first.stdout);
    const smoother = await run(fixture('raw-ragged.csv'), '--lambda', '100000');
    expect(smoother.code).toBe(0);
    expect(smoother.stdout).not.toBe(first.stdout);
  });

  it('runs the Christiano–Fitzgerald band-pass on request', async () => {
    const { code, stdout } = await run(fixture('raw-ragged.csv'), '--filter', 'cf');
    expect(code).toBe(0);
    const quarters: unknown = JSON.parse(stdout);
    if (!Array.isArray(quarters)) throw new Error('not an array');
    quarters.forEach(expectQuarterShape);
  });
});

describe('npm run barometer on clock and composite input', () => {
  it('reads published clock positions without filtering them', async () => {
    const { code, stdout } = await run(fixture('clock-ragged.csv'), '--input', 'clock');
    expect(code).toBe(0);
    const quarters: unknown = JSON.parse(stdout);
    if (!Array.isArray(quarters)) throw new Error('not an array');
    quarters.forEach(expectQuarterShape);
    expect(quarters.map((q) => q.used)).toEqual([2, 2, 2, 2, 2, 1]);
    // B − B(t−1) would be +0,05 (bbp at −0,4 dropping out lifts B), but the one indicator in both quarters falls 0,5.
    expect(quarters[5]).toEqual({
      period: '2023KW02',
      level: 0.2,
      change: -0.5,
      weather: 'licht bewolkt',
      indicators: [{ id: 'ondernemersvertrouwen', level: 0.2, change: -0.5, quadrant: 'orange' }],
      used: 1,
      of: 12,
      joined: [],
      left: ['bbp'],
    });
  });

  it('reads a published composite', async () => {
    const { code, stdout } = await run(fixture('composite.csv'), '--input', 'composite');
    expect(code).toBe(0);
    const quarters: unknown = JSON.parse(stdout);
    if (!Array.isArray(quarters)) throw new Error('not an array');
    expect(quarters.map((q) => [q.period, q.weather, q.used, q.of, q.joined, q.left])).toEqual([
      ['2023KW01', null, null, 12, null, null],
      ['2023KW02', 'zonnig', null, 12, null, null],
      ['2023KW03', 'licht bewolkt', null, 12, null, null],
      ['2023KW04', 'regen', null, 12, null, null],
      ['2024KW01', 'bewolkt', null, 12, null, null],
    ]);
  });
});

describe('npm run barometer refuses bad input', () => {
  it.each([
    ['bad-period.csv', 'line 3, column period: unknown period code "2023Q2"'],
    ['bad-value.csv', 'line 3, column value: not a number "1,5"'],
    ['duplicate.csv', 'line 4, column period: duplicate period for bbp (first on line 2): "2023KW01"'],
    ['unknown-indicator.csv', 'line 3, column indicator: unknown indicator "bnp"'],
    ['bad-header.csv', 'line 1: wrong header for raw input: "indicator;period;value"'],
  ])('%s', async (name, message) => {
    const { code, stdout, stderr } = await run(fixture(name), '--input', 'clock');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: /);
    expect(stderr).toContain(`${fixture(name)}, ${message.replace('raw input', 'clock input')}`);
  });

  it('refuses months outside raw input, and values ≤ 0 for log-transformed indicators', async () => {
    const months = await run(fixture('raw-ragged.csv'), '--input', 'clock');
    expect(months.code).toBe(1);
    expect(months.stderr).toContain('line 37, column period: a month cannot be clock input: "2015MM01"');
    const composite = await run(fixture('clock-ragged.csv'), '--input', 'composite');
    expect(composite.stderr).toContain('line 1: wrong header for composite input');
    const negative = await run(fixture('clock-ragged.csv'));
    expect(negative.code).toBe(1);
    expect(negative.stderr).toContain('line 11, column value: bbp is taken as a logarithm, so its values must be > 0; found "-0.2"');
  });

  it('refuses bad arguments', async () => {
    expect((await run()).stderr).toMatch(/^error: no CSV file given\nusage:/);
    expect((await run(fixture('composite.csv'), '--input', 'weekly')).code).toBe(1);
    expect((await run(fixture('composite.csv'), '--lambda', 'abc')).stderr).toContain('--lambda must be a number > 0');
    expect((await run('test/fixtures/barometer/missing.csv')).stderr).toContain('cannot read the file');
  });

  it('exits 1 with the message and no stack trace as a real process', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/barometer.ts', fixture('bad-period.csv')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `error: ${fixture('bad-period.csv')}, line 3, column period: unknown period code "2023Q2"; expected a quarter YYYYKWnn or a month YYYYMMnn`,
    );
  }, 20_000);
});
