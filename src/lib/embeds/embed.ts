import { join } from 'node:path';
import { embedCharWidth, lineCount } from '../../charts/text-width.ts';
import { dropsArtefact } from '../../schemas/drops-file.ts';
import { escapeXml } from '../downloads/xml.ts';
import { generatedDir, readGenerated } from '../generated-file.ts';
import type { FigureView } from '../pages/figure-view.ts';
import { sitePath } from '../pages/site.ts';
import { provisionalKeyLabel } from '../provisional.ts';

/**
 * Embeds: /embed/<id>/ always shows the newest drop; /embed/<drop-id>/<id>/ is the same page pinned to the drop
 * it was built from. A pinned page uses only files whose URL never changes (the inlined CSS, /embed-frame.js,
 * /favicon.svg), so a host that keeps old dist/embed/<drop-id>/ folders keeps old pinned embeds working.
 */

/** The id of the MKBarometer embed (the gauge), beside the figure ids. */
export const barometerEmbedId = 'mkbarometer';

/** The script a host page may add to resize the iframes (public/embed.js). */
export const embedScriptPath = sitePath('/embed.js');

/** The script inside every embed page (public/embed-frame.js). */
export const embedFrameScriptPath = sitePath('/embed-frame.js');

/** Where an embed is: pinned to a drop, and a view of a figure (its path below the figure: src/lib/pages/views.ts). */
export interface EmbedAt {
  drop?: string | undefined;
  view?: string | undefined;
}

/** "/embed/<id>/", pinned "/embed/<drop-id>/<id>/", a view "/embed/<id>/horeca/10-jaar/". */
export function embedPath(id: string, at: EmbedAt = {}): string {
  return sitePath(`/embed/${embedMessageId(id, at)}/`);
}

/** What the embed calls itself in its height messages: "<id>", "<drop-id>/<id>", "<drop-id>/<id>/<view>". */
export function embedMessageId(id: string, { drop, view }: EmbedAt = {}): string {
  return [drop, id, view].filter(Boolean).join('/');
}

/** The drop the site is built from (src/generated/drops.json), checked against the generated data's drop. */
export function currentDrop(expected: string, dir = generatedDir): string {
  const { current } = readGenerated(dropsArtefact, dir);
  if (current !== expected)
    throw new Error(`${join(dir, dropsArtefact.name)}: current drop ${current}, but src/generated holds ${expected} (run npm run data)`);
  return current;
}

/**
 * The iframe's height before embed.js (or without it): the embed page's height at a 640 px wide column, from
 * the figure's render heights and the length of its texts. Rounded up to 10 px.
 */
export function figureEmbedHeight(view: FigureView, width = 640): number {
  const inner = width - 32; // the embed's side padding
  const lines = (text: string, pxPerChar: number) => lineCount(text, inner, pxPerChar);
  let height = 24; // padding
  height += lines(view.title, embedCharWidth.title) * 25 + 4;
  height += lines(view.subtitle, embedCharWidth.subtitle) * 21 + 12;
  height += lines(view.content.keyFigure.sentence, embedCharWidth.subtitle) * 21 + 12; // the caption
  for (const rendered of view.charts) {
    if (rendered.chart.title) height += 22 + 20;
    const legend = [
      ...(rendered.chart.legend ?? []).map((s) => s.label),
      ...(view.content.provisional && rendered.chart.spec.kind === 'line' ? [provisionalKeyLabel] : []),
    ];
    if (legend.length > 0)
      height += Math.ceil(legend.reduce((sum, label) => sum + 54 + label.length * embedCharWidth.text, 0) / inner) * 24 + 16;
    height += Math.ceil((rendered.wide.height * Math.min(inner, rendered.wide.width)) / rendered.wide.width) + 16;
  }
  height += lines(view.sourceLine, embedCharWidth.text) * 21 + 12;
  height += 24; // link to the figure page
  return Math.ceil(height / 10) * 10;
}

/** The gauge's embed: a heading, the gauge, its source line and a link. */
export const barometerEmbedHeight = 330;

export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Absolute URL of embed.js. */
  script: string;
}

/** The HTML a host pastes: the iframe (works alone) and the optional resize script. */
export function embedSnippet(options: SnippetOptions): string {
  const attribute = (value: string | number) => escapeXml(String(value));
  const iframe =
    `<iframe src="${attribute(options.src)}" title="${attribute(options.title)}" aria-label="${attribute(`Grafiek: ${options.title}`)}"` +
    ` loading="lazy" width="100%" height="${attribute(options.height)}" style="border:0;width:100%"></iframe>`;
  return `${iframe}\n<script src="${attribute(options.script)}" async></script>`;
}
