/** A Dutch enumeration: "a", "a en b", "a, b en c"; empty for no items. */
export function formatList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
