// npm run review: the page that shows, before publishing, every figure whose numbers differ between two drops,
// old and new chart side by side. On two small synthetic drops (test data, written into a temp folder), on the
// committed drop with a second drop derived from it in a temp folder (known changes), and on data/ as it is.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDrops } from '../../scripts/diff/compare-drops.ts';
import { listDrops, readDrop, writeDrop } from '../../scripts/lib/drop.ts';
import { figures } from '../../src/figures/index.ts';
import { changeTotal, countsText } from '../../src/lib/pages/changes-view.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import { entries, removeTemps, root, runScript, tempDir } from './helpers.ts';
import { smallDrops } from './review-drops.ts';

afterAll(removeTemps);

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs npm run review and reads the page it wrote (the last line of its output names the file). */
async function review(args: string[]) {
  const run = await runScript('review', args);
  expect(run.stderr, 'stderr').toBe('');
  expect(run.code).toBe(0);
  const file = /^wrote (.+)$/m.exec(run.stdout)?.[1] ?? '';
  expect(existsSync(file), file).toBe(true);
  const html = readFileSync(file, 'utf8');
  return { run, file, html, document: parseHTML(html).document as unknown as Document };
}

/** Per figure section: its id, the two images' alt texts and decoded SVGs, and its change rows. */
function sections(document: Document) {
  return [...document.querySelectorAll('section.figure')].map((section) => ({
    id: section.id,
    title: text(section.querySelector('h2')),
    images: [...section.querySelectorAll('.pair figure')].map((figure) => {
      const img = figure.querySelector('img');
      const src = img?.getAttribute('src') ?? '';
      return {
        caption: text(figure.querySelector('figcaption')),
        alt: img?.getAttribute('alt') ?? '',
        svg: src.startsWith('data:image/svg+xml;base64,') ? Buffer.from(src.slice(26), 'base64').toString('utf8') : '',
      };
    }),
    rows: [...section.querySelectorAll('table.changes tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell))),
    tables: section.querySelectorAll('details table.data').length,
  }));
}

/** The page stands on its own: no script, nothing loaded from elsewhere; one h1, lang nl, captions on tables. */
function expectSelfContained(document: Document) {
  expect(document.documentElement.getAttribute('lang')).toBe('nl');
  expect(document.querySelectorAll('h1').length).toBe(1);
  expect(document.querySelectorAll('script').length).toBe(0);
  const loads = [...document.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
  expect(loads.filter((url) => !url.startsWith('data:'))).toEqual([]);
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  expect(links.filter((href) => !href.startsWith('#'))).toEqual([]);
  for (const href of links) expect(document.getElementById(href.slice(1)), href).toBeTruthy();
  for (const table of document.querySelectorAll('table')) expect(text(table.querySelector('caption'))).not.toBe('');
  for (const img of document.querySelectorAll('img')) expect(img.getAttribute('alt')?.length ?? 0).toBeGreaterThan(20);
}

describe('two small drops (synthetic test data)', () => {
  let data: string;
  let out: string;
  let page: Awaited<ReturnType<typeof review>>;

  beforeAll(async () => {
    data = join(tempDir('review-data'), 'data');
    out = tempDir('review-out');
    for (const drop of smallDrops) await writeDrop(data, drop);
    page = await review(['--data', data, '--out', out]);
  });

  it('writes one HTML file into --out, named after the two drops, and nothing else', () => {
    expect(page.file).toBe(join(out, 'review-2026-08-01-2026-09-01.html'));
    expect(entries(out)).toEqual(['review-2026-08-01-2026-09-01.html']);
    expect(page.run.stdout).toMatch(/^2026-08-01 → 2026-09-01: 1 of \d+ figures show other numbers$/m);
  });

  it('shows the monthly figure with the old and the new chart side by side, each drawn from its own drop', () => {
    const shown = sections(page.document);
    expect(shown.map((s) => s.id)).toEqual(['faillissementen-per-maand']);
    const [monthly] = shown;
    expect(monthly!.images.map((i) => i.caption)).toEqual(['Oud: datadrop 2026-08-01', 'Nieuw: datadrop 2026-09-01']);
    for (const image of monthly!.images) {
      expect(image.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
      expect(image.svg).toContain('<title id="figuur-titel">Faillissementen per maand</title>');
      expect(image.alt).toMatch(/^Faillissementen per maand, datadrop 2026-0[89]-01\. /);
    }
    expect(monthly!.images[0]!.svg).toContain('datadrop 2026-08-01');
    expect(monthly!.images[1]!.svg).toContain('datadrop 2026-09-01');
    expect(monthly!.images[0]!.svg).not.toBe(monthly!.images[1]!.svg);
    expect(monthly!.tables).toBe(2);
  });

  it('lists every change to the numbers the figure shows: new periods, revisions, removed rows', () => {
    const [monthly] = sections(page.document);
    expect(monthly!.rows).toEqual([
      ['Uitgesproken faillissementen — Eenmanszaken', 'januari 2024', 'verwijderd', '120', ''],
      ['Uitgesproken faillissementen — Eenmanszaken', 'januari 2026', 'nieuwe waarde', '', '125'],
      ['Uitgesproken faillissementen — Bedrijven en instellingen', 'juni 2025', 'herzien', '314', '333'],
      ['Uitgesproken faillissementen — Bedrijven en instellingen', 'januari 2026', 'nieuwe waarde', '', '310'],
    ]);
    expect(text(page.document.querySelector('nav'))).toContain(
      'Faillissementen per maand: 2 nieuwe waarden, 1 herziene waarde en 1 verwijderde rij',
    );
  });

  it('lists the other figures, saying why one cannot be drawn from these drops', () => {
    const rest = [...page.document.querySelectorAll('#ongewijzigd-kop + ul li')].map((li) => text(li));
    expect(rest).toHaveLength(figures.length - 1);
    expect(rest.some((item) => item.includes('(niet te tekenen:'))).toBe(true);
  });

  it('is self-contained and accessible: no scripts, no outside references, alt texts and captions', () => {
    expectSelfContained(page.document);
  });

  it('gives the same bytes for the same drops', async () => {
    const again = await review(['--data', data, '--out', tempDir('review-again'), '2026-08-01', '2026-09-01']);
    expect(again.html).toBe(page.html);
  });

  it('refuses a data folder with one drop, and an --out inside the site build, writing nothing', async () => {
    const single = join(tempDir('review-single'), 'data');
    await writeDrop(single, smallDrops[0]);
    const one = await runScript('review', ['--data', single, '--out', out]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('there is one drop (2026-08-01), so nothing to compare');
    expect(one.stderr).not.toMatch(/\n\s+at /);
    const inDist = await runScript('review', ['--data', data, '--out', join(root, 'dist', 'review')]);
    expect(inDist.code).toBe(1);
    expect(inDist.stderr).toContain("is inside the site's build folder");
    expect(existsSync(join(root, 'dist', 'review'))).toBe(false);
    expect(entries(out)).toEqual(['review-2026-08-01-2026-09-01.html']);
  });
});

describe('the committed drop and a second drop derived from it (temp folder)', () => {
  let page: Awaited<ReturnType<typeof review>>;
  let revised: { period: string; old: number; new: number };

  beforeAll(async () => {
    const latest = (await listDrops(join(root, 'data'))).at(-1)!;
    const data = join(tempDir('review-real'), 'data');
    cpSync(join(root, 'data', latest), join(data, latest), { recursive: true });
    // The derived drop: the latest month of bankruptcies of firms (A047597) revised by +17; nothing else.
    const drop = await readDrop(data, latest);
    const rows = drop.rows['faillissementen'] as Observation[];
    const monthly = rows.filter((r) => r.category === 'A047597' && r.period.includes('MM') && r.value !== null);
    const last = monthly.at(-1)!;
    revised = { period: last.period, old: last.value!, new: last.value! + 17 };
    drop.rows['faillissementen'] = rows.map((r) => (r === last ? { ...r, value: revised.new } : r));
    drop.manifest = { ...drop.manifest, id: `${latest}z` };
    await writeDrop(data, drop);
    page = await review(['--data', data, '--out', tempDir('review-real-out')]);
  }, 120_000);

  it('shows exactly the figures that show that month, with the revision', () => {
    const shown = sections(page.document);
    expect(shown.map((s) => s.id)).toEqual(['faillissementen-per-maand']);
    expect(shown[0]!.rows).toHaveLength(1);
    expect(shown[0]!.rows[0]!.slice(2)).toEqual(['herzien', String(revised.old), String(revised.new)]);
    for (const image of shown[0]!.images) expect(image.svg).toContain('Faillissementen per maand');
  });

  it('names the figures that draw the series in other periods only', () => {
    const yearly = [...page.document.querySelectorAll('#ongewijzigd-kop + ul li')]
      .map((li) => text(li))
      .find((t) => t.startsWith('Faillissementen per jaar'));
    expect(yearly).toContain('1 wijziging in perioden die de figuur niet toont');
  });

  it('draws every other figure from both drops without an error', () => {
    expect(page.html).not.toContain('niet te tekenen');
    expectSelfContained(page.document);
  });
});

describe('data/ as committed', () => {
  it('compares the latest two drops, or says there is only one', async () => {
    const drops = await listDrops(join(root, 'data'));
    expect(drops.length).toBeGreaterThan(0);
    const out = tempDir('review-committed');
    if (drops.length === 1) {
      // Nothing to compare yet: a clear refusal, not an empty page.
      const run = await runScript('review', ['--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`there is one drop (${drops[0]}), so nothing to compare`);
      expect(entries(out)).toEqual([]);
      return;
    }
    const { document } = await review(['--out', out]);
    const [oldId, newId] = drops.slice(-2);
    const diff = compareDrops(await readDrop(join(root, 'data'), oldId!), await readDrop(join(root, 'data'), newId!));
    expect(text(document.querySelector('h1'))).toBe(`Controle vóór publicatie: datadrop ${oldId} → ${newId}`);
    if (changeTotal(diff.counts) > 0) expect(text(document.querySelector('.lead'))).toContain(countsText(diff.counts));
    const listed = sections(document).length + document.querySelectorAll('#ongewijzigd-kop + ul li').length;
    expect(listed).toBe(figures.length);
    expectSelfContained(document);
  }, 120_000);
});
