import { defineDataset } from './dataset.ts';
import { factsTable, singleFigure, singleFigureColumns, singleFigureKey } from './single-figures.ts';

/** Every curated single figure from facts/, with its source URL and note. */
export const kerncijfers = defineDataset('kerncijfers', {
  title: 'Losse kerncijfers over het mkb (CBS, staatvanhetmkb.nl)',
  columns: singleFigureColumns,
  key: singleFigureKey,
  feeds: [{ accepts: factsTable, select: singleFigure }],
});
