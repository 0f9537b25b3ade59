import { describe, expect, it } from 'vitest';
import { isIsoDateTime } from '../../scripts/lib/iso-date-time.ts';

describe('isIsoDateTime: the Modified dates of CBS tables', () => {
  it.each([
    ['2026-06-12T06:30:00+02:00', true], // OData v4 Properties.json
    ['2023-08-16T02:00:00', true], // the CSV download's metadata
    ['2026-07-02T12:11:26.490Z', true],
    ['2023-08-16', true],
    ['2026-06-12T06:30:00+02:0O', false], // a digit typed as a letter
    ['2026-06-12T24:00:00', false],
    ['2026-02-30T06:30:00', false],
    ['2026-06-12 06:30:00', false],
    ['12-06-2026', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDateTime(text)).toBe(expected);
  });
});
