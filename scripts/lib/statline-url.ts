/** The StatLine page of a CBS table, the address a reader can follow to cite it. */
export function statLineUrl(tableId: string): string {
  return `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${tableId}/table`;
}

/** A CBS table id as CBS writes it in StatLine: five digits and a language suffix, upper case (80472NED). */
export const cbsTableIdPattern = /^\d{5}[A-Z]{3}$/;
