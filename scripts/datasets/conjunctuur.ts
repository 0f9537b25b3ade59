import { parsePeriodCode } from '../../src/lib/period.ts';
import type { ConjunctuurRow } from '../../src/schemas/conjunctuur.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { type DatasetFeed, defineDataset, observationColumns, observationKey, toObservation } from './dataset.ts';

/**
 * The raw series behind the MKBarometer: today eight real proxies for the twelve indicators of
 * ../shared/specs/MKBAROMETER.md. `series` is the barometer's indicator id; `series_label` says which
 * proxy stands in for it. Three proxies come from discontinued tables (84105NED, the cbsodata export of
 * 85828NED); their successors' growth rates are here too (same `series`, their own `source`), and
 * `npm run data` chain-links them (scripts/build-data/links.ts).
 */
export const conjunctuur = defineDataset('conjunctuur', {
  title: 'Conjunctuurindicatoren voor de MKBarometer',
  columns: observationColumns,
  key: observationKey,
  feeds: [
    pick(
      'ondernemersvertrouwen',
      'Ondernemersvertrouwen, alle bedrijven (niet mkb-specifiek; derde partij op basis van CBS 85612)',
      'saldo',
      (table, row) => table.provenance.tableId.startsWith('ondernemersvertrouwen') && row.measure === 'ondernemersvertrouwen',
    ),
    pick(
      'consumentenvertrouwen',
      'Consumentenvertrouwen (CBS 83693NED), als maatstaf voor de consumptie-indicator',
      'saldo',
      (table, row) => table.provenance.tableId === '83693NED' && row.measure === 'M001093',
      'month',
    ),
    pick(
      'bbp',
      'Bruto binnenlands product, prijsniveau 2015, seizoengecorrigeerd (CBS 84105NED)',
      'mln euro',
      (table, row) =>
        table.provenance.tableId === '84105NED' &&
        row.measure === 'BrutoBinnenlandsProduct_2' &&
        row.dims['SoortGegevens'] === 'Prijsniveau 2015, seizoengecorrigeerd',
    ),
    pick(
      'consumptie-huishoudens',
      'Consumptieve bestedingen huishoudens, prijsniveau 2015, seizoengecorrigeerd (CBS 84105NED)',
      'mln euro',
      (table, row) =>
        table.provenance.tableId === '84105NED' &&
        row.measure === 'Huishoudens_9' &&
        row.dims['SoortGegevens'] === 'Prijsniveau 2015, seizoengecorrigeerd',
    ),
    pick(
      'duurzame-goederen',
      'Consumptie duurzame goederen, prijsniveau 2015, niet seizoengecorrigeerd (CBS 84105NED)',
      'mln euro',
      (table, row) =>
        table.provenance.tableId === '84105NED' && row.measure === 'Totaal_103' && row.dims['SoortGegevens'] === 'Prijsniveau 2015',
    ),
    // The cbsodata export (labels, to 2024) and the OData v4 capture (codes, since 2020) of one table.
    retailTurnover('cbsodata-csv', 'Seizoengecorrigeerd_3', "47 Detailhandel (niet in auto's)", ''),
    pick(
      'bbp',
      'Bruto binnenlands product, volumeverandering t.o.v. het vorige kwartaal, gecorrigeerd voor seizoen- en werkdageffecten (CBS 85880NED)',
      '% t.o.v. vorig kwartaal',
      (table, row) =>
        table.provenance.tableId === '85880NED' && row.measure === 'M002782_1' && row.dims['SoortMutaties'] === quarterOnQuarterVolume,
    ),
    pick(
      'consumptie-huishoudens',
      'Consumptieve bestedingen huishoudens, volumeverandering t.o.v. het vorige kwartaal, gecorrigeerd voor seizoen- en werkdageffecten (CBS 85880NED)',
      '% t.o.v. vorig kwartaal',
      (table, row) =>
        table.provenance.tableId === '85880NED' && row.measure === 'A047811_1' && row.dims['SoortMutaties'] === quarterOnQuarterVolume,
    ),
    pick(
      'duurzame-goederen',
      'Consumptie duurzame goederen door huishoudens, volume-index 2021=100, niet seizoengecorrigeerd (CBS 85937NED)',
      'index 2021=100',
      (table, row) =>
        table.provenance.tableId === '85937NED' && row.measure === 'M001288_1' && row.dims['ConsumptieveBestedingen'] === 'A047825',
    ),
    retailTurnover('cbs-odata-v4', 'A050903_1', '371600', ', CBS-dataportal'),
    sumOf(
      'vacatures',
      'Openstaande vacatures bij bedrijven met minder dan 100 werkzame personen (CBS 80472NED: 0–10 plus 10–100)',
      'x 1 000',
      (table, row) =>
        table.provenance.tableId === '80472NED' &&
        row.measure === 'OpenstaandeVacatures_1' &&
        ['WP19074', 'WP19091'].includes(row.dims['Bedrijfskenmerken'] ?? ''),
      2,
    ),
    sumOf(
      'faillissementen',
      'Faillissementen van bedrijven en instellingen plus eenmanszaken, alle groottes (CBS 82242NED)',
      'aantal',
      (table, row) => table.provenance.tableId === '82242NED' && ['A047597', 'A028820'].includes(row.dims['TypeGefailleerde'] ?? ''),
      2,
    ),
  ],
});

type Match = (table: SourceTable, row: SourceRow) => boolean;

// 85880NED "Volume, t.o.v. voorgaande periode": quarters against the quarter before, adjusted for season and working days.
const quarterOnQuarterVolume = 'A045300';

/** One proxy series at one frequency (a table with months and quarters gives the quarters only). */
function pick(
  id: string,
  label: string,
  unit: string,
  match: Match,
  frequency: 'quarter' | 'month' = 'quarter',
): DatasetFeed<ConjunctuurRow> {
  return {
    accepts: (table) =>
      ['ondernemersvertrouwen', '83693NED', '84105NED', '85828NED', '85880NED', '85937NED'].some((t) =>
        table.provenance.tableId.startsWith(t),
      ),
    select: (row, table) =>
      match(table, row) && parsePeriodCode(row.period)?.kind === frequency && row.value !== null
        ? toObservation(row, table, { series: id, seriesLabel: label, category: '', categoryLabel: '', unit })
        : undefined,
  };
}

/** 85828NED's seasonally adjusted value index of retail (branch 47), in one of its two formats. */
function retailTurnover(format: string, measure: string, branch: string, where: string): DatasetFeed<ConjunctuurRow> {
  return pick(
    'omzet',
    `Omzet detailhandel (niet in auto's), waarde-index 2021=100, seizoengecorrigeerd (CBS 85828NED${where})`,
    'index 2021=100',
    (table, row) =>
      table.provenance.tableId === '85828NED' &&
      table.provenance.format === format &&
      row.measure === measure &&
      row.dims['BedrijfstakkenBranchesSBI2008'] === branch,
  );
}

/** Quarterly sum of `parts` categories; a quarter is derived only when every part has a value. */
function sumOf(id: string, label: string, unit: string, match: Match, parts: number): DatasetFeed<ConjunctuurRow> {
  return {
    accepts: (table) => ['80472NED', '82242NED'].includes(table.provenance.tableId),
    select: (row, table) =>
      match(table, row) && parsePeriodCode(row.period)?.kind === 'quarter' && row.value !== null
        ? toObservation(row, table, {
            series: id,
            seriesLabel: label,
            category: row.dims['Bedrijfskenmerken'] ?? row.dims['TypeGefailleerde'] ?? '',
            categoryLabel: '',
            unit,
          })
        : undefined,
    derive: (rows) => {
      const byPeriod = new Map<string, ConjunctuurRow[]>();
      for (const row of rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
      return [...byPeriod.values()]
        .filter((group) => group.length === parts)
        .map((group) => ({
          ...group[0]!,
          category: '',
          value: group.reduce((sum, row) => sum + (row.value ?? 0), 0),
          status: group.find((row) => row.status !== 'definitief')?.status ?? 'definitief',
        }));
    },
  };
}
