// src/format/period.ts: period codes and dates as Dutch text ("2e kwartaal 2023", "mei 2026", "12 juni 2026").
import { describe, expect, test } from 'vitest';
import { formatDate, formatPeriod, formatPeriodShort, formatPeriodWithStatus } from '../../../src/format/period.ts';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const shortMonths = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

describe('formatPeriod and formatPeriodShort', () => {
  test.each<[string, string, string]>([
    ['2023JJ00', '2023', '2023'],
    ['1981JJ00', '1981', '1981'],
    ['2023HJ01', '1e halfjaar 2023', 'H1 2023'],
    ['2023HJ02', '2e halfjaar 2023', 'H2 2023'],
    ['2023KW01', '1e kwartaal 2023', 'K1 2023'],
    ['2023KW02', '2e kwartaal 2023', 'K2 2023'],
    ['2023KW04', '4e kwartaal 2023', 'K4 2023'],
    ['2026MM05', 'mei 2026', 'mei 2026'],
    ['2026MM03', 'maart 2026', 'mrt 2026'],
    ['2025MM12', 'december 2025', 'dec 2025'],
    // the Financieringsmonitor's measurement year runs from July to July
    ['2023JL00', 'juli 2022 – juli 2023', '2022/23'],
    ['2000JL00', 'juli 1999 – juli 2000', '1999/00'],
  ])('%s is %j, short %j', (code, long, short) => {
    expect(formatPeriod(code)).toBe(long);
    expect(formatPeriodShort(code)).toBe(short);
  });

  test.each(months.map((month, i) => [String(i + 1).padStart(2, '0'), month, shortMonths[i]!]))(
    'month %s is %j, short %j',
    (index, month, short) => {
      expect(formatPeriod(`2024MM${index}`)).toBe(`${month} 2024`);
      expect(formatPeriodShort(`2024MM${index}`)).toBe(`${short} 2024`);
    },
  );

  // Single figures carry the publication's own period text instead of a code; it is shown as written.
  test.each(['2023', 'voorjaar 2024', '2023KW05', '2023MM13', '2023JJ01', ''])('%j is not a code and stays as it is', (text) => {
    expect(formatPeriod(text)).toBe(text);
    expect(formatPeriodShort(text)).toBe(text);
  });
});

describe('formatPeriodWithStatus', () => {
  test.each<[string, string, string]>([
    ['2026MM05', 'voorlopig', 'mei 2026 (voorlopig)'],
    ['2026MM04', 'nader voorlopig', 'april 2026 (nader voorlopig)'],
    ['2025KW04', 'definitief', '4e kwartaal 2025'],
    ['2025JJ00', '', '2025'],
  ])('%s with status %j is %j', (code, status, expected) => {
    expect(formatPeriodWithStatus(code, status)).toBe(expected);
  });
});

describe('formatDate', () => {
  test.each<[string, string]>([
    ['2026-06-12', '12 juni 2026'],
    ['2026-01-01', '1 januari 2026'],
    ['2025-12-31', '31 december 2025'],
    // the date as written, whatever the time and zone: no shift to another day
    ['2026-06-12T23:30:00Z', '12 juni 2026'],
    ['2026-06-12T00:15:00+02:00', '12 juni 2026'],
  ])('%s is %j', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  test.each(['12-06-2026', 'juni 2026', '', '2026-13-01', '2026-00-10', '2026-06-00', '2026-06-32'])(
    '%j is not a date and stays as it is',
    (text) => {
      expect(formatDate(text)).toBe(text);
    },
  );
});
