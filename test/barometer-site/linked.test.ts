// Chain-linked quarters in the built site (dist/) against src/generated, and the acceptance of issue 11 for the
// committed drop: a current barometer. Values follow the data; only the acceptance threshold is fixed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/format/period.ts';
import { seriesKey } from '../../src/lib/series-key.ts';
import { distDir, generatedDir, parseHtml, requireDist, urlToFile } from '../helpers/dist.ts';

interface Indicator {
  id: string;
  level: number;
  change: number | null;
  linked: boolean;
}
interface Quarter {
  period: string;
  weather: string | null;
  used: number | null;
  indicators: Indicator[];
}
interface Link {
  successor: string;
  linkQuarter: string;
  first: string;
  last: string;
  count: number;
  summary: { quarters: number } | null;
}
interface Proxy {
  id: string;
  source: string;
  last: string;
  link?: Link;
}
interface Point {
  period: string;
  value: number | null;
  status: string;
  linked?: string;
}
interface Series {
  source: string;
  series: string;
  category: string;
  points: Point[];
}

requireDist();
const barometer = JSON.parse(readFileSync(join(generatedDir, 'barometer.json'), 'utf8')) as { quarters: Quarter[]; proxies: Proxy[] };
const economie = JSON.parse(readFileSync(join(generatedDir, 'economie.json'), 'utf8')) as { series: Series[] };
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const page = (path: string) => parseHtml(readFileSync(urlToFile(path, distDir)!, 'utf8'));
const file = (path: string) => readFileSync(join(distDir, path), 'utf8');
const csvRows = (path: string) =>
  Papa.parse<Record<string, string>>(file(path).replace(/^\uFEFF/, ''), { header: true, comments: '#', skipEmptyLines: true }).data;

describe('acceptance: a current MKBarometer on the committed drop', () => {
  const gauge = page('/').querySelector('section#mkbarometer .gauge');
  const period = gauge?.getAttribute('data-period') ?? '';
  const quarter = barometer.quarters.find((q) => q.period === period);

  test('the home gauge reads 3e kwartaal 2025 or later, resting on at least 6 indicators', () => {
    expect(period >= '2025KW03', `gauge quarter ${period}`).toBe(true);
    expect(quarter?.used ?? 0).toBeGreaterThanOrEqual(6);
    expect(text(gauge)).toContain(`op basis van ${quarter!.used} van de 12 indicatoren`);
  });

  test('and it says how many of those rest on linked figures', () => {
    const linked = quarter!.indicators.filter((i) => i.linked).length;
    expect(linked).toBeGreaterThan(0);
    expect(text(gauge?.querySelector('.gauge-linked'))).toContain(`waarvan ${linked} gekoppeld`);
  });
});

describe('barometer.json: linked quarters follow from each proxy’s link', () => {
  const linkedProxies = barometer.proxies.filter((p) => p.link);

  test('the drop links at least one proxy (else the tests below prove nothing)', () => {
    expect(linkedProxies.length).toBeGreaterThan(0);
  });

  test.each(barometer.proxies.map((p) => [p.id, p] as const))(
    '%s: linked exactly after its link quarter, up to its last linked quarter',
    (id, proxy) => {
      const flagged = barometer.quarters.flatMap((q) => q.indicators.filter((i) => i.id === id && i.linked).map(() => q.period));
      if (!proxy.link) {
        expect(flagged).toEqual([]);
        return;
      }
      expect(proxy.link.linkQuarter).toBe(proxy.last);
      expect(flagged.every((p) => p > proxy.link!.linkQuarter && p <= proxy.link!.last)).toBe(true);
      expect(flagged.length).toBe(proxy.link.count);
      expect(flagged[0]).toBe(proxy.link.first);
      expect(proxy.link.summary?.quarters ?? 0).toBeGreaterThan(0);
    },
  );
});

describe('the GDP level figure runs on by linking (bbp-consumptie-niveau)', () => {
  const bases = economie.series.filter(
    (s) => s.source === 'cbsodata-csv/84105NED' && s.category === 'Prijsniveau 2015, seizoengecorrigeerd',
  );
  const level = (name: string) => bases.find((s) => s.series === name)!;
  const change = (name: string) =>
    economie.series.find((s) => s.source === 'cbs-odata-v4/85880NED' && s.series === name && s.category === 'A045300')!;
  const pairs = [
    [level('BrutoBinnenlandsProduct_2'), change('M002782_1')],
    [level('Huishoudens_9'), change('A047811_1')],
  ] as const;
  const linkedKeys = new Set(pairs.flatMap(([s]) => s.points.filter((p) => p.linked).map((p) => `${seriesKey(s)}|${p.period}`)));

  test('each linked quarter is the quarter before times 85880NED’s published change', () => {
    for (const [base, changes] of pairs) {
      const quarters = base.points.filter((p) => /KW/.test(p.period));
      const linked = quarters.filter((p) => p.linked);
      expect(linked.length, base.series).toBeGreaterThan(0);
      for (const point of linked) {
        const before = quarters[quarters.indexOf(point) - 1]!;
        const c = changes.points.find((p) => p.period === point.period)!.value!;
        // Both values are rounded to 0,1; the chain itself runs in full precision.
        expect(Math.abs(point.value! - before.value! * (1 + c / 100)), `${base.series} ${point.period}`).toBeLessThan(0.11);
        expect(point.linked).toBe('cbs-odata-v4/85880NED');
      }
    }
  });

  test('it runs to 2026 on the committed drop', () => {
    const last = level('BrutoBinnenlandsProduct_2')
      .points.filter((p) => p.value !== null)
      .at(-1)!.period;
    expect(Number(last.slice(0, 4))).toBeGreaterThanOrEqual(2026);
  });

  test('the table marks exactly the linked cells, in data-flag and in words', () => {
    const document = page('/figuren/bbp-consumptie-niveau/');
    const cells = [...document.querySelectorAll('figure[data-figure="bbp-consumptie-niveau"] table.data-table td[data-value]')];
    // data-flag lists every flag of the number (comma-separated): a linked quarter may be voorlopig too.
    const linkedCell = (c: Element) => (c.getAttribute('data-flag') ?? '').split(',').includes('gekoppeld');
    const flagged = cells.filter(linkedCell);
    expect(new Set(flagged.map((c) => `${c.getAttribute('data-series')}|${c.getAttribute('data-period')}`))).toEqual(linkedKeys);
    for (const cell of cells) expect(text(cell).includes('(gekoppeld)')).toBe(linkedCell(cell));
  });

  test('the tooltips of linked quarters say so', () => {
    const document = page('/figuren/bbp-consumptie-niveau/');
    const labels = [...document.querySelectorAll('.chart-point')].map((b) => b.getAttribute('aria-label') ?? '');
    const periods = new Set([...linkedKeys].map((k) => k.split('|').at(-1)!));
    for (const period of periods) expect(labels.find((l) => l.startsWith(`${formatPeriod(period)}:`))).toContain('(gekoppeld)');
  });

  test('cijfers.csv and cijfers.json flag exactly the linked rows', () => {
    const key = (r: Partial<Record<'reeks_id' | 'periode_code', string>>) => `${r.reeks_id}|${r.periode_code}`;
    // kenmerk lists every flag of the number (", "-separated): a linked quarter may be voorlopig too.
    const linked = (r: { kenmerk?: string }) => (r.kenmerk ?? '').split(', ').includes('gekoppeld');
    const rows = csvRows('figuren/bbp-consumptie-niveau/cijfers.csv');
    expect(new Set(rows.filter((r) => linked({ kenmerk: r['kenmerk'] })).map((r) => key(r)))).toEqual(linkedKeys);
    const json = JSON.parse(file('figuren/bbp-consumptie-niveau/cijfers.json')) as {
      cijfers: { reeks_id: string; periode_code: string; kenmerk: string }[];
    };
    expect(new Set(json.cijfers.filter(linked).map(key))).toEqual(linkedKeys);
  });
});

describe('the MKBarometer pages and downloads carry the flag', () => {
  const latestLinked = [...barometer.quarters].reverse().find((q) => q.indicators.some((i) => i.linked));

  test('the newest quarter with linked figures: its clock table marks the linked indicators, and only those', () => {
    if (!latestLinked) throw new Error('no quarter in barometer.json has a linked figure');
    const table = page(`/conjunctuur/mkbarometer/${latestLinked.period}/`).querySelector('table.clock-table')!;
    const flagged = new Set([...table.querySelectorAll('td[data-flag="gekoppeld"]')].map((c) => c.getAttribute('data-series')));
    expect(flagged).toEqual(new Set(latestLinked.indicators.filter((i) => i.linked).map((i) => i.id)));
    const rowsSaying = [...table.querySelectorAll('tbody tr')].filter((row) => text(row.querySelector('th')).includes('gekoppeld'));
    expect(rowsSaying.length).toBe(flagged.size);
  });

  test('cijfers.csv: B and every indicator of every quarter, kenmerk "gekoppeld" exactly where barometer.json says linked', () => {
    const rows = csvRows('conjunctuur/mkbarometer/cijfers.csv');
    const expected = barometer.quarters.flatMap((q) => [
      `${q.period}|B|`,
      ...q.indicators.map((i) => `${q.period}|${i.id}|${i.linked ? 'gekoppeld' : ''}`),
    ]);
    expect(rows.map((r) => `${r['periode_code']}|${r['reeks_id']}|${r['kenmerk']}`).sort()).toEqual(expected.sort());
  });

  test('the method page names every link quarter and the overlap of every linked proxy', () => {
    const body = text(page('/conjunctuur/mkbarometer/methode/').querySelector('table.link-table'));
    for (const proxy of barometer.proxies.filter((p) => p.link)) {
      expect(body).toContain(formatPeriod(proxy.link!.linkQuarter));
      expect(body).toContain(`(${proxy.link!.summary!.quarters} kwartalen)`);
    }
  });
});
