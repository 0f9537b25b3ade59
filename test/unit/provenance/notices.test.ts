import { describe, expect, test } from 'vitest';
import { outdatedDescriptions, sourceNotices } from '../../../src/lib/provenance/notices.ts';

const source = (fields: Partial<Parameters<typeof sourceNotices>[0]>) => ({
  publisher: 'CBS',
  tableId: '99999NED',
  modified: '2026-06-22T06:30:00+02:00',
  notes: [],
  ...fields,
});
const point = (period: string, status = 'definitief', value: number | null = 1) => ({ period, status, value });

describe('sourceNotices', () => {
  test('a table CBS stopped (84105NED), with its last period in the drop', () => {
    expect(
      sourceNotices(source({ tableId: '84105NED', modified: null }), [point('2024KW01', 'onbekend'), point('2023KW04', 'onbekend')]),
    ).toEqual([{ kind: 'discontinued', baseYear: 2015, successors: ['85879NED', '85880NED'], last: '2024KW01' }]);
  });

  test('a period the metadata does not list, after the metadata date (80472NED)', () => {
    const notices = sourceNotices(source({ tableId: '80472NED', modified: '2023-08-16T02:00:00' }), [
      point('2023KW02'),
      point('2023KW03', 'onbekend'),
    ]);
    expect(notices).toEqual([{ kind: 'not-in-metadata', periods: ['2023KW03'], modified: '2023-08-16T02:00:00', stale: true }]);
  });

  test('no status at all (DNB) is no notice', () => {
    expect(
      sourceNotices(source({ publisher: 'DNB', modified: null }), [point('2025MM05', 'onbekend'), point('2025MM06', 'onbekend')]),
    ).toEqual([]);
  });

  test('the description calls the last periods provisional while the table marks them final (83693NED)', () => {
    const notices = sourceNotices(source({ tableId: '83693NED' }), [point('2023MM12'), point('2024MM01'), point('2026MM06')]);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'status-contradicts-description',
        definitiveThrough: '2023MM12',
        first: '2024MM01',
        last: '2026MM06',
        count: 2,
      }),
    ]);
    // Once CBS marks them provisional as described, there is nothing to say.
    expect(sourceNotices(source({ tableId: '83693NED' }), [point('2023MM12'), point('2024MM01', 'voorlopig')])).toEqual([]);
    // Another version of the table: the recorded description does not apply, and the build warns.
    expect(sourceNotices(source({ tableId: '83693NED', modified: '2026-07-23T06:30:00+02:00' }), [point('2024MM01')])).toEqual([]);
    expect(outdatedDescriptions([{ tableId: '83693NED', modified: '2026-07-23T06:30:00+02:00' }])).toEqual([
      expect.stringContaining('the status description of 83693NED is for the version of 2026-06-22T06:30:00+02:00'),
    ]);
  });

  test('a third-party assembly says so, with what the drop notes about it', () => {
    expect(sourceNotices(source({ publisher: 'derde partij (x)', notes: ['geen ruwe opname'] }), [point('2024KW01', 'onbekend')])).toEqual([
      { kind: 'assembly', by: 'derde partij (x)', notes: ['geen ruwe opname'] },
    ]);
  });
});
