import { type ProductiviteitRow, productiviteitRow } from '../../src/schemas/productiviteit.ts';
import type { Dataset } from './dataset.ts';
import { factsTable, singleFigure, singleFigureColumns, singleFigureKey } from './single-figures.ts';

const topics = new Set(['productiviteit_mkb', 'werkgelegenheid_mkb', 'omzet_mkb']);

/** The productivity theme's figures: facts/ rows of these topics with a period code and a number. */
export const productiviteit: Dataset<ProductiviteitRow> = {
  name: 'productiviteit',
  title: 'Productiviteit, toegevoegde waarde en werkgelegenheid naar bedrijfsgrootte',
  schema: productiviteitRow,
  columns: singleFigureColumns,
  key: singleFigureKey,
  feeds: [
    {
      accepts: factsTable,
      select: (row, table) => {
        const figure = singleFigure(row, table);
        if (!topics.has(figure.topic) || figure.period === '' || figure.value === null) return undefined;
        return { ...figure, value: figure.value, symbol: null };
      },
    },
  ],
};
