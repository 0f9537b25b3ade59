import type { APIRoute } from 'astro';
import { barometerCsv } from '../../../lib/downloads/barometer-downloads.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { barometerSources, loadBarometer } from '../../../lib/pages/barometer-view.ts';

/** /conjunctuur/mkbarometer/cijfers.csv: B and every indicator per quarter, with the 'gekoppeld' flag. */
export const GET: APIRoute = () => {
  const barometer = loadBarometer();
  const sources = barometerSources(barometer, loadGenerated().meta.conjunctuur.sources);
  return new Response(barometerCsv(barometer, sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
