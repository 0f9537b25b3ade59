import { defineDataset, observationColumns, observationKey } from './dataset.ts';
import { checkFirmCounts } from './firm-count-checks.ts';
import { firmCountFeed } from './firm-count-feed.ts';

/**
 * Firms by SBI section and size class, with CBS's `0-250` (the mkb): the StatLine export of 2020 1e
 * kwartaal (voorlopig) and, online, 81589NED / 81588NED from the OData v4 API. Only published cells are
 * kept: large firms (250+) are the sum of the size classes minus `0-250`, derived where they are shown.
 */
export const bedrijvenBedrijfstak = defineDataset('bedrijven-bedrijfstak', {
  title: 'Bedrijven naar bedrijfstak (SBI 2008) en grootteklasse',
  columns: observationColumns,
  key: observationKey,
  feeds: [firmCountFeed({ formats: ['cbs-statline-export', 'cbs-odata-v4'], category: () => true })],
  check: checkFirmCounts,
});
