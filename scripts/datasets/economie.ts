import { parsePeriodCode } from '../../src/lib/period.ts';
import type { EconomieRow } from '../../src/schemas/economie.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { codeLabel, type DatasetFeed, defineDataset, observationColumns, observationKey, toObservation } from './dataset.ts';

/**
 * The macro context of the productivity theme: GDP, household consumption and durable goods (levels at
 * 2015 prices since 1995, and CBS's own year-on-year and quarter-on-quarter volume changes since 2020), and turnover indices
 * (2021=100) for the main trade and services branches.
 */
export const economie = defineDataset('economie', {
  title: 'Bbp, consumptie en omzet van handel en diensten',
  columns: observationColumns,
  key: observationKey,
  feeds: [
    feed('84105NED', 'cbsodata-csv', (row) => {
      const label = nationalAccounts84105[row.measure];
      const kind = row.dims['SoortGegevens'];
      if (!label || (kind !== 'Prijsniveau 2015' && kind !== 'Prijsniveau 2015, seizoengecorrigeerd')) return undefined;
      return { series: row.measure, seriesLabel: label, category: kind, categoryLabel: kind, unit: 'mln euro (prijsniveau 2015)' };
    }),
    feed('85880NED', 'cbs-odata-v4', (row, table) => {
      const label = nationalAccounts85880[row.measure];
      const kind = row.dims['SoortMutaties'];
      // Year on year (A045299) for the growth figure; quarter on quarter (A045300) continues 84105NED's levels.
      const quarterOnQuarter = kind === 'A045300' && parsePeriodCode(row.period)?.kind === 'quarter';
      if (!label || (kind !== 'A045299' && !quarterOnQuarter)) return undefined;
      return { series: row.measure, seriesLabel: label, category: kind, categoryLabel: codeLabel(table, 'SoortMutaties', kind), unit: '%' };
    }),
    feed('85937NED', 'cbs-odata-v4', (row, table) => {
      const group = row.dims['ConsumptieveBestedingen'] ?? '';
      if (row.measure !== 'M000282' || !['A047812', 'A047825'].includes(group)) return undefined;
      return {
        series: group,
        seriesLabel: codeLabel(table, 'ConsumptieveBestedingen', group),
        category: row.measure,
        categoryLabel: 'Volumemutatie t.o.v. een jaar eerder',
        unit: '%',
      };
    }),
    feed('85828NED', 'cbsodata-csv', (row) => {
      const branch = row.dims['BedrijfstakkenBranchesSBI2008'] ?? '';
      if (row.measure !== 'Ongecorrigeerd_1' || !turnoverBranches.includes(branch)) return undefined;
      return {
        series: 'omzet-waarde',
        seriesLabel: 'Omzet (waarde), ongecorrigeerd, index 2021=100',
        category: branch,
        categoryLabel: branch,
        unit: 'index 2021=100',
      };
    }),
    feed('85828NED', 'cbs-odata-v4', (row, table) => {
      const branch = row.dims['BedrijfstakkenBranchesSBI2008'] ?? '';
      const measure = retail85828[row.measure];
      if (!measure) return undefined;
      return {
        series: measure.series,
        seriesLabel: measure.label,
        category: branch,
        categoryLabel: codeLabel(table, 'BedrijfstakkenBranchesSBI2008', branch),
        unit: 'index 2021=100',
      };
    }),
  ],
});

type Labels = { series: string; seriesLabel: string; category: string; categoryLabel: string; unit: string };

function feed(
  tableId: string,
  format: string,
  labels: (row: SourceRow, table: SourceTable) => Labels | undefined,
): DatasetFeed<EconomieRow> {
  return {
    accepts: (table) => table.provenance.tableId === tableId && table.provenance.format === format,
    select: (row, table) => {
      const chosen = labels(row, table);
      return chosen ? toObservation(row, table, chosen) : undefined;
    },
  };
}

const nationalAccounts84105: Record<string, string> = {
  BrutoBinnenlandsProduct_2: 'Bruto binnenlands product',
  Huishoudens_9: 'Consumptieve bestedingen huishoudens',
  BinnenlandsConsumptieHuishoudens_121: 'Binnenlandse consumptie huishoudens',
  Totaal_103: 'Consumptie duurzame goederen',
};

const nationalAccounts85880: Record<string, string> = {
  M002782_1: 'Bruto binnenlands product',
  A047811_1: 'Consumptieve bestedingen huishoudens',
  A047825_2: 'Consumptie duurzame goederen',
};

// 85828NED from 2000 (cbsodata export, labels): the sections and divisions the Jaarbericht discusses.
const turnoverBranches = [
  'G Handel',
  '45 Autohandel en -reparatie',
  '46 Groothandel en handelsbemiddeling',
  "47 Detailhandel (niet in auto's)",
  'H Vervoer en opslag',
  'I Horeca',
  'J Informatie en communicatie',
  'M Specialistische zakelijke diensten',
  'N Verhuur en overige zakelijke diensten',
  'H+I+J+L+M+N Totaal dienstverlening',
];

// 85828NED since 2020 (OData v4, eight retail branches): turnover value indices.
const retail85828: Record<string, { series: string; label: string }> = {
  A042501_1: { series: 'omzet-waarde', label: 'Omzet (waarde), ongecorrigeerd, index 2021=100' },
  A050903_1: { series: 'omzet-waarde-sa', label: 'Omzet (waarde), seizoengecorrigeerd, index 2021=100' },
};
