import { RiskAccumulator } from "./accumulator";
import { missingTest } from "./missing";

/** Options of {@link localSuppression}. */
export interface LocalSuppressionOptions {
  /** The k to reach (default 2, as sdcMicro). */
  k?: number;
  /**
   * Key columns from MOST to LEAST important (positions into each row's key); the least important are
   * suppressed first. Default: columns with more distinct values are suppressed first (sdcMicro's default).
   */
  importance?: readonly number[];
  /** Cell written for a suppressed value (default `""`, which counts as missing and matches any value). */
  suppressed?: string;
}

/** What {@link localSuppression} did. */
export interface LocalSuppressionResult {
  /** The keys after suppression (new arrays). */
  rows: string[][];
  /** New suppressions per key position. */
  suppressions: number[];
  total: number;
  /** True when every record is in a class of at least k (missing values matching any value). */
  kAnonymous: boolean;
}

/**
 * Local suppression to reach k-anonymity with few suppressions: while some records are in classes
 * smaller than k (missing values matching any value, as sdcMicro), blank the key value of the least
 * important column that differs from another record's; keys with the most distinct values go first
 * unless an importance order is given. Works on key columns held in memory.
 *
 * @example
 * ```ts
 * const r = localSuppression([["2", "5", "1"], ["2", "1", "1"], ["2", "1", "1"], ["3", "1", "5"]], { k: 2 });
 * r.kAnonymous; //=> true
 * ```
 */
export function localSuppression(
  keys: readonly (readonly string[])[],
  options: LocalSuppressionOptions = {},
): LocalSuppressionResult {
  const k = options.k ?? 2;
  const blank = options.suppressed ?? "";
  const rows = keys.map((r) => [...r]);
  const width = rows[0]?.length ?? 0;
  const isMissing = missingTest(["", "NA", blank]);
  const order = options.importance ? [...options.importance].reverse() : leastImportantFirst(rows, width);
  const suppressions = new Array<number>(width).fill(0);
  for (let round = 0; round < width + 1; round++) {
    const acc = new RiskAccumulator({ k, sensitive: 0, missingMatchesAny: true, weighted: false, isMissing });
    for (const r of rows) acc.add(r, []);
    const fk = rows.map((r) => acc.frequencyOf(r).fk);
    const bad = rows.map((_, i) => i).filter((i) => (fk[i] as number) < k);
    if (bad.length === 0) break;
    bad.sort((a, b) => (fk[a] as number) - (fk[b] as number));
    for (const i of bad) {
      const row = rows[i] as string[];
      const col = order.find((c) => !isMissing(row[c] as string));
      if (col === undefined) continue;
      row[col] = blank;
      suppressions[col] = (suppressions[col] as number) + 1;
    }
  }
  const final = new RiskAccumulator({ k, sensitive: 0, missingMatchesAny: true, weighted: false, isMissing });
  for (const r of rows) final.add(r, []);
  const kAnonymous = rows.every((r) => final.frequencyOf(r).fk >= k);
  return { rows, suppressions, total: suppressions.reduce((a, b) => a + b, 0), kAnonymous };
}

function leastImportantFirst(rows: readonly (readonly string[])[], width: number): number[] {
  const distinct = Array.from({ length: width }, (_, c) => new Set(rows.map((r) => r[c])).size);
  return distinct.map((_, c) => c).sort((a, b) => (distinct[b] as number) - (distinct[a] as number) || b - a);
}
