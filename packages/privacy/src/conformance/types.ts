/** One conformance case: what was expected, what the library did. */
export interface ConformanceCase {
  /** Stable id, e.g. `ar.cuit/valid/20-10123456-9` (ID values are masked in ids of personal numbers). */
  id: string;
  status: "passed" | "failed" | "skipped";
  expected?: unknown;
  actual?: unknown;
  reason?: string;
}

/** Cases grouped (per ID type, per sdcMicro example). */
export interface ConformanceGroup {
  label: string;
  cases: ConformanceCase[];
}

/**
 * Counts passed, failed and skipped cases over groups.
 *
 * @example
 * ```ts
 * countCases([{ label: "x", cases: [{ id: "a", status: "passed" }] }]); //=> { passed: 1, failed: 0, skipped: 0 }
 * ```
 */
export function countCases(groups: readonly ConformanceGroup[]): {
  passed: number;
  failed: number;
  skipped: number;
} {
  const n = { passed: 0, failed: 0, skipped: 0 };
  for (const g of groups) for (const c of g.cases) n[c.status]++;
  return n;
}
