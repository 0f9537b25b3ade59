import { seriesKey } from '../../src/lib/series-key.ts';
import { debtorTypes, type FaillissementenProvincieRow, provinces } from '../../src/schemas/faillissementen-provincie.ts';
import { InputError } from '../lib/input-error.ts';
import { checkAdditivity } from './additivity.ts';
import {
  type CheckContext,
  codeLabel,
  type DatasetFeed,
  defineDataset,
  observationColumns,
  observationKey,
  toObservation,
} from './dataset.ts';
import { provinceOf } from './province.ts';

// The debtor types by 82242NED's codes (the same concepts in 82522NED) and by label.
const typeCodes: Record<string, (typeof debtorTypes)[number]> = { A047597: debtorTypes[1], A028820: debtorTypes[2] };
const typeLabels = new Map<string, (typeof debtorTypes)[number]>(debtorTypes.map((t) => [t.label.toLowerCase(), t]));

const feed: DatasetFeed<FaillissementenProvincieRow> = {
  accepts: (table) => table.provenance.tableId === '82522NED',
  select: (row, table) => {
    const region = row.dims['RegioS'] ?? '';
    const province = provinceOf(region, codeLabel(table, 'RegioS', region));
    const typeCode = row.dims['TypeGefailleerde'] ?? '';
    const type = typeCodes[typeCode] ?? typeLabels.get(codeLabel(table, 'TypeGefailleerde', typeCode).trim().toLowerCase());
    if (!province || !type) return undefined;
    return toObservation(row, table, {
      series: type.code,
      seriesLabel: type.label,
      category: province.code,
      categoryLabel: province.label,
      unit: 'aantal',
    });
  },
  // A province the source lacks gets its cells as "ontbreekt", so the site says so instead of showing 0.
  derive: (rows) => {
    const present = new Set(rows.map((r) => r.category));
    const cells = new Map<string, FaillissementenProvincieRow>();
    for (const row of rows) cells.set(`${row.series}|${row.period}`, row);
    const missing = provinces.filter((p) => !present.has(p.code));
    const added = missing.flatMap((p) =>
      [...cells.values()].map((row) => ({ ...row, category: p.code, category_label: p.label, value: null, symbol: 'ontbreekt' as const })),
    );
    return [...rows, ...added];
  },
};

/**
 * 82522NED: bankruptcies per province by debtor type, months, quarters and years. From 2009 to 2022 3e
 * kwartaal from a third party's cbsodata dump that lacks Overijssel and Utrecht; online from the OData v4
 * API with all twelve.
 */
export const faillissementenProvincie = defineDataset('faillissementen-provincie', {
  title: 'Uitgesproken faillissementen per provincie naar type gefailleerde',
  columns: observationColumns,
  key: observationKey,
  feeds: [feed],
  check(rows, context) {
    checkTypeSums(rows, context);
    // Years are the totals of their quarters (refused otherwise), quarters of their months (noted, as for 82242NED).
    checkAdditivity(rows, { series: () => true, whole: 'year', parts: 'quarters', tolerance: 0, action: 'refuse' }, context);
    checkAdditivity(rows, { series: () => true, whole: 'quarter', parts: 'months', tolerance: 0, action: 'note' }, context);
    noteMissingProvinces(rows, context);
  },
});

/** "Bedrijven, instellingen en eenmanszaken" is exactly the other two types together, or the drop is refused. */
function checkTypeSums(rows: FaillissementenProvincieRow[], context: CheckContext): void {
  const [total, ...parts] = debtorTypes.map((t) => t.code);
  const cells = new Map<string, FaillissementenProvincieRow>();
  for (const row of rows) cells.set(`${seriesKey(row)}|${row.period}`, row);
  for (const row of rows) {
    if (row.series !== total || row.value === null) continue;
    const partRows = parts.map((p) => cells.get(`${seriesKey({ ...row, series: p })}|${row.period}`));
    const values = partRows.map((p) => p?.value);
    const expected = values.every((v) => typeof v === 'number') ? values.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined;
    if (expected === row.value) continue;
    const at = context.whereOf?.(row) ?? { file: context.fileOf(row.source) };
    throw new InputError(
      { ...at, column: at.column ?? 'value' },
      `${row.category_label} ${row.period}: ${debtorTypes[0].label} is not the sum of the other two types (${parts.map((p, i) => `${p} ${values[i] ?? 'ontbreekt'}`).join(', ')}):`,
      String(row.value),
      expected === undefined ? 'both other types for this province and period' : `${expected} (the table defines it as their sum)`,
    );
  }
}

function noteMissingProvinces(rows: FaillissementenProvincieRow[], context: CheckContext): void {
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.symbol === 'ontbreekt' && row.value === null) continue;
    const set = seen.get(row.source) ?? new Set<string>();
    set.add(row.category);
    seen.set(row.source, set);
  }
  for (const [source, present] of seen) {
    const missing = provinces.filter((p) => !present.has(p.code));
    if (missing.length === 0) continue;
    const names = missing.map((p) => `${p.label} (${p.code})`).join(' en ');
    context.note(
      source,
      `provincies: ${provinces.length - missing.length} van de 12; ${names} ontbreken in deze bron (als ontbreekt in de dataset, nooit als 0)`,
    );
  }
}
