import { basename } from 'node:path';
import { InputError } from '../lib/input-error.ts';
import { readHeaderFields } from './read-header-fields.ts';
import { refuseWrongDelimiter } from './refuse-wrong-delimiter.ts';
import type { Adapter } from './source-table.ts';
import { tableFromScan } from './table-from-scan.ts';
import { tidyFactsShape } from './tidy-csv/facts.ts';
import { tidyFinancieringsmonitorShape } from './tidy-csv/financieringsmonitor.ts';
import { tidyQuarterlySeriesShape } from './tidy-csv/quarterly-series.ts';
import type { TidyShape } from './tidy-csv/shape.ts';

const shapes: TidyShape[] = [tidyFactsShape, tidyFinancieringsmonitorShape, tidyQuarterlySeriesShape];

/**
 * The tidy CSV files in the raw drops (facts/, financieringsmonitor/, third-party/). The header decides
 * the shape; each shape validates and reads its own columns.
 */
export const tidyCsvAdapter: Adapter = {
  format: 'tidy-csv',

  async detect(path) {
    const header = await readHeaderFields(path, ',');
    return header !== undefined && shapes.some((shape) => shape.fit(header) >= 0.5); // a damaged header too: open() names its wrong column
  },

  async open(path) {
    const shape = await shapeOf(path);
    return tableFromScan({
      format: 'tidy-csv',
      path,
      provenance: {
        ...shape.provenance(path),
        tableId: basename(path).replace(/\.csv$/i, ''),
        modified: null,
        licence: 'CC BY 4.0',
        retrieved: null,
      },
      scan: (emit) => shape.scan(path, emit),
    });
  },
};

// A damaged header still picks the shape it most resembles, so its own check can name the wrong column.
async function shapeOf(path: string): Promise<TidyShape> {
  const header = await readHeaderFields(path, ',');
  const expected = `one of the tidy headers: ${shapes.map((s) => s.header).join(' | ')}`;
  if (header === undefined)
    throw new InputError({ file: path, line: 1 }, 'no header (an empty file, or not a .csv file)', undefined, expected);
  refuseWrongDelimiter(path, { fields: header, line: 1 }, ',');
  const [best] = shapes.map((shape) => ({ shape, fit: shape.fit(header) })).sort((a, b) => b.fit - a.fit);
  if (!best || best.fit === 0)
    throw new InputError({ file: path, line: 1 }, 'a header of no known tidy shape:', header.join(','), expected);
  return best.shape;
}
