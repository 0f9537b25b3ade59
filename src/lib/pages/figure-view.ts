import type { FigureChart, FigureContent, FigureSpec } from '../../figures/figure-spec.ts';
import { chartWidths } from '../../styles/tokens.ts';
import type { GeneratedData, SourceRecord } from '../generated.ts';
import { chartOptions } from './chart-options.ts';
import { type OverlayPoint, overlayPoints } from './overlay.ts';
import { renderSvg } from './render-svg.ts';
import { sourceLine } from './source-line.ts';

export interface RenderedVariant {
  /** The chart for inline HTML. */
  svg: string;
  /** The same chart as XML, for the downloadable SVG and PNG (src/lib/downloads/figure-image.ts). */
  xml: string;
  points: OverlayPoint[];
  /** Width / height of the viewBox, for the overlay's aspect ratio. */
  width: number;
  height: number;
}

export interface RenderedChart {
  chart: FigureChart;
  /** Prefix of the ids in this chart's SVGs. */
  id: string;
  wide: RenderedVariant;
  narrow: RenderedVariant;
}

export interface FigureView {
  spec: FigureSpec;
  content: FigureContent;
  charts: RenderedChart[];
  sources: SourceRecord[];
  sourceLine: string;
  drop: string;
}

// Per data set (a test may load another src/generated), then per figure.
const cache = new WeakMap<GeneratedData, Map<string, FigureView>>();

/** A figure built from the data and rendered to SVG (wide and narrow), once per build. */
export function figureView(spec: FigureSpec, data: GeneratedData): FigureView {
  const views = cache.get(data) ?? new Map<string, FigureView>();
  cache.set(data, views);
  const cached = views.get(spec.id);
  if (cached) return cached;
  const content = spec.build(data);
  const charts = content.charts.map((chart, index): RenderedChart => {
    const id = content.charts.length > 1 ? `${spec.id}-${index + 1}` : spec.id;
    const title = chart.title ? `${spec.title}: ${chart.title}` : spec.title;
    const render = (variant: 'wide' | 'narrow'): RenderedVariant => {
      const frame = { width: chartWidths[variant], compact: variant === 'narrow' };
      const { svg, xml, scales } = renderSvg(chartOptions(chart.spec, frame), {
        id: `${id}-${variant}`,
        title,
        description: content.summary,
      });
      return { svg, xml, points: overlayPoints(chart.targets, scales), width: scales.width, height: scales.height };
    };
    return { chart, id, wide: render('wide'), narrow: render('narrow') };
  });
  const sources = content.sources.map((id) => findSource(data, id));
  const view: FigureView = { spec, content, charts, sources, sourceLine: sourceLine(sources, data.drop), drop: data.drop };
  views.set(spec.id, view);
  return view;
}

function findSource(data: GeneratedData, id: string): SourceRecord {
  for (const meta of Object.values(data.meta)) {
    const found = meta.sources.find((s) => s.id === id);
    if (found) return found;
  }
  throw new Error(`source ${id} is in no src/generated/*.meta.json`);
}
