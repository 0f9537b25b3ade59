/** How a column is named in error messages: its header text and 1-based position, e.g. `Perioden (4)`. */
export function columnName(header: readonly string[], index: number): string {
  const name = header[index];
  return name ? `${name} (${index + 1})` : `${index + 1}`;
}
