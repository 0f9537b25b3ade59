import type { ZodType, ZodTypeDef } from 'astro/zod';
import Papa from 'papaparse';
import { csvText } from '../../src/lib/csv-text.ts';
import { InputError } from './input-error.ts';

const numericColumns = new Set(['value', 'lower', 'upper']);
const nullableTextColumns = new Set(['symbol']);

/**
 * A number as the drop writes it: the shortest text that reads back as the value rounded to 12 significant
 * digits, which drops float noise (0.1 + 0.2 → "0.3"): String(Number(value.toPrecision(12))). A String()
 * of at most 12 characters has at most 12 digits and is that text already (rounding to 12 digits gives it
 * back), so nearly every figure skips toPrecision, which would cost the bench's import a third more CPU.
 */
export function formatNumberCell(value: number): string {
  const text = String(value);
  return text.length <= 12 ? text : String(Number(value.toPrecision(12)));
}

/**
 * Serialises rows in the given column order, header first: `,`-separated, RFC 4180 quoting, `\n` line ends,
 * final newline, no BOM and no formula escaping (a drop is data: "-1.5" stays "-1.5").
 */
export function toDropCsv(rows: readonly object[], columns: readonly string[]): string {
  return csvText([columns, ...rows.map((row) => dropCells(row, columns))], dropFormat);
}

export const dropFormat = { newline: '\n' } as const;

/** A row's cells as the drop writes them: numbers by formatNumberCell, null and undefined empty. */
export function dropCells(row: object, columns: readonly string[]): string[] {
  return columns.map((column) => {
    const value: unknown = (row as Record<string, unknown>)[column];
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? formatNumberCell(value) : String(value);
  });
}

/**
 * Reads a drop CSV back and validates every row against the dataset's schema; the first bad cell stops
 * the read with file, line, column and value.
 */
export function parseDropCsv<Row>(
  file: string,
  text: string,
  columns: readonly string[],
  schema: ZodType<Row, ZodTypeDef, unknown>,
): Row[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\n', skipEmptyLines: true });
  const [header, ...records] = parsed.data;
  if (!header || header.join(',') !== columns.join(',')) {
    throw new InputError({ file, line: 1 }, "the header is not this dataset's", header?.join(','), columns.join(','));
  }
  return records.map((fields, index) => {
    const line = index + 2; // drop CSVs never contain quoted newlines in practice; see toDropCsv
    if (fields.length !== columns.length) {
      throw new InputError({ file, line }, `the row has ${fields.length} fields`, fields.join(','), `${columns.length} fields`);
    }
    const record: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      record[column] = readCell(fields[i] ?? '', column, { file, line });
    });
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = String(issue?.path[0] ?? '');
      throw new InputError(
        { file, line, column: column || undefined },
        `invalid row (${issue?.message ?? 'schema'}):`,
        column ? String(record[column] ?? '') : fields.join(','),
        'a row that satisfies the dataset schema',
      );
    }
    return result.data;
  });
}

function readCell(text: string, column: string, where: { file: string; line: number }): unknown {
  if (numericColumns.has(column)) {
    if (text === '') return null;
    if (!/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/.test(text)) {
      throw new InputError({ ...where, column }, 'not a number', text, 'a number with a decimal point, or an empty cell');
    }
    return Number(text);
  }
  if (nullableTextColumns.has(column)) return text === '' ? null : text;
  return text;
}
