import { describe, expect, it } from 'vitest';
import { dropIdPattern, isDropId } from '../../src/lib/drop-id.ts';

describe('isDropId: the one drop-id pattern of the scripts and the site', () => {
  it.each([
    ['2026-07-17', true],
    ['2026-11-22b', true],
    ['2024-02-29', true], // a leap day
    ['2026-07-17z', true],
    ['2026-07-17B', false], // letters are lower case, so ids sort as text
    ['2026-07-17bb', false],
    ['2026-07-17-fix', false],
    ['2026-07-17.tmp', false],
    ['.tmp-2026-07-17-1234', false], // a temp folder of an interrupted import
    ['2026-7-17', false],
    ['2026-02-30', false],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['20260717', false],
    ['', false],
    ['README.md', false],
  ])('%s → %s', (id, expected) => {
    expect(isDropId(id)).toBe(expected);
  });

  it('the pattern alone checks the shape, isDropId the calendar too', () => {
    expect(dropIdPattern.test('2026-02-30')).toBe(true);
    expect(isDropId('2026-02-30')).toBe(false);
  });
});
