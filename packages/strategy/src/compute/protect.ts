// Which figures of a survey report are hidden so that no small group can be worked out by subtraction.
import { type Line, recomputableCells, type SuppressionCell, suppressTable } from "@ciudata/disaggregation";

/**
 * Why a figure is hidden: always `hidden`. Whether a hidden figure is small or hidden to protect a small
 * one is never said: with the hidden total, "one small, one larger" can pin both (hidden areas of 1 and 5
 * respondents with `minCell` 5 add up to 6, and only 1 + 5 fits).
 */
export type HiddenReason = "hidden";

/** How many responses of a set chose each topic of one question (in the question's topic order), and how many left it blank. */
export interface Tally {
  counts: readonly number[];
  blank: number;
}

/** One choice question as counted for {@link protectCounts}. */
export interface TalliedQuestion {
  /** `one`: the topics and the blanks add up to the respondents; `many`: several topics per respondent. */
  kind: "one" | "many";
  overall: Tally;
  /** One tally per group (same order as the group sizes); empty without groups. */
  groups: readonly Tally[];
  /**
   * For the question the groups come from: the group of each topic (`null` when no one chose it). Its
   * counts are the group sizes, so they are hidden with the groups.
   */
  groupOfTopic?: readonly (number | null)[];
}

/** What {@link protectCounts} hides: `null` where a figure is shown. */
export interface CountsProtection {
  total: HiddenReason | null;
  groups: (HiddenReason | null)[];
  questions: { overall: (HiddenReason | null)[]; groups: (HiddenReason | null)[][] }[];
}

/**
 * Whether the hidden groups' sizes are safe to leave next to a shown total. A reader knows: how many
 * groups are hidden (`h`), their sum `S` (the total minus the shown groups), that each has at least 1
 * respondent, that at least one has fewer than `minCell` (else none would be hidden), and, knowing the rule,
 * that each is at most the smallest shown group `m` (the groups hidden besides the small ones are the
 * next-smallest). Write `k = minCell − 1`. The names of the hidden groups may be known: the conditions are
 * the same for each of them, so what a reader can say about one hidden group it can say about any.
 *
 * Proof of the three conditions. A hidden group can hold the value `v` exactly when the other `h − 1`
 * (each from 1 to `m`, at least one of them at most `k` when `v` is not) can add up to `S − v`. So the
 * values one hidden group can hold are:
 * - the small ones, `max(1, S − (h − 1)·m)` to `min(k, S − h + 1)`;
 * - the others, `max(minCell, S − k − (h − 2)·m)` to `min(m, S − h + 1)`, only when `h ≥ 2`.
 * 1. `h ≥ 2`: one hidden group alone is `S`, which is small.
 * 2. `S ≥ h + k`: else `S − h + 1 < minCell` and every hidden group is known to be small. With it, the
 *    second range is not empty (`m ≥ minCell` as shown groups are never small, and the true sizes give
 *    `S ≤ k + (h − 1)·m`): no hidden group is known to be small, so none is pinned either.
 * 3. when some group is shown and `minCell ≥ 3`, `S ≤ (h − 1)·m + k − 1`: else the first range is the one
 *    value `k`, and whichever hidden group is small, a reader knows its size (e.g. `minCell` 5, a hidden
 *    sum of 20 for two groups and a shown group of 16: the hidden ones are 4 and 16).
 * Widening (hiding the next-smallest group) ends: once every group is hidden, 3 holds, and when 1 or 2
 * still fail the total is hidden too, so `S` is no longer known.
 */
function groupsSafe(sizes: readonly number[], hidden: readonly boolean[], minCell: number): boolean {
  let h = 0;
  let sum = 0;
  let smallestShown = Number.POSITIVE_INFINITY;
  for (const [i, n] of sizes.entries())
    if (hidden[i]) {
      h++;
      sum += n;
    } else smallestShown = Math.min(smallestShown, n);
  if (h === 0) return true;
  if (h < 2 || sum < h + minCell - 1) return false;
  return (
    minCell < 3 || smallestShown === Number.POSITIVE_INFINITY || sum <= (h - 1) * smallestShown + minCell - 2
  );
}

/**
 * Decides what a report of counts may show. A group with fewer than `minCell` respondents is hidden; then
 * the next-smallest groups too, until a reader who knows the total, how many groups are hidden and that
 * each has at least 1 respondent can neither pin a hidden group nor tell it is small (see `groupsSafe`):
 * when even every group hidden is not enough, the total is hidden. A topic count under `minCell` is
 * hidden, and then complementary counts (`suppressTable` of `@ciudata/disaggregation`, given every line
 * that adds up: groups to the total, each topic's groups to its overall count, and for single-choice
 * questions the topics and blanks to the respondents) until none of them can be recomputed exactly from
 * what is shown, nor bounded under `minCell` by a line (a shown total minus its shown parts); a group is
 * hidden whole when that is not enough. Blank answers are assumed known to a reader. Every hidden figure
 * has the one reason `hidden`.
 *
 * @example
 * ```ts
 * protectCounts({ total: 23, groups: [3, 9, 11], questions: [], minCell: 5 }).groups; //=> ["hidden", "hidden", null]
 * ```
 */
export function protectCounts(input: {
  total: number;
  /** The respondents of each group, or `null` for a report without groups. */
  groups: readonly number[] | null;
  questions: readonly TalliedQuestion[];
  minCell: number;
}): CountsProtection {
  const { total, questions, minCell } = input;
  const sizes = input.groups ?? [];
  const groupHidden = sizes.map((n) => n < minCell);
  let totalHidden = false;
  /** Hides the smallest shown group, or the total once none is left; `false` when nothing is left to hide. */
  const widen = (): boolean => {
    let best = -1;
    for (const [i, n] of sizes.entries())
      if (!groupHidden[i] && (best === -1 || n < (sizes[best] as number))) best = i;
    if (best !== -1) groupHidden[best] = true;
    else if (!totalHidden) totalHidden = true;
    else return false;
    return true;
  };
  /** Widens until the hidden groups are safe next to the total (or the total is hidden). */
  const settle = () => {
    while (!totalHidden && !groupsSafe(sizes, groupHidden, minCell)) if (!widen()) break;
  };
  settle();
  for (;;) {
    const cells: SuppressionCell[] = [];
    const lines: Line[] = [];
    const primary = new Set<number>();
    const fixed = new Set<number>();
    const add = (value: number, hide: boolean, keep = false) => {
      const id = cells.push({ key: [], value }) - 1;
      if (hide) primary.add(id);
      else if (keep) fixed.add(id);
      return id;
    };
    const all = add(total, totalHidden, true);
    const group = sizes.map((n, i) => add(n, groupHidden[i] === true, true));
    /** Pairs `[a, b]` with `a ≤ b` that a reader knows: a count is at most its group's respondents, or the total. */
    const atMost: [number, number][] = group.map((g) => [g, all]);
    if (input.groups) lines.push({ total: all, parts: group });
    const ids = questions.map((q) => {
      if (q.groupOfTopic && input.groups) {
        // The grouping question: its counts are the group sizes (already in the line above).
        const overall = q.groupOfTopic.map((g, t) =>
          g === null ? add(q.overall.counts[t] ?? 0, true) : (group[g] as number),
        );
        return { overall, groups: [] as number[][] };
      }
      const overall = q.overall.counts.map((v) => add(v, v < minCell));
      for (const o of overall) atMost.push([o, all]);
      const blank = add(q.overall.blank, false, true);
      if (q.kind === "one") lines.push({ total: all, parts: [...overall, blank] });
      const groups = q.groups.map((tally, i) => {
        const row = tally.counts.map((v) => add(v, groupHidden[i] === true || v < minCell));
        for (const c of row) atMost.push([c, group[i] as number]);
        const rowBlank = add(tally.blank, false, true);
        if (q.kind === "one") lines.push({ total: group[i] as number, parts: [...row, rowBlank] });
        return row;
      });
      if (groups.length)
        for (const [t, o] of overall.entries())
          lines.push({ total: o, parts: groups.map((row) => row[t] as number) });
      return { overall, groups };
    });
    // Counts may be 0 (and a hidden 0 is possible), so a reader's least for a hidden count is 0.
    const { secondary } = suppressTable(cells, minCell, { primary, fixed, lines, floor: 0 });
    const hidden = new Set([...primary, ...secondary]);
    let roof = Number.POSITIVE_INFINITY;
    for (const [i, n] of sizes.entries()) if (!groupHidden[i]) roof = Math.min(roof, n);
    const exposed =
      recomputableCells(cells, hidden, lines).some((c) => primary.has(c)) ||
      boundedSmall(cells, hidden, lines, atMost, new Set(group), roof, minCell);
    if (exposed && widen()) {
      settle();
      continue;
    }
    const why = (id: number): HiddenReason | null => (hidden.has(id) ? "hidden" : null);
    const groupWhy = groupHidden.map((g): HiddenReason | null => (g ? "hidden" : null));
    return {
      total: totalHidden ? "hidden" : null,
      groups: groupWhy,
      questions: questions.map((q, k) => {
        const { overall, groups } = ids[k] as { overall: number[]; groups: number[][] };
        const linked = q.groupOfTopic && input.groups ? q.groupOfTopic : null;
        return {
          overall: overall.map((id, t) => {
            const g = linked?.[t];
            return g === undefined || g === null ? why(id) : (groupWhy[g] ?? null);
          }),
          groups: groups.map((row, i) => row.map((id) => (groupWhy[i] ? groupWhy[i] : why(id)))),
        };
      }),
    };
  }
}

/**
 * Whether a reader can bound a hidden small count (1 to `minCell` − 1) to one value or under `minCell`:
 * interval propagation over the lines (a total is the sum of its parts) and the "at most"s (a count is at
 * most its group's respondents or the total) until nothing changes, from what a reader knows of each hidden
 * figure: a group has at least 1 respondent and at most `roof` (the smallest shown group: the hidden groups
 * are the small ones and the next-smallest), a count at least 0. Sound: a value it rules out is impossible
 * given what is shown.
 */
function boundedSmall(
  cells: readonly SuppressionCell[],
  hidden: ReadonlySet<number>,
  lines: readonly Line[],
  atMost: readonly (readonly [number, number])[],
  groups: ReadonlySet<number>,
  roof: number,
  minCell: number,
): boolean {
  const value = (i: number) => (cells[i] as SuppressionCell).value;
  const lo = cells.map((c, i) => (!hidden.has(i) ? c.value : groups.has(i) ? 1 : 0));
  const hi = cells.map((c, i) =>
    !hidden.has(i) ? c.value : groups.has(i) ? roof : Number.POSITIVE_INFINITY,
  );
  const tighten = (i: number, least: number, most: number) => {
    let changed = false;
    if (least > (lo[i] as number)) {
      lo[i] = least;
      changed = true;
    }
    if (most < (hi[i] as number)) {
      hi[i] = most;
      changed = true;
    }
    return changed;
  };
  for (let round = 0, changed = true; changed && round < 1000; round++) {
    changed = false;
    for (const { total, parts } of lines) {
      let sumLo = 0;
      let sumHi = 0;
      for (const p of parts) {
        sumLo += lo[p] as number;
        sumHi += hi[p] as number;
      }
      if (tighten(total, sumLo, sumHi)) changed = true;
      for (const p of parts) {
        const othersHi = sumHi - (hi[p] as number);
        // Unbounded others (∞ − ∞) say nothing about this part's least.
        const least = Number.isFinite(othersHi) ? (lo[total] as number) - othersHi : 0;
        if (tighten(p, least, (hi[total] as number) - (sumLo - (lo[p] as number)))) changed = true;
      }
    }
    for (const [a, b] of atMost) {
      if (tighten(a, lo[a] as number, hi[b] as number)) changed = true;
      if (tighten(b, lo[a] as number, hi[b] as number)) changed = true;
    }
  }
  for (const i of hidden) {
    const v = value(i);
    if (v >= 1 && v < minCell && ((hi[i] as number) < minCell || lo[i] === hi[i])) return true;
  }
  return false;
}
