/**
 * The project's code for an SBI 2008 category, from its label as CBS writes it in every format
 * ("A-U Alle economische activiteiten", "C Industrie", "B-E Nijverheid (geen bouw) en energie"): the
 * section letters. CBS's two totals without letters get names. Undefined for divisions and finer
 * branches ("47 Detailhandel"), which the firm-count datasets leave out.
 */
export function sbiCategoryOf(label: string): string | undefined {
  const text = label.trim().replace(/\s+/g, ' ');
  const letters = /^([A-U](?:-[A-U])?) \S/.exec(text);
  if (letters) return letters[1];
  // "Totaal (ex. financieel of nutsbedrijven)" (2020), "… en nutsbedrijven" (2023).
  if (/^Totaal \(ex\. financieel (?:of|en) nutsbedrijven\)$/i.test(text)) return 'ex-financieel-nuts';
  if (/^Business Economy, B-N, excl\. K, incl\. 95$/i.test(text)) return 'business-economy';
  return undefined;
}

/** The SBI dimension of a firm-count table: `BedrijfstakkenBranchesSBI2008` (codes, cbsodata) or the export's header. */
export function sbiDimension(dims: Record<string, string>): string | undefined {
  return Object.keys(dims).find((id) => /^bedrijfstakken/i.test(id));
}
