import type { SeriesParts } from '../../src/lib/series-key.ts';

/**
 * Which discontinued series `npm run data` continues with which successor (chain-linking, see
 * shared/specs/MKBAROMETER.md "Continuing a discontinued table" and scripts/build-data/chain-link.ts).
 * A series is named as in a drop: source id, series and category (src/lib/series-key.ts).
 */
export interface LinkRule {
  base: SeriesParts;
  successor: SeriesParts & { kind: 'change' | 'index' };
  /** Decimals of a linked value (the base's own precision or one more). */
  decimals: number;
}

const qoqVolume = 'A045300';

/** The barometer's proxies (dataset conjunctuur; `series` is the indicator id, no category). */
export const barometerLinks: readonly LinkRule[] = [
  link('cbsodata-csv/84105NED', 'cbs-odata-v4/85880NED', 'bbp', 'change', 1),
  link('cbsodata-csv/84105NED', 'cbs-odata-v4/85880NED', 'consumptie-huishoudens', 'change', 1),
  link('cbsodata-csv/84105NED', 'cbs-odata-v4/85937NED', 'duurzame-goederen', 'index', 1),
  link('cbsodata-csv/85828NED', 'cbs-odata-v4/85828NED', 'omzet', 'index', 2),
];

/** The level figure's series (dataset economie): 84105NED at 2015 prices, seasonally adjusted, by 85880NED's changes. */
export const economieLinks: readonly LinkRule[] = [
  {
    base: { source: 'cbsodata-csv/84105NED', series: 'BrutoBinnenlandsProduct_2', category: 'Prijsniveau 2015, seizoengecorrigeerd' },
    successor: { source: 'cbs-odata-v4/85880NED', series: 'M002782_1', category: qoqVolume, kind: 'change' },
    decimals: 1,
  },
  {
    base: { source: 'cbsodata-csv/84105NED', series: 'Huishoudens_9', category: 'Prijsniveau 2015, seizoengecorrigeerd' },
    successor: { source: 'cbs-odata-v4/85880NED', series: 'A047811_1', category: qoqVolume, kind: 'change' },
    decimals: 1,
  },
];

function link(base: string, successor: string, indicator: string, kind: 'change' | 'index', decimals: number): LinkRule {
  return {
    base: { source: base, series: indicator, category: '' },
    successor: { source: successor, series: indicator, category: '', kind },
    decimals,
  };
}
