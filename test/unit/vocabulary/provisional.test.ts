import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../../scripts/lib/period-grammar.ts';
import { formatPeriodWithStatus } from '../../../src/format/period.ts';
import { isProvisional, markerStatus, provisionalStatuses } from '../../../src/lib/provisional.ts';
import { periodStatus } from '../../../src/schemas/observation.ts';

describe('provisional statuses', () => {
  test.each([
    ['voorlopig', true],
    ['nader voorlopig', true],
    ['definitief', false],
    ['onbekend', false],
    ['Voorlopig', false],
    [undefined, false],
  ])('%s → %s, and the table says so', (status, provisional) => {
    expect(isProvisional(status)).toBe(provisional);
    expect(formatPeriodWithStatus('2026MM05', status ?? '')).toBe(provisional ? `mei 2026 (${status})` : 'mei 2026');
  });

  test('are statuses of the schema', () => {
    for (const status of provisionalStatuses) expect(periodStatus.options).toContain(status);
  });
});

describe('StatLine markers', () => {
  test.each([
    ['*', 'voorlopig'],
    ['**', 'nader voorlopig'],
    ['***', undefined],
    ['', undefined],
    [undefined, undefined],
    ['toString', undefined],
  ])('%s → %s, in period labels too', (marker, status) => {
    expect(markerStatus(marker)).toBe(status);
  });

  test.each([
    ['2023 4e kwartaal*', 'voorlopig'],
    ['2023 4e kwartaal**', 'nader voorlopig'],
    ['2023 4e kwartaal', undefined],
  ])('%s carries %s', (label, status) => {
    expect(parsePeriod(label, ['dutch-label'])?.marker).toBe(status);
  });
});
