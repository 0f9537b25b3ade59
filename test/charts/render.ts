import type * as Plot from '@observablehq/plot';
import { renderSvg } from '../../src/lib/pages/render-svg.ts';

/** Renders chart options the way the site does, pretty enough to diff: one element per line. */
export function render(options: Plot.PlotOptions, id: string): string {
  const { svg } = renderSvg(options, { id, title: `Test ${id}`, description: `Beschrijving van ${id}` });
  return `${svg.replace(/></g, '>\n<')}\n`;
}
