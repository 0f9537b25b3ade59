import type { CellData } from '../../figures/figure-spec.ts';
import { formatPeriod } from '../../format/period.ts';
import type { FigureView } from '../pages/figure-view.ts';
import { licenceText } from '../pages/source-line.ts';
import { noticeText } from '../pages/source-notices.ts';
import { type FigureViewDef, viewUrl } from '../pages/views.ts';
import { type Attribution, recordAttribution } from '../provenance/attribution.ts';
import { flagExplanations, missingInSource } from '../provenance/flags.ts';
import { openLicence } from '../provenance/publishers.ts';
import { csvComment, csvFile } from './csv.ts';

/** The files of a figure, relative to its page /figuren/<id>/. */
export const downloadFiles = {
  csv: 'cijfers.csv',
  json: 'cijfers.json',
  svg: 'grafiek.svg',
  png: 'grafiek.png',
  datapackage: 'datapackage.json',
} as const;

/** Site path of one of the files of a figure's view: "/figuren/<id>/cijfers.csv", "/figuren/<id>/horeca/cijfers.csv". */
export function downloadPath(def: Pick<FigureViewDef, 'spec' | 'slug'>, file: keyof typeof downloadFiles): string {
  return `${viewUrl(def)}${downloadFiles[file]}`;
}

export const licence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Naamsvermelding 4.0 Internationaal',
  path: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;

/** One number of a figure in long form, as the downloads list it, with its own provenance. */
export interface DownloadRow {
  periode: string;
  reeks: string;
  /** Null where the source has no number (`kenmerk` says why). */
  waarde: number | null;
  eenheid: string;
  ondergrens: number | null;
  bovengrens: number | null;
  kenmerk: string;
  weergave: string;
  uitgever: string;
  bron: string;
  bron_url: string;
  licentie: string;
  samensteller: string;
  toelichting: string;
  periode_code: string;
  dataset: string;
  reeks_id: string;
}

/** The columns of the CSV, in order, with their type and meaning (also the data package's schema). */
export const downloadColumns: readonly { name: keyof DownloadRow; type: 'string' | 'number'; description: string }[] = [
  { name: 'periode', type: 'string', description: 'De periode in woorden ("2e kwartaal 2023"), of zoals de publicatie hem noemt' },
  { name: 'reeks', type: 'string', description: 'Wat het getal is: de naam van de reeks zoals het dashboard hem toont' },
  {
    name: 'waarde',
    type: 'number',
    description:
      'Het getal in de eenheid van de kolom eenheid, met een punt als decimaalteken; leeg waar de bron geen getal heeft (kenmerk zegt waarom)',
  },
  {
    name: 'eenheid',
    type: 'string',
    description: 'De eenheid van waarde, ondergrens en bovengrens ("aantal", "× 1 000", "mln euro", "%")',
  },
  { name: 'ondergrens', type: 'number', description: 'Ondergrens van de 95%-marge (steekproef), in de eenheid; leeg zonder marge' },
  { name: 'bovengrens', type: 'number', description: 'Bovengrens van de 95%-marge (steekproef), in de eenheid; leeg zonder marge' },
  {
    name: 'kenmerk',
    type: 'string',
    description: `Leeg, of wat het getal is naast zijn waarde, gescheiden door komma's: ${Object.entries(flagExplanations)
      .map(([flag, explanation]) => `"${flag}" (${explanation})`)
      .join('; ')}; of waarom een getal ontbreekt ("${missingInSource}": dan is waarde leeg)`,
  },
  { name: 'weergave', type: 'string', description: 'Het getal zoals de tabel op de figuurpagina het toont (Nederlandse notatie)' },
  {
    name: 'uitgever',
    type: 'string',
    description: 'Wie het getal publiceerde: CBS, DNB, of de uitgever van het artikel waaruit het is overgenomen',
  },
  { name: 'bron', type: 'string', description: 'De bronvermelding van het getal ("CBS, tabel 82242NED", "NVB (nvb.nl)")' },
  { name: 'bron_url', type: 'string', description: 'De tabel of het artikel waar het getal staat; leeg als de bron geen adres geeft' },
  {
    name: 'licentie',
    type: 'string',
    description: `"${openLicence}" voor cijfers van CBS en DNB; anders "cijfer overgenomen uit <uitgever>": dan gelden de voorwaarden van die uitgever`,
  },
  {
    name: 'samensteller',
    type: 'string',
    description: 'Een derde partij die de cijfers van de uitgever samenstelde (geen ruwe opname); meestal leeg',
  },
  {
    name: 'toelichting',
    type: 'string',
    description: 'Hoe de publicatie het getal noemt of wat ze erbij zegt ("gepubliceerd als ‘bijna 39 duizend’")',
  },
  {
    name: 'periode_code',
    type: 'string',
    description:
      'Periodecode van CBS: 2023JJ00 (jaar), 2023KW02 (kwartaal), 2023MM05 (maand), 2023HJ01 (halfjaar), 2025JL00 (juli 2024 – juli 2025)',
  },
  { name: 'dataset', type: 'string', description: 'De dataset van het dashboard waar het getal uit komt' },
  { name: 'reeks_id', type: 'string', description: 'De sleutel van de reeks in die dataset' },
];

/** "CC BY 4.0", or for a figure quoted from another publisher "cijfer overgenomen uit NVB". */
export function rowLicence(attribution: Attribution): string {
  return attribution.licence ?? `cijfer overgenomen uit ${attribution.publisher}`;
}

/** A number in the unit it is shown in (`shownIn`: exactly `value / divisor`). */
const inShownUnit = (data: CellData, value: number) => (data.shownIn ? value / data.shownIn.divisor : value);

/**
 * Every number of the figure's table (the same numbers as the chart), in the table's order; a number the
 * source lacks as a row without a value, its reason in `kenmerk`, its source's provenance as for a number.
 */
export function downloadRows(view: FigureView): DownloadRow[] {
  const { columns, rows } = view.table;
  return rows.flatMap((row) =>
    row.cells.flatMap((cell, i): DownloadRow[] => {
      const data = cell.data;
      const missing = cell.missing;
      if (!data && !missing) return [];
      const id = (data ?? missing)!;
      const attribution = id.attribution;
      return [
        {
          periode: formatPeriod(id.period),
          reeks: cell.label ?? columns[i + 1] ?? '',
          waarde: data ? inShownUnit(data, data.value) : null,
          eenheid: data ? (data.shownIn?.unit ?? data.unit) : id.unit,
          ondergrens: data?.lower == null ? null : inShownUnit(data, data.lower),
          bovengrens: data?.upper == null ? null : inShownUnit(data, data.upper),
          kenmerk: data ? data.flags.join(', ') : cell.text,
          weergave: cell.text,
          uitgever: attribution.publisher,
          bron: attribution.citation,
          bron_url: attribution.url ?? '',
          licentie: rowLicence(attribution),
          samensteller: attribution.assembly ?? '',
          toelichting: data?.remark ?? '',
          periode_code: id.period,
          dataset: id.dataset,
          reeks_id: id.series,
        },
      ];
    }),
  );
}

/** The licence line of a download: which licence holds for which numbers, with the licence's address. */
export function licenceLine(view: FigureView): string {
  const open = view.attributions.some((a) => a.licence !== null);
  const quoted = view.attributions.some((a) => a.licence === null);
  if (!quoted) return `${openLicence}, ${licence.path}`;
  const text = licenceText(view.attributions);
  return open ? `${text} Licentietekst: ${licence.path}` : text;
}

/**
 * CSV (UTF-8 with BOM): metadata lines starting with `#` (title, source, citation, licence, permalink, drop),
 * the header, then one row per number. Text cells are neutralised against spreadsheet formulas.
 */
export function figureCsv(view: FigureView, permalink: string): string {
  const meta = [
    csvComment('Titel', view.title),
    csvComment('Ondertitel', view.subtitle),
    csvComment('Bron', view.sourceLine),
    csvComment('Citeren als', view.citation),
    csvComment('Licentie', licenceLine(view)),
    csvComment('Figuur', permalink),
    csvComment('Datadrop', view.drop),
  ];
  const header = downloadColumns.map((c) => c.name);
  const rows = downloadRows(view).map((r) => downloadColumns.map((c) => r[c.name] ?? ''));
  return csvFile([...meta, header, ...rows]);
}

/** JSON with the figure's title, source line, citation, sources, drop and licence, and every number. */
export function figureJson(view: FigureView, permalink: string): string {
  const quoted = view.attributions.filter((a) => a.licence === null);
  return `${JSON.stringify(
    {
      figuur: view.spec.id,
      ...(view.def.slug ? { weergave: view.def.slug } : {}),
      titel: view.title,
      ondertitel: view.subtitle,
      url: permalink,
      bron: view.sourceLine,
      citatie: view.citation,
      datadrop: view.drop,
      licentie: licenceLine(view),
      licenties: [...new Set(view.attributions.flatMap((a) => (a.licence ? [a.licence] : [])))],
      overgenomen_uit: quoted.map((a) => ({ uitgever: a.publisher, bron: a.citation, url: a.url })),
      bronnen: view.sources.map((s) => {
        // A collection of single figures has no one publisher or licence: each number names its own.
        const attribution = recordAttribution(s);
        return {
          uitgever: attribution?.publisher ?? null,
          samensteller: attribution?.assembly ?? null,
          tabel: s.tableId,
          titel: s.title,
          gewijzigd: s.modified,
          opgehaald: s.retrieved,
          url: s.url,
          licentie: attribution ? attribution.licence : null,
          ...(attribution ? {} : { toelichting: 'losse cijfers uit verschillende publicaties: uitgever en licentie staan bij elk cijfer' }),
          kanttekeningen: s.notices.map((notice) => noticeText(notice, s)),
        };
      }),
      cijfers: downloadRows(view),
    },
    null,
    2,
  )}\n`;
}
