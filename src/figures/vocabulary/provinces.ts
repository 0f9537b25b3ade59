import { provinces } from '../../schemas/faillissementen-provincie.ts';

/**
 * The twelve provinces as the site shows them: CBS's code and name (src/schemas/faillissementen-provincie.ts),
 * the URL segment of the province's page (/regio/<slug>/) and its tile in the tile-grid map.
 */
export interface Province {
  code: string;
  label: string;
  slug: string;
  /** Column (west to east) and row (north to south) of its tile: a grid of 4 × 4 that keeps the neighbours. */
  tile: { column: number; row: number };
}

// The grid:      .       Noord-Holland  Fryslân     Groningen
//           Zuid-Holland   Utrecht      Flevoland   Drenthe
//             Zeeland   Noord-Brabant   Gelderland  Overijssel
//                .           .          Limburg       .
const tiles: Record<string, { slug: string; column: number; row: number }> = {
  PV20: { slug: 'groningen', column: 3, row: 0 },
  PV21: { slug: 'fryslan', column: 2, row: 0 },
  PV22: { slug: 'drenthe', column: 3, row: 1 },
  PV23: { slug: 'overijssel', column: 3, row: 2 },
  PV24: { slug: 'flevoland', column: 2, row: 1 },
  PV25: { slug: 'gelderland', column: 2, row: 2 },
  PV26: { slug: 'utrecht', column: 1, row: 1 },
  PV27: { slug: 'noord-holland', column: 1, row: 0 },
  PV28: { slug: 'zuid-holland', column: 0, row: 1 },
  PV29: { slug: 'zeeland', column: 0, row: 2 },
  PV30: { slug: 'noord-brabant', column: 1, row: 2 },
  PV31: { slug: 'limburg', column: 2, row: 3 },
};

/** Every province in CBS's order (north to south), with its slug and tile. */
export const siteProvinces: readonly Province[] = provinces.map((p) => {
  const place = tiles[p.code];
  if (!place) throw new Error(`province ${p.code} has no tile`);
  return { code: p.code, label: p.label, slug: place.slug, tile: { column: place.column, row: place.row } };
});

export function provinceBySlug(slug: string): Province {
  const found = siteProvinces.find((p) => p.slug === slug);
  if (!found) throw new Error(`unknown province ${slug}`);
  return found;
}
