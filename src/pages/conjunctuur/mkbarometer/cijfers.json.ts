import type { APIRoute } from 'astro';
import { barometerJson } from '../../../lib/downloads/barometer-downloads.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { barometerSources, loadBarometer } from '../../../lib/pages/barometer-view.ts';

/** /conjunctuur/mkbarometer/cijfers.json: the CSV's rows, the sources, and each linked proxy's link and overlap. */
export const GET: APIRoute = () => {
  const barometer = loadBarometer();
  const sources = barometerSources(barometer, loadGenerated().meta.conjunctuur.sources);
  return new Response(barometerJson(barometer, sources), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
