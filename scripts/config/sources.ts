/**
 * The raw sources `npm run fetch` and `npm run update` download. Each CBS table is requested with the
 * `$filter` its committed capture used (see ../shared/sources/cbs-odata-v4/<table>/_capture.json), so a
 * new capture covers the same slice as the drop it replaces. Tables with no capture yet (81589NED,
 * 81588NED, 82522NED) get a filter that keeps them to what the datasets use; what it assumes about the
 * live tables is in data/README.md ("Updating from CBS").
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

/**
 * CBS's SBI 2008 codes (BedrijfstakkenBranchesSBI2008), as 80472NED's metadata lists them; CBS uses the
 * same codes in every table: A–U, and the sections and groups of sections of the firm-count figures.
 */
const sbiAll = 'T001081';
const sbiSections = [
  '301000', // A
  '300002', // B-E
  '305700', // B
  '307500', // C
  '346600', // D
  '348000', // E
  '350000', // F
  '300006', // G-I
  '354200', // G
  '383100', // H
  '389100', // I
  '391600', // J
  '396300', // K
  '402000', // L
  '300010', // M-N
  '403300', // M
  '410200', // N
  '300012', // O-Q
  '417400', // O
  '419000', // P
  '422400', // Q
  '300014', // R-U
  '428100', // R
  '435500', // S
];
const anyOf = (dimension: string, codes: readonly string[]) => codes.map((code) => `${dimension} eq '${code}'`).join(' or ');

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
  // Firm counts: A–U over the whole series; the sections only from 2024 (the mkb per sector, latest quarters).
  { id: '81589NED', title: 'Bedrijven; bedrijfstak', filter: `BedrijfstakkenBranchesSBI2008 eq '${sbiAll}'` },
  {
    id: '81588NED',
    title: 'Bedrijven; bedrijfsgrootte en rechtsvorm',
    filter: `BedrijfstakkenBranchesSBI2008 eq '${sbiAll}' or ((${anyOf('BedrijfstakkenBranchesSBI2008', sbiSections)}) and Perioden ge '2024JJ00')`,
  },
  // The twelve provinces (PV20 … PV31), every debtor type and period.
  { id: '82522NED', title: 'Faillissementen; bedrijven en instellingen, regio', filter: "startswith(RegioS,'PV')" },
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
