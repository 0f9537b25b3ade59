import { describe, expect, test } from 'vitest';
import { thresholdClass, thresholdLabels, thresholdScale } from '../../src/charts/thresholds.ts';
import { sequential } from '../../src/styles/tokens.ts';

describe('thresholdScale: round class boundaries from 0 to the largest value', () => {
  test.each([
    [
      [6, 12, 85, 92],
      [20, 40, 60, 80],
    ],
    [
      [7, 22, 100],
      [20, 40, 60, 80],
    ],
    [
      [7, 22, 130],
      [50, 100],
    ],
    [
      [1, 3, 9],
      [2, 4, 6, 8],
    ],
    [[150], [50, 100]],
    [[0, 0], []],
  ])('%j → %j', (values, thresholds) => {
    const scale = thresholdScale(values);
    expect(scale.thresholds).toEqual(thresholds);
    expect(scale.colors).toHaveLength(thresholds.length + 1);
    expect(scale.thresholds.length + 1).toBeLessThanOrEqual(sequential.length);
  });

  test('the classes use the ramp from its lightest to its darkest colour', () => {
    const scale = thresholdScale([10, 90]);
    expect(scale.colors[0]).toBe(sequential[0]);
    expect(scale.colors.at(-1)).toBe(sequential.at(-1));
  });

  test('a value at a boundary is in the class above it', () => {
    const scale = { thresholds: [20, 40], colors: ['a', 'b', 'c'] };
    expect([0, 19.9, 20, 39, 40, 1000].map((v) => thresholdClass(scale, v))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  test('labels in Dutch words and number style', () => {
    expect(thresholdLabels({ thresholds: [1000, 2000], colors: [] })).toEqual(['minder dan 1.000', '1.000 tot 2.000', '2.000 of meer']);
    expect(thresholdLabels({ thresholds: [], colors: [] })).toEqual(['alle waarden']);
  });
});
