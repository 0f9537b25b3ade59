import { cbsCsvAdapter } from './cbs-csv.ts';
import { cbsOdataV4Adapter } from './cbs-odata-v4.ts';
import { cbsStatlineExportAdapter } from './cbs-statline-export.ts';
import { cbsodataCsvAdapter } from './cbsodata-csv.ts';
import { dnbCsvAdapter } from './dnb-csv.ts';
import type { Adapter } from './source-table.ts';
import { tidyCsvAdapter } from './tidy-csv.ts';

/** Every raw format the importer reads; the first whose detect() says yes reads the file. */
export const adapters: Adapter[] = [
  cbsOdataV4Adapter,
  cbsCsvAdapter,
  cbsStatlineExportAdapter,
  cbsodataCsvAdapter,
  dnbCsvAdapter,
  tidyCsvAdapter,
];
