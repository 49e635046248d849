/**
 * sdcMicro's individual re-identification risk of a record in a sample (`measure_risk`, Benedetti–Franconi
 * approximation as in its C++ code): fk = sample frequency, Fk = weighted (estimated population) frequency.
 *
 * @example
 * ```ts
 * individualRisk(1, 17); // ≈ 0.177
 * ```
 */
export function individualRisk(fk: number, Fk: number): number {
  const pk = fk / Fk;
  if (fk > 2) return pk / (fk - (1 - pk));
  const odds = pk / (1 - pk);
  if (fk === 2) return odds - odds * odds * Math.log(1 / pk);
  if (fk === 1) return odds * Math.log(1 / pk);
  return 0;
}

/**
 * sdcMicro's `indivRisk(method = "approx")` (no 0.0001 correction; fk = Fk gives 1/fk).
 *
 * @example
 * ```ts
 * indivRiskApprox(2, 110); // ≈ 0.01714
 * ```
 */
export function indivRiskApprox(fk: number, Fk: number): number {
  if (fk === Fk) return 1 / fk;
  const pk = fk / Fk;
  if (fk > 2) return pk / (fk - (1 - pk));
  const odds = pk / (1 - pk);
  if (fk === 2) return odds - odds * odds * Math.log(1 / pk);
  return odds * Math.log(1 / pk);
}
