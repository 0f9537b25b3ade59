// A key figure from its cells alone, on synthetic cells (not the real data: test/dist/dashboard.test.ts reads those back).
import { describe, expect, test } from 'vitest';
import type { CellData } from '../../../src/figures/figure-spec.ts';
import { keyFigureOf } from '../../../src/figures/sentence/key-figure.ts';
import { formatNumber } from '../../../src/format/number.ts';

const cell = (overrides: Partial<CellData>): CellData => ({
  dataset: 'vacatures',
  series: 'synthetic|vacatures|totaal',
  period: '2023KW03',
  value: 67.6,
  attribution: { publisher: 'CBS', citation: 'CBS, tabel 00000XXX', url: null, licence: 'CC BY 4.0', assembly: null },
  unit: '× 1 000',
  flags: [],
  ...overrides,
});
const describeThousands = (v: number) => `${formatNumber(v, 1)} duizend vacatures`;

describe('keyFigureOf', () => {
  test('the value, period and change come from the cells; a shown flag goes with the value and into the sentence', () => {
    const key = keyFigureOf(
      {
        label: 'Vacatures',
        data: cell({ flags: ['status onbekend'] }),
        previous: cell({ period: '2022KW03', value: 73.9 }),
        status: 'onbekend',
        describe: describeThousands,
        better: 'neither',
      },
      { clause: (v) => `stonden er ${v} open`, words: 'count', at: 'end' },
    );
    expect(key.value).toBe('67,6 duizend vacatures (status onbekend)');
    expect(key.period).toBe('3e kwartaal 2023');
    expect(key.change).toBe('−8,5% t.o.v. 3e kwartaal 2022');
    expect(key.sentence).toBe(
      'Aan het einde van het 3e kwartaal 2023 stonden er 67,6 duizend vacatures open (status onbekend), 8,5% minder dan een jaar eerder.',
    );
    expect(key.comparison).toMatchObject({ direction: 'down', against: '2022KW03', news: 'no-judgement' });
    expect(key.previous?.period).toBe('2022KW03');
  });

  test('a cell shown in another unit is said in that unit; a status flag is said with the period, not again', () => {
    const key = keyFigureOf({
      label: 'Vacatures (los cijfer)',
      data: cell({ value: 142_000, unit: 'aantal', shownIn: { unit: '× 1 000', divisor: 1000 }, flags: ['voorlopig'] }),
      status: 'voorlopig',
      describe: (v) => `${formatNumber(v, 0)} duizend vacatures`,
      better: 'neither',
    });
    expect(key.value).toBe('142 duizend vacatures');
    expect(key.period).toBe('3e kwartaal 2023 (voorlopig)');
    expect(key.sentence).toBe(
      'Vacatures (los cijfer), 3e kwartaal 2023 (voorlopig): 142 duizend vacatures; van een jaar eerder is er geen cijfer.',
    );
  });

  test('margins come from the cells: overlapping ones make the news "within-margin"', () => {
    const key = keyFigureOf(
      {
        label: 'Behoefte',
        data: cell({ period: '2025JL00', value: 15, lower: 13.2, upper: 16.8, unit: '%' }),
        previous: cell({ period: '2024JL00', value: 16.2, lower: 14.1, upper: 18.3, unit: '%' }),
        status: 'definitief',
        describe: (v) => `${formatNumber(v, 1)}%`,
        better: 'higher',
      },
      { clause: (v) => `had ${v} een behoefte`, measure: { kind: 'difference', unit: 'procentpunt', decimals: 1 }, words: 'count' },
    );
    expect(key.comparison?.news).toBe('within-margin');
    expect(key.sentence).toMatch(/1,2 procentpunt minder dan een jaar eerder, maar dat verschil valt binnen de 95%-marges\.$/);
  });
});
