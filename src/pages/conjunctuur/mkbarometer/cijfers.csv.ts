import type { APIRoute } from 'astro';
import { barometerCsv } from '../../../lib/downloads/barometer-downloads.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { barometerSources, loadBarometer } from '../../../lib/pages/barometer-view.ts';

/** /conjunctuur/mkbarometer/cijfers.csv: B and every indicator per quarter, with the 'gekoppeld' flag. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('cijfers.csv needs `site` in astro.config.mjs');
  const barometer = loadBarometer();
  const sources = barometerSources(barometer, loadGenerated().meta.conjunctuur.sources);
  return new Response(barometerCsv(barometer, sources, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
