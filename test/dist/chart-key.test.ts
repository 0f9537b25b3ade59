// Every key (legend) sample on the built pages draws something a reader can see, in the kind of mark its chart
// draws: a filled swatch for stacked areas, a line or a visible symbol otherwise.
import { describe, expect, test } from 'vitest';
import { listPages, readPage } from '../helpers/dist.ts';

const visible = (value: string | null) => value !== null && value !== 'none' && value !== '';

/** A sample's marks that show: a filled or stroked path or rect, or a stroked line or circle. */
function shownMarks(sample: Element): Element[] {
  return [...sample.querySelectorAll('path, rect, line, circle')].filter(
    (mark) => visible(mark.getAttribute('fill')) || visible(mark.getAttribute('stroke')),
  );
}

const pages = listPages().filter((page) => page.url.startsWith('/figuren/') || page.url.startsWith('/embed/'));

describe('chart keys', () => {
  test('the built site has figure pages with keys', () => {
    const withKeys = pages.filter((page) => readPage(page).querySelector('.chart-key-sample'));
    expect(withKeys.length).toBeGreaterThan(10);
  });

  test.each(pages.map((page) => [page.url, page] as const))('%s: every key sample shows a mark', (_url, page) => {
    const doc = readPage(page);
    for (const sample of doc.querySelectorAll('.chart-key-sample')) {
      const item = sample.parentElement?.textContent?.trim() ?? '';
      expect(shownMarks(sample).length, `the key entry "${item}" draws nothing visible`).toBeGreaterThan(0);
      // A 'times' symbol is only a stroke: a fill alone leaves it invisible.
      for (const mark of sample.querySelectorAll('path'))
        if (!visible(mark.getAttribute('stroke')))
          expect(visible(mark.getAttribute('fill')), `the key entry "${item}" has a path without fill or stroke`).toBe(true);
    }
    // A stacked-area chart's key shows its parts as filled swatches, not as points.
    for (const chart of doc.querySelectorAll('.chart')) {
      if (!chart.querySelector('svg [aria-label="area"], svg g[aria-label="area"]')) continue;
      for (const sample of chart.querySelectorAll('.chart-key .chart-key-sample'))
        expect(sample.querySelector('rect'), 'an area chart key entry without a swatch').not.toBeNull();
    }
  });
});
