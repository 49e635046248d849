/**
 * Which hidden cells an attacker could recompute EXACTLY from the published line totals: solves the
 * linear system "Σ hidden cells of each line = published total − Σ shown cells" and returns the hidden
 * cells whose unit vector lies in the row space (Gaussian elimination; ignores non-negativity bounds).
 *
 * @example
 * ```ts
 * // one line with one hidden cell: it is recomputable
 * recomputable([[0]], 1); //=> [0]
 * ```
 */
export function recomputable(lines: readonly (readonly number[])[], hidden: number): number[] {
  const rows: Float64Array[] = lines.map((line) => {
    const r: Float64Array = new Float64Array(hidden);
    for (const v of line) r[v] = 1;
    return r;
  });
  // Reduced row echelon form.
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < hidden && rank < rows.length; col++) {
    let p = -1;
    for (let r = rank; r < rows.length; r++)
      if (Math.abs((rows[r] as Float64Array)[col] as number) > 1e-9) p = r;
    if (p === -1) continue;
    [rows[rank], rows[p]] = [rows[p] as Float64Array, rows[rank] as Float64Array];
    const pr = rows[rank] as Float64Array;
    const pv = pr[col] as number;
    for (let c = 0; c < hidden; c++) pr[c] = (pr[c] as number) / pv;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r] as Float64Array;
      const f = row[col] as number;
      if (Math.abs(f) > 1e-12)
        for (let c = 0; c < hidden; c++) row[c] = (row[c] as number) - f * (pr[c] as number);
    }
    pivots.push(col);
    rank++;
  }
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const row = rows[i] as Float64Array;
    let nonzero = 0;
    for (let c = 0; c < hidden; c++) if (Math.abs(row[c] as number) > 1e-9) nonzero++;
    if (nonzero === 1) out.push(pivots[i] as number);
  }
  return out.sort((a, b) => a - b);
}
