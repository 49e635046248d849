import { suppressCounts } from "@ciudata/privacy";
import { compareCodes, type CoverageCounts, type Territory } from "./count";
import type { PopulationMatch } from "./population";

/**
 * A published count: its value, or `null` when hidden. Every hidden cell is alike (`suppressed: "hidden"`):
 * which ones are small and which protect them is never said, since next to a total it can pin a small one.
 */
export interface CoverageCell {
  /** The count, or `null` when suppressed. */
  readonly value: number | null;
  /** `hidden` when hidden (small, or hidden to protect a small one: never said which), `null` when shown. */
  readonly suppressed: "hidden" | null;
}

/** One territory of the coverage table. */
export interface CoverageRow extends Territory {
  /** The count per cell (in the table's `cells` order), suppressed where small. */
  readonly cells: readonly CoverageCell[];
  /** The territory's total. */
  readonly total: CoverageCell;
  /** Residents (from the population table), or `null` without one or when it lacks the territory. */
  readonly residents: number | null;
  /** Rows per 1,000 residents, or `null` (no residents, or a suppressed total). */
  readonly rate: number | null;
  /**
   * Rows missing to reach the city's rate (`residents × city rate / 1000 − total`, rounded; negative
   * when above it), or `null` like `rate`.
   */
  readonly gap: number | null;
  /** Position in the ranking by coverage gap (1 = lowest rate), or `null` (no rate: not ranked). */
  readonly rank: number | null;
}

/** A coverage table: counts per territory (and cell), small cells suppressed, rates and a ranking. */
export interface CoverageTable {
  /** The `by` columns' labels. */
  readonly by: readonly string[];
  /** One entry per cell: the code of each `by` dimension (`[]` without `by`). */
  readonly cells: readonly (readonly string[])[];
  /** The territories, by code. */
  readonly rows: readonly CoverageRow[];
  /** Column totals (all territories), suppressed where they would reveal a small cell. */
  readonly totals: readonly CoverageCell[];
  /** Rows in a territory (the grand total; hidden only when it would reveal a small cell). */
  readonly total: CoverageCell;
  /** The city's rate per 1,000 residents over the territories with residents and a shown total, or `null`. */
  readonly rate: number | null;
  /** Territory codes ranked by coverage gap: lowest rate first (ties by code, {@link compareCodes}), or lowest count without population; suppressed ones are left out (their order would tell). */
  readonly ranking: readonly string[];
  /** What the ranking is by. */
  readonly rankedBy: "rate" | "count";
  /** Territories with no row at all (true zeros are never suppressed). */
  readonly zero: readonly string[];
  /** The suppression threshold (counts from 1 to threshold − 1 are hidden). */
  readonly threshold: number;
  /** Cells hidden: small ones and those hidden to protect them, counted together (a split could pin a small one). */
  readonly hidden: number;
}

/** Options of {@link coverageTable}. */
export interface CoverageTableOptions {
  /** Residents per territory ({@link matchPopulation}). */
  population?: PopulationMatch;
  /** Counts from 1 to threshold − 1 are suppressed, as `ciudata suppress` does. Defaults to 5. */
  threshold?: number;
}

/**
 * The coverage table of a count: small cells suppressed with the rules of `ciudata suppress`
 * (`suppressCounts` of `@ciudata/privacy`: counts from 1 to threshold − 1 hidden, then complementary
 * cells so that no hidden cell can be worked out from the row and column totals), rates per 1,000
 * residents against the population, the gap to the city's rate, and the territories ranked by coverage
 * gap (lowest rate first; territories with no row first of all). A rate is shown only when the
 * territory's total is: a suppressed total hides its rate and leaves it out of the ranking.
 *
 * @param counts From {@link createCoverageCount}.
 * @param options The population and the threshold.
 * @example
 * ```ts
 * const table = coverageTable(count.result(), { population: matchPopulation(count.territories, rows) });
 * table.ranking[0]; //=> the territory with the lowest rate
 * ```
 */
export function coverageTable(counts: CoverageCounts, options: CoverageTableOptions = {}): CoverageTable {
  const threshold = options.threshold ?? 5;
  const R = counts.territories.length;
  const C = counts.cells.length;
  // One count per territory goes in as one row (territories across): each territory's total is then its
  // own column's margin, and the complement of a small count is another territory's count, never a
  // territory with no rows (which the margin line of a column layout would pick).
  const single = C === 1;
  const s = suppressCounts(single ? [counts.counts.map((r) => r[0] ?? 0)] : counts.counts, { threshold });
  const width = s.columns;
  /** Position of (territory or the totals row R, cell or the total column C) in the suppressed table. */
  const at = (r: number, c: number) =>
    single ? (c === C ? (r === R ? width + R : width + r) : r === R ? R : r) : r * width + c;
  const cell = (r: number, c: number): CoverageCell => {
    const p = at(r, c);
    const status = s.status[p];
    return status === 0
      ? { value: s.values[p] as number, suppressed: null }
      : { value: null, suppressed: "hidden" };
  };
  const residents = counts.territories.map((_, t) => options.population?.residents[t] ?? null);
  let cityRows = 0;
  let cityResidents = 0;
  counts.territories.forEach((_, t) => {
    const n = residents[t];
    // Only shown totals: a rate over hidden ones would let them be worked out.
    if (n === null || n === undefined || n <= 0 || s.status[at(t, C)] !== 0) return;
    cityResidents += n;
    cityRows += s.values[at(t, C)] as number;
  });
  const cityRate = cityResidents > 0 ? (cityRows / cityResidents) * 1000 : null;
  const rows = counts.territories.map((territory, t) => {
    // With one cell, the total is that cell (hidden for the same reason).
    const totalCell = cell(t, single ? 0 : C);
    const n = residents[t] ?? null;
    const shown = totalCell.value;
    const rate = n !== null && n > 0 && shown !== null ? (shown / n) * 1000 : null;
    const gap = rate !== null && cityRate !== null ? Math.round(((n as number) * cityRate) / 1000 - (shown as number)) : null;
    return {
      code: territory.code,
      name: territory.name,
      cells: Array.from({ length: C }, (_, c) => cell(t, c)),
      total: totalCell,
      residents: n,
      rate,
      gap,
      rank: null as number | null,
    };
  });
  const rankedBy = options.population === undefined ? "count" : "rate";
  const key = (r: (typeof rows)[number]) => (rankedBy === "rate" ? r.rate : r.total.value);
  const ranked = rows
    .filter((r) => key(r) !== null)
    .sort((a, b) => (key(a) as number) - (key(b) as number) || compareCodes(a.code, b.code));
  ranked.forEach((r, i) => {
    r.rank = i + 1;
  });
  return {
    by: counts.by.map((d) => d.column),
    cells: counts.cells,
    rows,
    totals: Array.from({ length: C }, (_, c) => cell(R, c)),
    total: cell(R, C),
    rate: cityRate,
    ranking: ranked.map((r) => r.code),
    rankedBy,
    zero: rows.filter((r) => r.total.value === 0).map((r) => r.code),
    threshold,
    hidden: s.primary + s.secondary,
  };
}
