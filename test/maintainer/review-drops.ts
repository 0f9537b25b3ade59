import { createHash } from 'node:crypto';
import type { Drop, SourceRecord } from '../../scripts/lib/drop.ts';
import type { Observation } from '../../src/schemas/observation.ts';

/**
 * Two small drops of synthetic test data (not CBS figures) for `npm run review`: monthly bankruptcies of
 * firms and of sole traders, 2024–2025. The newer one revises June 2025 for firms, adds January 2026 to both
 * and drops January 2024 of sole traders.
 */
const sourceIds = ['cbs-odata-v4/82242NED'];

const source = (id: string, retrieved: string): SourceRecord => ({
  id,
  publisher: 'CBS',
  tableId: id.split('/')[1]!,
  title: `${id} (testgegevens)`,
  modified: null,
  licence: 'CC BY 4.0',
  retrieved,
  format: 'cbs-odata-v4',
  url: null,
  // A stand-in hash per retrieval: another retrieval, other bytes.
  files: [{ name: 'Observations.json', bytes: 1, sha256: createHash('sha256').update(retrieved).digest('hex') }],
  notes: [],
});

const bankruptcy =
  (category: string, label: string) =>
  (period: string, value: number): Observation => ({
    source: 'cbs-odata-v4/82242NED',
    series: 'faillissementen',
    series_label: 'Uitgesproken faillissementen',
    category,
    category_label: label,
    period,
    value,
    symbol: null,
    status: 'definitief',
    unit: 'aantal',
  });
const firms = bankruptcy('A047597', 'Bedrijven en instellingen');
const soleTraders = bankruptcy('A028820', 'Eenmanszaken');

const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}MM${String(i + 1).padStart(2, '0')}`);
const series = (make: (period: string, value: number) => Observation, base: number) =>
  [...months(2024), ...months(2025)].map((period, i) => make(period, base + (i % 5) * 7));

export function smallDrop(id: string, faillissementen: Observation[]): Drop {
  return {
    manifest: {
      id,
      datasets: { faillissementen: { rows: faillissementen.length, sources: sourceIds } },
      sources: sourceIds,
    },
    rows: { faillissementen },
    sources: Object.fromEntries(sourceIds.map((s) => [s, source(s, id)])),
  };
}

export const oldRows = [...series(firms, 300), ...series(soleTraders, 120)];
export const newRows = [
  ...series(firms, 300).map((row) => (row.period === '2025MM06' ? { ...row, value: 333 } : row)), // revised
  firms('2026MM01', 310), // a new month
  ...series(soleTraders, 120).filter((row) => row.period !== '2024MM01'), // removed
  soleTraders('2026MM01', 125),
];

export const smallDrops = [smallDrop('2026-08-01', oldRows), smallDrop('2026-09-01', newRows)] as const;
