// The Atom feed and the sitemap from a small changes file: which figures each drop lists, dates, escaping.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { ChangesFile, DatasetChanges } from '../../../src/lib/pages/changes-view.ts';
import { atomFeed, type FeedFigure } from '../../../src/lib/pages/feed.ts';
import { absoluteUrl, sitePath } from '../../../src/lib/pages/site.ts';
import { sitemapPages, sitemapXml } from '../../../src/lib/pages/sitemap.ts';
import { xmlProblems } from '../../helpers/xml-well-formed.ts';

const none = { added: 0, revised: 0, status: 0, removed: 0 };
const dataset = (name: DatasetChanges['name'], counts: typeof none, series: DatasetChanges['series'] = []): DatasetChanges => ({
  name,
  title: name,
  rows: 10,
  previousRows: 10,
  latestPeriod: '2026MM01',
  counts,
  newPeriods: [],
  statusChanges: [],
  removedPeriods: [],
  revised: [],
  series,
});

const changes: ChangesFile = {
  current: '2026-09-01',
  drops: [
    {
      id: '2026-08-01',
      date: '2026-08-01',
      previous: null,
      first: true,
      counts: { ...none, added: 20 },
      datasets: [dataset('faillissementen', { ...none, added: 10 }), dataset('vacatures', { ...none, added: 10 })],
    },
    {
      id: '2026-09-01',
      date: '2026-09-01',
      previous: '2026-08-01',
      first: false,
      counts: { ...none, added: 1, revised: 2 },
      datasets: [
        dataset('faillissementen', { ...none, added: 1, revised: 2 }, [
          { key: 'bron|faillissementen|totaal', ...none, added: 1, revised: 2 },
        ]),
        dataset('vacatures', none),
      ],
    },
  ],
};

const figure = (id: string, title: string, dataset: string, key: string): FeedFigure => ({
  id,
  title,
  uses: new Map([[dataset, new Set([key])]]),
  datasets: [dataset],
});
const figures = [
  figure('faillissementen', 'Faillissementen <per> maand & jaar', 'faillissementen', 'bron|faillissementen|totaal'),
  figure('faillissementen-mkb', 'Faillissementen in het mkb', 'faillissementen', 'bron|faillissementen|mkb'),
  figure('vacatures', 'Vacatures', 'vacatures', 'bron|vacatures|totaal'),
];

// Whatever SITE_URL and BASE_PATH the test runs with.
const url = (route: string) => absoluteUrl(sitePath(route));
const xml = atomFeed(changes, figures);
const document = new (parseHTML('').DOMParser)().parseFromString(xml, 'text/xml') as unknown as Document;
const entries = [...document.querySelectorAll('entry')];
const entryHtml = (entry: Element) => parseHTML(`<div>${entry.querySelector('content')?.textContent ?? ''}</div>`).document;

describe('atomFeed', () => {
  test('is well-formed Atom, newest drop first, dated by the drops alone', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(document.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(document.querySelector('feed > updated')?.textContent).toBe('2026-09-01T00:00:00Z');
    expect(entries.map((e) => e.querySelector('updated')?.textContent)).toEqual(['2026-09-01T00:00:00Z', '2026-08-01T00:00:00Z']);
    expect(entries.map((e) => e.querySelector('id')?.textContent)).toEqual([url('/nieuw/2026-09-01/'), url('/nieuw/2026-08-01/')]);
    expect(document.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(url('/feed.xml'));
    expect(document.querySelector('feed > author > name')?.textContent).not.toBe('');
    expect(atomFeed(changes, figures)).toBe(xml);
  });

  test('a later drop lists only the figures whose own series changed, with the counts', () => {
    const items = [...entryHtml(entries[0]!).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Faillissementen <per> maand & jaar: 1 nieuwe waarde en 2 herziene waarden']);
    expect(entryHtml(entries[0]!).querySelector('a')?.getAttribute('href')).toBe(url('/figuren/faillissementen/'));
  });

  test('the first drop lists every figure', () => {
    expect([...entryHtml(entries[1]!).querySelectorAll('li')].map((li) => li.textContent)).toEqual(figures.map((f) => f.title));
  });
});

describe('sitemap', () => {
  const figurePages = [{ figure: 'faillissementen', path: sitePath('/figuren/faillissementen/5-jaar/') }];
  const pages = sitemapPages({ changes, figures, quarters: ['2026KW01'], figurePages });

  test('dates a figure page by the last drop that changed it, other pages by the current drop', () => {
    const lastmod = new Map(pages.map((p) => [p.path, p.lastmod]));
    expect(lastmod.get(sitePath('/figuren/faillissementen/'))).toBe('2026-09-01');
    expect(lastmod.get(sitePath('/figuren/vacatures/'))).toBe('2026-08-01');
    // A view of a figure is dated like the figure.
    expect(lastmod.get(sitePath('/figuren/faillissementen/5-jaar/'))).toBe('2026-09-01');
    expect(lastmod.get(sitePath('/nieuw/2026-08-01/'))).toBe('2026-08-01');
    expect(lastmod.get(sitePath('/'))).toBe('2026-09-01');
    expect(lastmod.get(sitePath('/conjunctuur/mkbarometer/2026KW01/'))).toBe('2026-09-01');
  });

  test('is sorted, without duplicates, and well-formed', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual([...new Set(paths)].sort());
    const out = sitemapXml(pages);
    expect(xmlProblems(out)).toEqual([]);
    expect(out).toContain(`<url><loc>${url('/figuren/')}</loc><lastmod>2026-09-01</lastmod></url>`);
  });
});
