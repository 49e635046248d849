// Which figures of a survey report are hidden so that no small group can be worked out by subtraction.
import { type Line, recomputableCells, type SuppressionCell, suppressTable } from "@ciudata/disaggregation";

/**
 * Why a figure is hidden: `small` (fewer than `minCell` respondents or answers) or `protective` (hidden
 * only so that a small figure cannot be worked out by subtracting the shown ones from a total).
 */
export type HiddenReason = "small" | "protective";

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
 * Decides what a report of counts may show. A group with fewer than `minCell` respondents is hidden; then
 * the next-smallest groups too, until the hidden ones are at least two and together reach `minCell` (or,
 * when every group is hidden and they still do not, the total). A topic count under `minCell` is hidden,
 * and then complementary counts (`suppressTable` of `@ciudata/disaggregation`, given every line that adds
 * up: groups to the total, each topic's groups to its overall count, and for single-choice questions the
 * topics and blanks to the respondents) until none of them can be recomputed exactly from what is shown;
 * a group is hidden whole when that is not enough. Blank answers are assumed known to a reader.
 *
 * @example
 * ```ts
 * protectCounts({ total: 23, groups: [3, 9, 11], questions: [], minCell: 5 }).groups; //=> ["small", "protective", null]
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
  const groupWhy: (HiddenReason | null)[] = sizes.map((n) => (n < minCell ? "small" : null));
  let totalHidden = false;
  /** Hides the smallest shown group, or the total once none is left; `false` when nothing is left to hide. */
  const widen = (): boolean => {
    let best = -1;
    for (const [i, n] of sizes.entries())
      if (groupWhy[i] === null && (best === -1 || n < (sizes[best] as number))) best = i;
    if (best !== -1) groupWhy[best] = "protective";
    else if (!totalHidden) totalHidden = true;
    else return false;
    return true;
  };
  if (groupWhy.includes("small"))
    for (;;) {
      const hidden = sizes.filter((_, i) => groupWhy[i] !== null);
      if (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= minCell) break;
      if (!widen()) break;
    }
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
    const group = sizes.map((n, i) => add(n, groupWhy[i] !== null, true));
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
      const blank = add(q.overall.blank, false, true);
      if (q.kind === "one") lines.push({ total: all, parts: [...overall, blank] });
      const groups = q.groups.map((tally, i) => {
        const row = tally.counts.map((v) => add(v, groupWhy[i] !== null || v < minCell));
        const rowBlank = add(tally.blank, false, true);
        if (q.kind === "one") lines.push({ total: group[i] as number, parts: [...row, rowBlank] });
        return row;
      });
      if (groups.length)
        for (const [t, o] of overall.entries())
          lines.push({ total: o, parts: groups.map((row) => row[t] as number) });
      return { overall, groups };
    });
    const { secondary } = suppressTable(cells, minCell, { primary, fixed, lines });
    const hidden = new Set([...primary, ...secondary]);
    const exposed = recomputableCells(cells, hidden, lines).some((c) => primary.has(c));
    if (exposed && widen()) continue;
    const why = (id: number): HiddenReason | null =>
      primary.has(id) ? "small" : secondary.has(id) ? "protective" : null;
    return {
      total: totalHidden ? "small" : null,
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
