/**
 * The Hodrick–Prescott filter: the trend τ of a series y minimises
 *   Σ (y_t − τ_t)² + λ Σ (τ_{t+1} − 2τ_t + τ_{t−1})²,
 * which is the linear system (I + λ DᵀD) τ = y with D the (n−2)×n second-difference matrix.
 * The matrix is symmetric positive-definite and pentadiagonal, so an LDLᵀ factorisation on its five
 * bands solves it in O(n) time and memory.
 */

/** λ for quarterly data (Hodrick and Prescott's own choice, also CBS's usual one). */
export const quarterlyLambda = 1600;

/**
 * The HP trend of `y` (length ≥ 3, all finite) for smoothing parameter `lambda` (≥ 0, finite).
 * λ = 0 returns the series itself; λ → ∞ approaches the least-squares straight line.
 */
export function hpTrend(y: readonly number[], lambda: number = quarterlyLambda): number[] {
  const n = y.length;
  if (n < 3) throw new RangeError(`hpTrend needs at least 3 values, got ${n}`);
  if (!Number.isFinite(lambda) || lambda < 0) throw new RangeError(`hpTrend needs a finite λ ≥ 0, got ${lambda}`);
  y.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new RangeError(`hpTrend needs finite values, got ${value} at index ${i}`);
  });

  // The three bands of A = I + λDᵀD: a0[i] = A[i][i], a1[i] = A[i+1][i], a2[i] = A[i+2][i].
  const a0 = new Float64Array(n).fill(1);
  const a1 = new Float64Array(n);
  const a2 = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    // Row k of D is (1, −2, 1) at columns k, k+1, k+2; DᵀD adds its outer product at that block.
    a0[k]! += lambda;
    a0[k + 1]! += 4 * lambda;
    a0[k + 2]! += lambda;
    a1[k]! -= 2 * lambda;
    a1[k + 1]! -= 2 * lambda;
    a2[k]! += lambda;
  }

  // A = L D Lᵀ with L unit lower-triangular, two sub-diagonals: l1[i] = L[i][i−1], l2[i] = L[i][i−2].
  const d = new Float64Array(n);
  const l1 = new Float64Array(n);
  const l2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i >= 2) l2[i] = a2[i - 2]! / d[i - 2]!;
    if (i >= 1) l1[i] = (a1[i - 1]! - (i >= 2 ? l2[i]! * d[i - 2]! * l1[i - 1]! : 0)) / d[i - 1]!;
    d[i] = a0[i]! - (i >= 1 ? l1[i]! * l1[i]! * d[i - 1]! : 0) - (i >= 2 ? l2[i]! * l2[i]! * d[i - 2]! : 0);
  }

  // Solve L z = y, then D w = z, then Lᵀ τ = w.
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    z[i] = y[i]! - (i >= 1 ? l1[i]! * z[i - 1]! : 0) - (i >= 2 ? l2[i]! * z[i - 2]! : 0);
  }
  const tau = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tau[i] = z[i]! / d[i]! - (i + 1 < n ? l1[i + 1]! * tau[i + 1]! : 0) - (i + 2 < n ? l2[i + 2]! * tau[i + 2]! : 0);
  }
  return tau;
}

/** The HP cyclical component y − τ (same conditions as {@link hpTrend}). */
export function hpCycle(y: readonly number[], lambda: number = quarterlyLambda): number[] {
  const trend = hpTrend(y, lambda);
  return y.map((value, i) => value - trend[i]!);
}
