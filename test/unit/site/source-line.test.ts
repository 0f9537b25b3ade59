import { describe, expect, test } from 'vitest';
import type { SourceRecord } from '../../../src/lib/generated.ts';
import { sourceLine } from '../../../src/lib/pages/source-line.ts';

const record = (fields: Partial<SourceRecord>): SourceRecord => ({
  id: 'cbs-odata-v4/82242NED',
  publisher: 'CBS',
  tableId: '82242NED',
  title: 'Faillissementen; kerncijfers',
  modified: '2026-06-12T06:30:00+02:00',
  licence: 'CC BY 4.0',
  retrieved: '2026-07-02',
  url: null,
  format: 'cbs-odata-v4',
  files: [],
  notes: [],
  notices: [],
  ...fields,
});

describe('sourceLine', () => {
  test('one CBS table, in CBS style', () => {
    expect(sourceLine([record({})], '2026-07-17')).toBe(
      'Bron: CBS, tabel 82242NED; bewerking Staat van het mkb-dashboard. Tabel gewijzigd op 12 juni 2026; datadrop 2026-07-17. Licentie: CC BY 4.0.',
    );
  });

  test('DNB without a modified date cites the retrieval date; two sources name their tables', () => {
    const dnb = record({
      id: 'dnb-csv/x',
      publisher: 'DNB',
      tableId: 'dnb-kernindicatoren',
      title: 'Kernindicatoren monetaire statistieken (maand)',
      modified: null,
      retrieved: '2025-08-18',
    });
    expect(sourceLine([dnb], 'd')).toBe(
      'Bron: DNB, Kernindicatoren monetaire statistieken (maand); bewerking Staat van het mkb-dashboard. Bron opgehaald op 18 augustus 2025; datadrop d. Licentie: CC BY 4.0.',
    );
    expect(sourceLine([record({}), dnb], 'd')).toContain(
      'Tabel 82242NED gewijzigd op 12 juni 2026; Kernindicatoren monetaire statistieken (maand) opgehaald op 18 augustus 2025; datadrop d.',
    );
  });
});
