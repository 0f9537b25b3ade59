/**
 * Remembers which (outer, inner) index pairs have been seen, for duplicate checks over millions of rows
 * whose keys are positions in code lists known up front: one bit per possible key, a chunk per outer
 * index (a period) allocated on first use. When the key space is too large for bits it falls back to a
 * Set of numbers, which costs memory per key seen rather than per key possible.
 */
export class KeyBitset {
  private readonly chunks: (Uint32Array | undefined)[] = [];
  private readonly sparse: Set<number> | undefined;

  /** `innerSize`: number of inner keys; `expectedOuter`: how many outer keys are likely (sizes the choice). */
  constructor(
    private readonly innerSize: number,
    expectedOuter: number,
  ) {
    if (innerSize * (expectedOuter + 1) > Number.MAX_SAFE_INTEGER) throw new Error(`key space too large: ${innerSize} × ${expectedOuter}`);
    this.sparse = innerSize * Math.max(expectedOuter, 1) > 2 ** 28 ? new Set() : undefined; // above 32 MB of bits
  }

  /** Adds the pair; false when it was already there. */
  add(outer: number, inner: number): boolean {
    if (this.sparse) {
      const key = outer * this.innerSize + inner;
      if (this.sparse.has(key)) return false;
      this.sparse.add(key);
      return true;
    }
    let chunk = this.chunks[outer];
    if (!chunk) {
      chunk = new Uint32Array(Math.ceil(this.innerSize / 32));
      this.chunks[outer] = chunk;
    }
    const word = inner >>> 5;
    const bit = 1 << (inner & 31);
    const current = chunk[word]!;
    if (current & bit) return false;
    chunk[word] = current | bit;
    return true;
  }
}
