import type { CodeList } from './source-table.ts';

/** Collects each dimension's codes in file order while a table is scanned. */
export class CodeLists {
  private readonly lists: Record<string, CodeList> = {};

  constructor(labels: Record<string, string>) {
    for (const [id, label] of Object.entries(labels)) this.lists[id] = { label, codes: {} };
  }

  add(dimension: string, code: string, label: string = code): void {
    const list = this.lists[dimension];
    if (!list) throw new Error(`CodeLists: unknown dimension ${dimension}`); // a programming error, not bad input
    list.codes[code] ??= { label };
  }

  toRecord(): Record<string, CodeList> {
    return this.lists;
  }
}
