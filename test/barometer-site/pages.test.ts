// The MKBarometer pages in the built site (dist/) against src/generated/barometer.json, read from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedDir, parseHtml, requireDist, urlToFile } from '../helpers/dist.ts';

interface Quarter {
  period: string;
  level: number;
  change: number | null;
  weather: string | null;
  indicators: { id: string; level: number; change: number | null; quadrant: string | null }[];
  used: number | null;
  of: number;
  joined: string[] | null;
  left: string[] | null;
}

const dist = requireDist();
const barometer = JSON.parse(readFileSync(join(generatedDir, 'barometer.json'), 'utf8')) as { quarters: Quarter[] };
const quarters = barometer.quarters;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function page(path: string): Document {
  const file = urlToFile(path, dist);
  if (!file) throw new Error(`${path} has no file in ${dist}`);
  return parseHtml(readFileSync(file, 'utf8'));
}

/** The gauge's quarter, worked out here from the JSON: the newest with a weather word and ≥ half the indicators the drop has. */
function expectedGaugeQuarter(): Quarter {
  const available = new Set(quarters.flatMap((q) => q.indicators.map((i) => i.id))).size;
  const minimum = Math.ceil(available / 2);
  const found = [...quarters].reverse().find((q) => (q.used ?? 0) >= minimum && q.weather !== null);
  if (!found) throw new Error('no quarter meets the gauge threshold');
  return found;
}

/** Every numeric cell of the barometer tables in an element: "<series>|<period>|<measure>" → value. */
function cells(root: ParentNode): Map<string, number> {
  const out = new Map<string, number>();
  for (const cell of root.querySelectorAll('td[data-dataset="barometer"]')) {
    const key = ['data-series', 'data-period', 'data-measure'].map((name) => cell.getAttribute(name) ?? '').join('|');
    expect(out.has(key), `two cells for ${key}`).toBe(false);
    out.set(key, Number(cell.getAttribute('data-value')));
  }
  return out;
}

/** The clock table of a quarter page equals the JSON: level and change of every indicator, nothing else. */
function expectClockTable(document: Document, quarter: Quarter): void {
  const table = document.querySelector('table.clock-table');
  expect(table, `no clock table for ${quarter.period}`).toBeTruthy();
  const expected = new Map<string, number>();
  for (const indicator of quarter.indicators) {
    expected.set(`${indicator.id}|${quarter.period}|level`, indicator.level);
    if (indicator.change !== null) expected.set(`${indicator.id}|${quarter.period}|change`, indicator.change);
  }
  expect(cells(table!)).toEqual(expected);
}

describe('the gauge on the home page', () => {
  const home = page('/');
  const section = home.querySelector('section#mkbarometer');
  const quarter = expectedGaugeQuarter();

  test('is in the MKBarometer section and shows the expected quarter', () => {
    expect(section).toBeTruthy();
    expect(section!.querySelector('.gauge')?.getAttribute('data-period')).toBe(quarter.period);
  });

  test('has an SVG with role="img" whose title and desc name the weather word', () => {
    const svg = section!.querySelector('.gauge svg[role="img"]');
    expect(svg, 'no svg[role=img] in the gauge').toBeTruthy();
    const ids = (svg!.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const named = ids.map((id) => text(home.getElementById(id))).join(' ');
    expect(text(svg!.querySelector('title'))).toContain(quarter.weather!);
    expect(text(svg!.querySelector('desc')).toLowerCase()).toContain(quarter.weather!);
    expect(named).toContain(quarter.weather!);
  });

  test('says the same in visible text: weather, quarter, direction and "van de 12 indicatoren"', () => {
    const visible = text(section!.querySelector('.gauge-text')).toLowerCase();
    expect(visible).toContain(quarter.weather!);
    expect(visible).toMatch(/\d+e kwartaal \d{4}/);
    expect(visible).toContain(quarter.change! > 0 ? 'verbeterend' : 'verslechterend');
    expect(visible).toContain(`op basis van ${quarter.used} van de 12 indicatoren`);
  });

  test('links every newer quarter', () => {
    const newer = quarters.filter((q) => q.period > quarter.period).map((q) => `/conjunctuur/mkbarometer/${q.period}/`);
    const links = [...section!.querySelectorAll('.gauge-newer a')].map((a) => a.getAttribute('href'));
    for (const href of newer) expect(links).toContain(href);
  });
});

describe('ΔB: the mean change of the indicators in both quarters (revised rule)', () => {
  const byPeriod = new Map(quarters.map((q) => [q.period, q]));
  const before = (period: string) => {
    const [year, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
    return byPeriod.get(q === 1 ? `${year - 1}KW04` : `${year}KW0${q - 1}`);
  };

  test('barometer.json: ΔB, joined and left follow from the indicators of the quarter and the one before', () => {
    for (const q of quarters) {
      const previous = before(q.period);
      const ids = q.indicators.map((i) => i.id);
      const earlier = previous?.indicators.map((i) => i.id) ?? [];
      const common = q.indicators.filter((i) => earlier.includes(i.id));
      expect(
        q.indicators.filter((i) => i.change !== null).map((i) => i.id),
        q.period,
      ).toEqual(common.map((i) => i.id));
      if (common.length === 0) expect(q.change, q.period).toBeNull();
      else expect(q.change!, q.period).toBeCloseTo(common.reduce((sum, i) => sum + i.change!, 0) / common.length, 3);
      expect(q.joined, q.period).toEqual(previous ? ids.filter((id) => !earlier.includes(id)) : []);
      expect(q.left, q.period).toEqual(earlier.filter((id) => !ids.includes(id)));
    }
  });

  const changed = quarters.filter((q) => q.change !== null && (q.joined!.length > 0 || q.left!.length > 0));
  const same = quarters.filter((q) => q.change !== null && q.joined!.length === 0 && q.left!.length === 0).slice(-3);

  test('the drop has quarters whose set of indicators changed (else the next tests prove nothing)', () => {
    expect(changed.length).toBeGreaterThan(0);
    expect(same.length).toBe(3);
  });

  test.each(changed.map((q) => [q.period, q] as const))('%s: the quarter page names the indicators that joined and left', (period, q) => {
    const note = text(page(`/conjunctuur/mkbarometer/${period}/`).querySelector('.gauge-composition'));
    expect(note).toContain('Andere indicatoren dan in het');
    for (const id of [...q.joined!, ...q.left!]) expect(note.toLowerCase()).toContain(id.slice(0, 8));
    const common = q.indicators.filter((i) => i.change !== null).length;
    expect(note).toContain(common === 1 ? 'ene indicator' : `${common} indicatoren met een cijfer in beide kwartalen`);
  });

  test.each(same.map((q) => [q.period] as const))('%s: the same set as the quarter before, so no note', (period) => {
    expect(page(`/conjunctuur/mkbarometer/${period}/`).querySelector('.gauge-composition')).toBeNull();
  });
});

describe('quarter pages', () => {
  test('there is a page for every quarter in barometer.json, and no other', () => {
    const missing = quarters.filter((q) => urlToFile(`/conjunctuur/mkbarometer/${q.period}/`, dist) === undefined).map((q) => q.period);
    expect(missing).toEqual([]);
    const built = readdirSync(join(dist, 'conjunctuur/mkbarometer')).filter((name) => /^\d{4}KW\d{2}$/.test(name));
    expect(built.sort()).toEqual(quarters.map((q) => q.period).sort());
  });

  // The first quarter with a clock, one in the middle and the newest.
  const withClock = quarters.filter((q) => q.indicators.some((i) => i.change !== null));
  const samples = [withClock[0]!, withClock[Math.floor(withClock.length / 2)]!, quarters.at(-1)!];

  test.each(samples.map((q) => [q.period, q] as const))(
    '%s: the table equals the JSON, and prev/next link the neighbours',
    (period, quarter) => {
      const document = page(`/conjunctuur/mkbarometer/${period}/`);
      expectClockTable(document, quarter);
      expect(text(document.querySelector('.gauge .gauge-basis'))).toBe(`op basis van ${quarter.used} van de 12 indicatoren`);
      const index = quarters.indexOf(quarter);
      const prev = document.querySelector('a[rel="prev"]')?.getAttribute('href');
      const next = document.querySelector('a[rel="next"]')?.getAttribute('href');
      expect(prev).toBe(index > 0 ? `/conjunctuur/mkbarometer/${quarters[index - 1]!.period}/` : undefined);
      expect(next).toBe(index < quarters.length - 1 ? `/conjunctuur/mkbarometer/${quarters[index + 1]!.period}/` : undefined);
    },
  );
});

describe('the main MKBarometer page', () => {
  const document = page('/conjunctuur/mkbarometer/');

  test("the clock table is the gauge's quarter and equals the JSON", () => {
    expectClockTable(document, expectedGaugeQuarter());
  });

  test('the history table has B, its change and "used" for every quarter, equal to the JSON, and links each quarter', () => {
    const table = document.querySelector('table.history-table');
    expect(table).toBeTruthy();
    const expected = new Map<string, number>();
    for (const q of quarters) {
      expected.set(`B|${q.period}|level`, q.level);
      if (q.change !== null) expected.set(`B|${q.period}|change`, q.change);
      if (q.used !== null) expected.set(`B|${q.period}|used`, q.used);
    }
    expect(cells(table!)).toEqual(expected);
    // The last column says which indicators joined or left since the quarter before.
    const rows = [...table!.querySelectorAll('tbody tr')];
    const changes = rows.filter((row) => /erbij:|weg:/.test(text(row.querySelector('td:last-child'))));
    expect(changes.length).toBe(quarters.filter((q) => q.change !== null && (q.joined!.length > 0 || q.left!.length > 0)).length);
    const links = new Set([...table!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    expect(quarters.filter((q) => !links.has(`/conjunctuur/mkbarometer/${q.period}/`)).map((q) => q.period)).toEqual([]);
  });

  test('names every indicator that is missing from the drop', () => {
    const excluded = (
      JSON.parse(readFileSync(join(generatedDir, 'barometer.json'), 'utf8')) as { excluded: { id: string; reason: string }[] }
    ).excluded;
    const list = text(document.querySelector('table.indicator-table'));
    for (const { reason } of excluded) expect(list).toContain(reason);
    expect(list.match(/ontbreekt:|niet gebruikt:/g)?.length ?? 0).toBe(excluded.length);
  });
});

describe('every MKBarometer page', () => {
  const paths = [
    '/conjunctuur/mkbarometer/',
    '/conjunctuur/mkbarometer/methode/',
    `/conjunctuur/mkbarometer/${quarters[0]!.period}/`,
    `/conjunctuur/mkbarometer/${quarters.at(-1)!.period}/`,
  ];

  test.each(paths)('%s has a title, a description, one h1 and breadcrumbs Home › Conjunctuur › …', (path) => {
    const document = page(path);
    expect(text(document.querySelector('title'))).not.toBe('');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(document.querySelectorAll('h1').length).toBe(1);
    const crumbs = [...document.querySelectorAll('nav[aria-label="Kruimelpad"] li')].map(text);
    expect(crumbs.slice(0, 2)).toEqual(['Home', 'Conjunctuur']);
    if (path !== '/conjunctuur/mkbarometer/') expect(crumbs[2]).toBe('MKBarometer');
  });

  test('the method page states the filter parameter and the gauge threshold from the data', () => {
    const document = page('/conjunctuur/mkbarometer/methode/');
    const body = text(document.querySelector('main'));
    expect(body).toContain('λ = 1.600');
    expect(document.getElementById('meter')).toBeTruthy();
    expect(body).toContain(`de drempel is ${Math.ceil(new Set(quarters.flatMap((q) => q.indicators.map((i) => i.id))).size / 2)}`);
  });
});
