import { defineDataset, observationColumns, observationKey } from './dataset.ts';
import { checkFirmCounts } from './firm-count-checks.ts';
import { firmCountFeed } from './firm-count-feed.ts';

/**
 * Firms in the Netherlands (A–U) per quarter by size class and legal form: from 2007 to 2022 from a
 * third party's cbsodata dump of 81589NED (no split at 250), and from CBS's OData v4 API (81589NED,
 * 81588NED) with `0-50` and `0-250` (the mkb). The StatLine export of one quarter feeds
 * bedrijven-bedrijfstak only.
 */
export const bedrijven = defineDataset('bedrijven', {
  title: 'Bedrijven naar grootteklasse en rechtsvorm, alle economische activiteiten, per kwartaal',
  columns: observationColumns,
  key: observationKey,
  feeds: [firmCountFeed({ formats: ['cbsodata-csv', 'cbs-odata-v4'], category: (code) => code === 'A-U' })],
  check: checkFirmCounts,
});
