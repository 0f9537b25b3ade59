import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * SVG → PNG at build time with resvg (a native renderer shipped inside its npm package: no browser, no
 * network). resvg draws text only with fonts it is given: it gets Liberation Sans (Arial's metrics, which the
 * image layout assumes) or DejaVu Sans from Debian's font packages. Without either it falls back to whatever
 * system fonts exist; with none at all text is left out, but the build does not fail.
 */
const families: { family: string; files: string[] }[] = [
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  },
];

let fontOptions: ResvgRenderOptions['font'] | undefined;

/** The fonts resvg gets: the families above that exist on this machine, else the system's. */
export function pngFonts(): NonNullable<ResvgRenderOptions['font']> {
  if (fontOptions) return fontOptions;
  const found = families.map((f) => ({ ...f, files: f.files.filter((file) => existsSync(file)) })).filter((f) => f.files.length > 0);
  fontOptions =
    found.length > 0
      ? {
          loadSystemFonts: false,
          fontFiles: found.flatMap((f) => f.files),
          defaultFontFamily: found[0]!.family,
          sansSerifFamily: found[0]!.family,
        }
      : { loadSystemFonts: true };
  return fontOptions;
}

/** The SVG drawn at `scale` times its size (default 2: a 680 px wide figure becomes 1360 px). */
export function svgToPng(svg: string, options: { scale?: number; font?: ResvgRenderOptions['font'] } = {}): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: options.font ?? pngFonts(),
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
