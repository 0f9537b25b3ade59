import { defineDataset } from './dataset.ts';
import { factsTable, singleFigure, singleFigureColumns, singleFigureKey } from './single-figures.ts';

const topics = new Set(['productiviteit_mkb', 'werkgelegenheid_mkb', 'omzet_mkb']);

/** The productivity theme's figures: facts/ rows of these topics with a period code and a number. */
export const productiviteit = defineDataset('productiviteit', {
  title: 'Productiviteit, toegevoegde waarde en werkgelegenheid naar bedrijfsgrootte',
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
});
