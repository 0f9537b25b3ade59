/**
 * The Christiano–Fitzgerald band-pass filter (2003), full-sample asymmetric version under a random-walk
 * assumption, as in statsmodels' `cffilter(x, low, high, drift=True)`: the series is first freed of the
 * straight line through its first and last value (the drift), then each point gets its own weights so
 * that the whole sample is used and the weights sum to zero (a constant has no cycle).
 */

export interface BandPass {
  /** Shortest period kept, in observations (≥ 2). */
  low: number;
  /** Longest period kept, in observations (> low). */
  high: number;
}

/** The band CBS-style business-cycle work uses on quarterly data: 1.5 to 8 years. */
export const quarterlyBand: BandPass = { low: 6, high: 32 };

/** The cyclical component of `y` (length ≥ 3, all finite): the part with periods between low and high. O(n²). */
export function cfCycle(y: readonly number[], band: BandPass = quarterlyBand): number[] {
  const n = y.length;
  const { low, high } = band;
  if (n < 3) throw new RangeError(`cfCycle needs at least 3 values, got ${n}`);
  if (!(low >= 2 && high > low && Number.isFinite(high))) throw new RangeError(`cfCycle needs 2 ≤ low < high, got ${low}–${high}`);
  y.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new RangeError(`cfCycle needs finite values, got ${value} at index ${i}`);
  });

  const slope = (y[n - 1]! - y[0]!) / (n - 1);
  const x = y.map((value, t) => value - t * slope);
  const a = (2 * Math.PI) / high;
  const b = (2 * Math.PI) / low;
  // Ideal band-pass weights B_j, j = 0..n.
  const w = [(b - a) / Math.PI];
  for (let j = 1; j <= n; j++) w.push((Math.sin(b * j) - Math.sin(a * j)) / (Math.PI * j));
  // prefix[k] = w_1 + … + w_k
  const prefix = [0];
  for (let j = 1; j <= n; j++) prefix.push(prefix[j - 1]! + w[j]!);

  const cycle = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const ahead = Math.max(0, n - i - 2); // interior points after i, before the last
    const behind = Math.max(0, i - 1); // interior points before i, after the first
    const last = -0.5 * w[0]! - prefix[ahead]!;
    const first = -w[0]! - prefix[ahead]! - prefix[behind]! - last;
    let sum = w[0]! * x[i]! + last * x[n - 1]! + first * x[0]!;
    for (let j = 1; j <= ahead; j++) sum += w[j]! * x[i + j]!;
    for (let j = 1; j <= behind; j++) sum += w[j]! * x[i - j]!;
    cycle[i] = sum;
  }
  return cycle;
}
