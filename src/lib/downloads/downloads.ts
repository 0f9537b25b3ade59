import { formatPeriod } from '../../format/period.ts';
import type { FigureView } from '../pages/figure-view.ts';
import { figureUrl } from '../pages/site.ts';
import { citationText } from '../pages/source-line.ts';
import { csvComment, csvFile } from './csv.ts';

/** The files of a figure, relative to its page /figuren/<id>/. */
export const downloadFiles = {
  csv: 'cijfers.csv',
  json: 'cijfers.json',
  svg: 'grafiek.svg',
  png: 'grafiek.png',
  datapackage: 'datapackage.json',
} as const;

/** Site path of one of a figure's files: "/figuren/<id>/cijfers.csv". */
export function downloadPath(id: string, file: keyof typeof downloadFiles): string {
  return `${figureUrl(id)}${downloadFiles[file]}`;
}

export const licence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Naamsvermelding 4.0 Internationaal',
  path: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;

/** One number of a figure in long form, as the downloads list it. */
export interface DownloadRow {
  periode: string;
  reeks: string;
  waarde: number;
  weergave: string;
  periode_code: string;
  dataset: string;
  reeks_id: string;
  kenmerk: string;
}

/** The columns of the CSV, in order, with their type and meaning (also the data package's schema). */
export const downloadColumns: readonly { name: keyof DownloadRow; type: 'string' | 'number'; description: string }[] = [
  { name: 'periode', type: 'string', description: 'De periode in woorden ("2e kwartaal 2023"), of zoals de publicatie hem noemt' },
  { name: 'reeks', type: 'string', description: 'Wat het getal is: de naam van de reeks zoals het dashboard hem toont' },
  {
    name: 'waarde',
    type: 'number',
    description: 'Het getal zoals in de bron, met een punt als decimaalteken; de eenheid staat in de ondertitel van de figuur',
  },
  { name: 'weergave', type: 'string', description: 'Het getal zoals de tabel op de figuurpagina het toont (Nederlandse notatie)' },
  {
    name: 'periode_code',
    type: 'string',
    description:
      'Periodecode van CBS: 2023JJ00 (jaar), 2023KW02 (kwartaal), 2023MM05 (maand), 2023HJ01 (halfjaar), 2025JL00 (juli 2024 – juli 2025)',
  },
  { name: 'dataset', type: 'string', description: 'De dataset van het dashboard waar het getal uit komt' },
  { name: 'reeks_id', type: 'string', description: 'De sleutel van de reeks in die dataset' },
  {
    name: 'kenmerk',
    type: 'string',
    description:
      'Leeg, of "gekoppeld": de oude CBS-tabel loopt niet tot deze periode; het getal is het laatste cijfer ervan, voortgezet met de groei die de opvolgende CBS-tabel publiceert (zie de toelichting bij de figuur)',
  },
];

/** Every number of the figure's table (the same numbers as the chart), in the table's order. */
export function downloadRows(view: FigureView): DownloadRow[] {
  const { columns, rows } = view.content.table;
  return rows.flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      cell.data
        ? [
            {
              periode: formatPeriod(cell.data.period),
              reeks: cell.label ?? columns[i + 1] ?? '',
              waarde: cell.data.value,
              weergave: cell.text,
              periode_code: cell.data.period,
              dataset: cell.data.dataset,
              reeks_id: cell.data.series,
              kenmerk: (cell.data.flags ?? []).join(', '),
            },
          ]
        : [],
    ),
  );
}

/**
 * CSV (UTF-8 with BOM): metadata lines starting with `#` (title, source, citation, licence, permalink, drop),
 * the header, then one row per number. Text cells are neutralised against spreadsheet formulas.
 */
export function figureCsv(view: FigureView, permalink: string): string {
  const meta = [
    csvComment('Titel', view.spec.title),
    csvComment('Ondertitel', view.spec.subtitle),
    csvComment('Bron', view.sourceLine),
    csvComment('Citeren als', citationText(view.sources, view.drop)),
    csvComment('Licentie', `CC BY 4.0, ${licence.path}`),
    csvComment('Figuur', permalink),
    csvComment('Datadrop', view.drop),
  ];
  const header = downloadColumns.map((c) => c.name);
  const rows = downloadRows(view).map((r) => downloadColumns.map((c) => r[c.name]));
  return csvFile([...meta, header, ...rows]);
}

/** JSON with the figure's title, source line, citation, sources, drop and licence, and every number. */
export function figureJson(view: FigureView, permalink: string): string {
  return `${JSON.stringify(
    {
      figuur: view.spec.id,
      titel: view.spec.title,
      ondertitel: view.spec.subtitle,
      url: permalink,
      bron: view.sourceLine,
      citatie: citationText(view.sources, view.drop),
      datadrop: view.drop,
      licenties: [...new Set(view.sources.map((s) => s.licence))],
      bronnen: view.sources.map((s) => ({
        uitgever: s.publisher,
        tabel: s.tableId,
        titel: s.title,
        gewijzigd: s.modified,
        opgehaald: s.retrieved,
        url: s.url,
        licentie: s.licence,
      })),
      cijfers: downloadRows(view),
    },
    null,
    2,
  )}\n`;
}
