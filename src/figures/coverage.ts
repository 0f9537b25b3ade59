import { formatList } from '../format/list.ts';
import { formatPeriod, formatPeriodSpan, formatYearList, formatYearSpan } from '../format/period.ts';
import { comparePeriodCodes, parsePeriodCode } from '../lib/period.ts';
import type { CellData, DataTable } from './figure-spec.ts';

/**
 * Which periods a figure shows, in words, computed from the numbers of its table, so subtitles and notes
 * ("1e kwartaal 1997 – 3e kwartaal 2023", "2015 en 2018") follow the drop instead of going stale. For no
 * numbers (a column or a test that matches none) the texts are empty and `count` is 0.
 */
export interface Coverage {
  /** First to last period: "januari 1981 – mei 2026"; single figures without codes: "2013–2025". */
  span: string;
  /** The years shown, listed: "2015 en 2018". */
  years: string;
  /** The years shown, first to last: "2013–2025". */
  yearSpan: string;
  /** The latest period shown: "3e kwartaal 2023" (the latest year for single figures without codes). */
  last: string;
  /** How many numbers. */
  count: number;
  /** Their publishers, listed: "CBS", "NU.nl en CBS". */
  publishers: string;
  /** How many pages or tables they come from. */
  pages: number;
  /** The same for the numbers of one table column (a series' heading). */
  column(heading: string): Coverage;
  /** The same for the numbers that pass a test. */
  where(test: (data: CellData) => boolean): Coverage;
}

interface Entry {
  column: string;
  data: CellData;
}

/** Years a period code or a publication's period text ("2021 (juli)", "2014-2024 (tien jaar)") names. */
function yearsOf(period: string): number[] {
  const code = parsePeriodCode(period);
  if (code) return [code.year];
  return [...period.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
}

function coverageOf(entries: readonly Entry[]): Coverage {
  const periods = [...new Set(entries.map((e) => e.data.period))];
  const years = periods.flatMap(yearsOf);
  const codes = periods.filter((p) => parsePeriodCode(p) !== undefined).sort(comparePeriodCodes);
  const allCodes = codes.length === periods.length && codes.length > 0;
  return {
    span: allCodes ? formatPeriodSpan(codes[0]!, codes.at(-1)!) : formatYearSpan(years),
    years: formatYearList(years),
    yearSpan: formatYearSpan(years),
    last: allCodes ? formatPeriod(codes.at(-1)!) : years.length > 0 ? String(Math.max(...years)) : '',
    count: entries.length,
    publishers: formatList([...new Set(entries.map((e) => e.data.attribution.publisher))]),
    pages: new Set(entries.map((e) => e.data.attribution.url ?? e.data.attribution.citation)).size,
    column: (heading) => coverageOf(entries.filter((e) => e.column === heading)),
    where: (test) => coverageOf(entries.filter((e) => test(e.data))),
  };
}

/** The coverage of every number in a table (cells with data), by column heading. */
export function tableCoverage(table: DataTable): Coverage {
  return coverageOf(
    table.rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => (cell.data ? [{ column: table.columns[i + 1] ?? '', data: cell.data }] : [])),
    ),
  );
}
