import type { FigureView } from './figure-view.ts';

/** One number of a figure in long form, as the downloads list it. */
interface DownloadRow {
  periode: string;
  reeks: string;
  dataset: string;
  reeks_id: string;
  periode_code: string;
  waarde: number;
}

/** Every number of the figure's table (the same numbers as the chart), newest first. */
export function downloadRows(view: FigureView): DownloadRow[] {
  const { columns, rows } = view.content.table;
  return rows.flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      cell.data
        ? [{ periode: row.header, reeks: columns[i + 1] ?? '', dataset: cell.data.dataset, reeks_id: cell.data.series, periode_code: cell.data.period, waarde: cell.data.value }]
        : [],
    ),
  );
}

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV (comma-separated, dot as decimal point, UTF-8) with a header row; values as in src/generated. */
export function figureCsv(view: FigureView): string {
  const header = ['periode', 'reeks', 'waarde', 'periode_code', 'dataset', 'reeks_id'];
  const lines = downloadRows(view).map((r) => [r.periode, r.reeks, String(r.waarde), r.periode_code, r.dataset, r.reeks_id].map(quote).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** JSON with the figure's title, source line, drop and licence, and every number. */
export function figureJson(view: FigureView, url: string): string {
  return `${JSON.stringify(
    {
      figuur: view.spec.id,
      titel: view.spec.title,
      ondertitel: view.spec.subtitle,
      url,
      bron: view.sourceLine,
      datadrop: view.drop,
      licenties: [...new Set(view.sources.map((s) => s.licence))],
      cijfers: downloadRows(view),
    },
    null,
    2,
  )}\n`;
}

/** The wide chart as a standalone SVG file (namespace, colours and font that the page would give it). */
export function standaloneSvg(view: FigureView, index = 0): string {
  const chart = view.charts[index] ?? view.charts[0];
  if (!chart) throw new Error(`${view.spec.id} has no chart`);
  const svg = chart.wide.svg.replace(
    /^<svg /,
    '<svg xmlns="http://www.w3.org/2000/svg" style="background:#fff;color:#1a1f24;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif" ',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
