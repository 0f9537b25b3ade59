import { type KerncijfersRow, kerncijfersRow } from '../../src/schemas/kerncijfers.ts';
import type { Dataset } from './dataset.ts';
import { factsTable, singleFigure, singleFigureColumns, singleFigureKey } from './single-figures.ts';

/** Every curated single figure from facts/, with its source URL and note. */
export const kerncijfers: Dataset<KerncijfersRow> = {
  name: 'kerncijfers',
  title: 'Losse kerncijfers over het mkb (CBS, staatvanhetmkb.nl)',
  schema: kerncijfersRow,
  columns: singleFigureColumns,
  key: singleFigureKey,
  feeds: [{ accepts: factsTable, select: singleFigure }],
};
