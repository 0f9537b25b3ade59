/**
 * The raw sources `npm run fetch` and `npm run update` download. Each CBS table is requested with the
 * `$filter` its committed capture used (see ../shared/sources/cbs-odata-v4/<table>/_capture.json), so a
 * new capture covers the same slice as the drop it replaces.
 */

/** CBS's OData v4 API; `--base` replaces it with a mirror (another URL or a folder laid out the same way). */
export const cbsOdataBase = 'https://datasets.cbs.nl/odata/v1/CBS';

export interface CbsTableConfig {
  id: string;
  title: string;
  /** OData `$filter` on Observations; null = the whole table. Code lists are always fetched whole. */
  filter: string | null;
}

const branches85828 = ['371600', '371700', '372200', '374000', '374600', '377400', '378400', '382500'];

export const cbsTables: readonly CbsTableConfig[] = [
  { id: '82242NED', title: 'Faillissementen; kerncijfers', filter: null },
  { id: '83693NED', title: 'Consumentenvertrouwen, economisch klimaat en koopbereidheid; gecorrigeerd', filter: null },
  {
    id: '85828NED',
    title: 'Handel en diensten; omzet- en productieontwikkeling, 2021=100',
    filter: `(${branches85828.map((code) => `startswith(BedrijfstakkenBranchesSBI2008,'${code}')`).join(' or ')}) and Perioden ge '2020JJ00'`,
  },
  { id: '85880NED', title: 'Bbp, productie en bestedingen; kwartalen, mutaties', filter: "Perioden ge '2020JJ00'" },
  { id: '85937NED', title: 'Consumptieve bestedingen door huishoudens, 2021=100', filter: "Perioden ge '2020JJ00'" },
];

export interface DnbFileConfig {
  /** The name on the command line: `npm run fetch -- dnb`. */
  id: 'dnb';
  title: string;
  /**
   * PLACEHOLDER: DNB serves this export from its "data zoeken" pages; the address of the CSV itself has
   * not been verified (this project is built without network). Fill in the real download URL before
   * fetching from DNB directly; until then fetch it from a mirror with `--base`.
   */
  url: string;
  urlIsPlaceholder: boolean;
  /** The file's name at a mirror (`<base>/<fileName>`); saved as `<stem>_<YYYY-MM-DD>.csv`, the name the importer knows. */
  fileName: string;
}

export const dnbFile: DnbFileConfig = {
  id: 'dnb',
  title: 'DNB Kernindicatoren monetaire statistieken (maand)',
  url: 'https://www.dnb.nl/statistieken/data-zoeken/PLACEHOLDER/kernindicatoren-monetaire-statistieken-maand.csv',
  urlIsPlaceholder: true,
  fileName: 'kernindicatoren-monetaire-statistieken-maand.csv',
};

/** Every configured source id, in the order `npm run update` fetches them. */
export const configuredSources: readonly string[] = [...cbsTables.map((t) => t.id), dnbFile.id];

export function cbsTableConfig(id: string): CbsTableConfig | undefined {
  return cbsTables.find((t) => t.id === id);
}
