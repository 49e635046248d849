import type { Issue } from "@ciudata/core";
import { conflictOf } from "./conflicts";
import { HackathonError, issueAt } from "./issues";
import type { Criterion, RankableSubmission, Rubric, RubricInput, Scale, ScoreSheet } from "./model";
import { safeParseRubric } from "./parse";

/** How a missing score is handled: `mean` (default) fills it with the other judges' mean for that criterion; `exclude` leaves that judge's sheet for that submission out. */
export type MissingPolicy = "mean" | "exclude";
/** `none` (default) uses the scores as given; `zscore` turns each judge's scores into z-scores first. */
export type Normalization = "none" | "zscore";

/** A judge as the engine reads it: an id and the team or submission ids they have a conflict with. */
export interface JudgeRef {
  id: string;
  conflicts?: readonly string[] | undefined;
}

/** Options of {@link rank}. */
export interface RankOptions {
  /** The panel. Default: every judge that appears in `scores`, with no conflicts. */
  judges?: readonly JudgeRef[];
  /** Default `mean`. */
  missing?: MissingPolicy;
  /** Default `none`. */
  normalize?: Normalization;
}

/** Spread between the judges' totals for one submission. */
export interface Spread {
  /** Judges whose totals are compared (those who scored at least one criterion themselves). */
  judges: number;
  min: number;
  max: number;
  /** max − min. */
  range: number;
  /** Population standard deviation. */
  stdev: number;
}

/** One judge's total for one submission, as counted. */
export interface JudgeTotal {
  judge: string;
  /** Σ weight × score ÷ Σ weight, after normalisation and filling. */
  total: number;
  /** Criteria whose value was filled with the other judges' mean. */
  filled: string[];
}

/** One line of the ranking. */
export interface RankedSubmission {
  /** 1-based; shared (1, 2, 2, 4) only when totals and every tie-breaker are equal. */
  position: number;
  submission: string;
  team: string | null;
  title: string | null;
  /** Mean of the counted judges' totals; `null` when no usable score (ranked last). */
  total: number | null;
  /** Mean score per criterion id over the counted judges (`null` when nobody scored it). */
  criteria: Record<string, number | null>;
  /** The judges counted, with their totals. */
  judges: JudgeTotal[];
  spread: Spread | null;
  /** Why this line is below the previous one when totals are equal: the criterion that decided, or `shared`. */
  decidedBy: string | null;
}

/** A judge's sheet left out because of a conflict of interest. */
export interface ConflictExclusion {
  judge: string;
  submission: string;
  /** The conflict as declared (a team or submission id). */
  via: string;
  /** How many values the judge had given that submission (all dropped). */
  droppedValues: number;
}

/** A missing score and what was done with it. */
export interface MissingScore {
  judge: string;
  submission: string;
  criterion: string;
  /** `filled` with `value`, `sheet-excluded` (policy `exclude`) or `unscored` (nobody scored that criterion). */
  handling: "filled" | "sheet-excluded" | "unscored";
  value: number | null;
}

/** What the engine did and found. */
export interface RankResult {
  /** The rules applied, written out so a report can show them. */
  rules: {
    missing: MissingPolicy;
    normalize: Normalization;
    /** Criteria compared in order when totals tie: the rubric's tie-breaker, then the others by weight. */
    tieBreakers: string[];
    /** Each criterion's share of the total (weights ÷ their sum). */
    weights: Record<string, number>;
  };
  ranking: RankedSubmission[];
  conflicts: ConflictExclusion[];
  missing: MissingScore[];
  /** Per judge: values counted and their raw mean (a hint of a lenient or harsh judge). */
  judges: Array<{ judge: string; values: number; mean: number | null }>;
}

const EPS = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const stdev = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/**
 * True when `value` is allowed by `scale` (one of the listed values, or in the range on its step).
 *
 * @example
 * ```ts
 * onScale(3, [1, 3, 5]); //=> true
 * onScale(4, [1, 3, 5]); //=> false
 * onScale(7.5, { min: 0, max: 10, step: 0.5 }); //=> true
 * ```
 */
export function onScale(value: number, scale: Scale): boolean {
  if (!Number.isFinite(value)) return false;
  if (Array.isArray(scale)) return scale.some((s) => same(s, value));
  if (value < scale.min - EPS || value > scale.max + EPS) return false;
  if (scale.step === undefined) return true;
  const k = (value - scale.min) / scale.step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

function scaleText(scale: Scale): string {
  return Array.isArray(scale)
    ? scale.join(", ")
    : `${scale.min}–${scale.max}${scale.step === undefined ? "" : ` / ${scale.step}`}`;
}

/**
 * The tie-breaking order: the rubric's `tieBreaker`, then the other criteria by weight (heaviest first,
 * rubric order among equal weights).
 *
 * @example
 * ```ts
 * tieBreakOrder(parseRubric({ criteria: [
 *   { id: "impacto", name: { es: "Impacto" }, weight: 3 },
 *   { id: "tecnica", name: { es: "Técnica" }, weight: 2 },
 *   { id: "datos", name: { es: "Datos" }, weight: 1 }], tieBreaker: "datos" }));
 * //=> ["datos", "impacto", "tecnica"]
 * ```
 */
export function tieBreakOrder(rubric: Rubric): string[] {
  const rest = rubric.criteria
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.id !== rubric.tieBreaker)
    .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i)
    .map(({ c }) => c.id);
  return rubric.tieBreaker === undefined ? rest : [rubric.tieBreaker, ...rest];
}

function checkInput(
  submissions: readonly RankableSubmission[],
  scores: readonly ScoreSheet[],
  rubric: Rubric,
  judges: readonly JudgeRef[] | undefined,
): void {
  const issues: Issue[] = [];
  const input = { submissions, scores };
  const subIds = new Set<string>();
  submissions.forEach((s, i) => {
    if (subIds.has(s.id))
      issues.push(issueAt("hackathon/duplicate-id", input, ["submissions", i, "id"], "unique-id"));
    subIds.add(s.id);
  });
  const judgeIds = judges ? new Set(judges.map((j) => j.id)) : null;
  const byId = new Map<string, Criterion>(rubric.criteria.map((c) => [c.id, c]));
  const sheets = new Set<string>();
  const unknown = (path: PropertyKey[], expected: string, known: Iterable<string>, received?: string) =>
    issues.push(
      issueAt("hackathon/missing-reference", input, path, expected, [...known].join(", "), received),
    );
  scores.forEach((sheet, i) => {
    if (judgeIds && !judgeIds.has(sheet.judge)) unknown(["scores", i, "judge"], "known-judge", judgeIds);
    if (!subIds.has(sheet.submission)) unknown(["scores", i, "submission"], "known-submission", subIds);
    const key = `${sheet.judge}\u0000${sheet.submission}`;
    if (sheets.has(key))
      issues.push(
        issueAt("hackathon/score", input, ["scores", i], "one-sheet", `${sheet.judge} / ${sheet.submission}`),
      );
    sheets.add(key);
    for (const [cid, value] of Object.entries(sheet.values)) {
      const c = byId.get(cid);
      if (!c) unknown(["scores", i, "values", cid], "known-criterion", byId.keys(), cid);
      else if (value !== null && !onScale(value, c.scale))
        issues.push(
          issueAt("hackathon/score", input, ["scores", i, "values", cid], "on-scale", scaleText(c.scale)),
        );
    }
  });
  if (issues.length) throw new HackathonError(issues as [Issue, ...Issue[]]);
}

/**
 * Ranks submissions with a weighted rubric. The rules, in order:
 *
 * 1. **Conflicts**: a judge with a conflict with a submission (its id or its team's id in `conflicts`)
 *    is not on that submission's panel; every value they gave it is dropped (listed in `conflicts`).
 * 2. **Normalisation** (`normalize: "zscore"`): each judge's remaining values become
 *    (value − judge's mean) ÷ judge's standard deviation (0 when the judge gave one value only).
 * 3. **Missing scores**: `mean` (default) fills a missing value with the mean of the other panel judges
 *    for that submission and criterion; `exclude` leaves out that judge's whole sheet for that
 *    submission. A criterion nobody scored leaves the submission without a total (ranked last).
 * 4. **Totals**: judge total = Σ weight × value ÷ Σ weight; submission total = mean of the counted
 *    judges' totals. Criterion scores are the counted judges' means.
 * 5. **Ranking**: by total, highest first; equal totals are ordered by the tie-breaker criterion's
 *    score, then the other criteria by weight; if everything is equal the position is shared.
 * 6. **Spread**: max − min and standard deviation of the totals of judges who scored themselves.
 *
 * Throws {@link HackathonError} for an invalid rubric, unknown ids or values off the scale.
 *
 * @example
 * ```ts
 * const result = rank(
 *   [{ id: "mapa" }, { id: "bot" }],
 *   [{ judge: "ana", submission: "mapa", values: { impacto: 5 } },
 *    { judge: "ana", submission: "bot", values: { impacto: 3 } }],
 *   { criteria: [{ id: "impacto", name: { es: "Impacto" }, weight: 1 }] },
 * );
 * result.ranking.map((r) => r.submission); //=> ["mapa", "bot"]
 * ```
 */
export function rank(
  submissions: readonly RankableSubmission[],
  scores: readonly ScoreSheet[],
  rubricInput: RubricInput | Rubric,
  options: RankOptions = {},
): RankResult {
  const parsed = safeParseRubric(rubricInput);
  if (!parsed.ok) {
    const issues: Issue[] = parsed.issues.map((i) => ({
      ...i,
      params: { ...i.params, path: i.params.path ? `rubric.${String(i.params.path)}` : "rubric" },
      note: `rubric.${i.note}`,
    }));
    throw new HackathonError(issues as [Issue, ...Issue[]]);
  }
  const rubric = parsed.value;
  checkInput(submissions, scores, rubric, options.judges);
  const missingPolicy: MissingPolicy = options.missing ?? "mean";
  const normalize: Normalization = options.normalize ?? "none";
  const criteria = rubric.criteria;
  const W = criteria.reduce((s, c) => s + c.weight, 0);

  const judges: JudgeRef[] = options.judges
    ? [...options.judges]
    : [...new Set(scores.map((s) => s.judge))].map((id) => ({ id }));
  const sheetOf = new Map<string, ScoreSheet>();
  for (const sheet of scores) sheetOf.set(`${sheet.judge}\u0000${sheet.submission}`, sheet);

  // 1. Conflicts.
  const conflicts: ConflictExclusion[] = [];
  const panel = new Map<string, JudgeRef[]>();
  for (const s of submissions) {
    const members: JudgeRef[] = [];
    for (const j of judges) {
      const via = conflictOf(j, s);
      if (via === null) {
        members.push(j);
        continue;
      }
      const sheet = sheetOf.get(`${j.id}\u0000${s.id}`);
      const dropped = sheet ? Object.values(sheet.values).filter((v) => v !== null).length : 0;
      conflicts.push({ judge: j.id, submission: s.id, via, droppedValues: dropped });
    }
    panel.set(s.id, members);
  }
  const raw = (j: string, s: string, c: string): number | null =>
    sheetOf.get(`${j}\u0000${s}`)?.values[c] ?? null;

  // 2. Normalisation, over each judge's counted values.
  const judgeStats = judges.map((j) => {
    const values: number[] = [];
    for (const s of submissions) {
      if (!panel.get(s.id)?.includes(j)) continue;
      for (const c of criteria) {
        const v = raw(j.id, s.id, c.id);
        if (v !== null) values.push(v);
      }
    }
    const m = values.length ? mean(values) : null;
    const sd = values.length ? stdev(values) : 0;
    return { judge: j.id, values: values.length, mean: m, sd };
  });
  const statOf = new Map(judgeStats.map((s) => [s.judge, s]));
  const value = (j: string, s: string, c: string): number | null => {
    const v = raw(j, s, c);
    if (v === null || normalize === "none") return v;
    const st = statOf.get(j);
    if (!st || st.mean === null || st.sd === 0) return 0;
    return (v - st.mean) / st.sd;
  };

  // 3–4. Missing scores and totals.
  const missing: MissingScore[] = [];
  const lines: Omit<RankedSubmission, "position" | "decidedBy">[] = submissions.map((s) => {
    const members = panel.get(s.id) ?? [];
    const grid = members.map((j) => ({
      judge: j.id,
      values: new Map(criteria.map((c) => [c.id, value(j.id, s.id, c.id)] as const)),
      own: criteria.some((c) => raw(j.id, s.id, c.id) !== null),
      filled: [] as string[],
    }));
    let counted = grid;
    let unscored = false;
    const scoredBy = new Map(
      criteria.map((c) => [c.id, grid.filter((g) => g.values.get(c.id) !== null)] as const),
    );
    if (missingPolicy === "mean") {
      for (const g of grid)
        for (const c of criteria) {
          if (g.values.get(c.id) !== null) continue;
          const others = (scoredBy.get(c.id) ?? []).map((o) => o.values.get(c.id) as number);
          const filled = others.length ? mean(others) : null;
          if (filled === null) unscored = true;
          else {
            g.values.set(c.id, filled);
            g.filled.push(c.id);
          }
          missing.push({
            judge: g.judge,
            submission: s.id,
            criterion: c.id,
            handling: filled === null ? "unscored" : "filled",
            value: filled,
          });
        }
    } else {
      counted = grid.filter((g) => criteria.every((c) => g.values.get(c.id) !== null));
      for (const g of grid)
        for (const c of criteria)
          if (g.values.get(c.id) === null)
            missing.push({
              judge: g.judge,
              submission: s.id,
              criterion: c.id,
              handling: (scoredBy.get(c.id) ?? []).length ? "sheet-excluded" : "unscored",
              value: null,
            });
      if (counted.length === 0 && grid.length > 0) unscored = true;
    }
    const criteriaScores: Record<string, number | null> = {};
    for (const c of criteria) {
      const vs = counted
        .map((g) => g.values.get(c.id))
        .filter((v): v is number => v !== null && v !== undefined);
      criteriaScores[c.id] = vs.length ? mean(vs) : null;
    }
    const judgeTotals: JudgeTotal[] =
      unscored || counted.length === 0
        ? []
        : counted.map((g) => ({
            judge: g.judge,
            total: criteria.reduce((sum, c) => sum + c.weight * (g.values.get(c.id) as number), 0) / W,
            filled: g.filled,
          }));
    const total = judgeTotals.length ? mean(judgeTotals.map((t) => t.total)) : null;
    const own = judgeTotals.filter((t) => counted.find((g) => g.judge === t.judge)?.own).map((t) => t.total);
    const spread: Spread | null = own.length
      ? {
          judges: own.length,
          min: Math.min(...own),
          max: Math.max(...own),
          range: Math.max(...own) - Math.min(...own),
          stdev: stdev(own),
        }
      : null;
    return {
      submission: s.id,
      team: s.teamId ?? null,
      title: s.title ?? null,
      total,
      criteria: criteriaScores,
      judges: judgeTotals,
      spread,
    };
  });

  // 5. Ranking with the tie-breakers.
  const order = tieBreakOrder(rubric);
  const decide = (
    a: (typeof lines)[number],
    b: (typeof lines)[number],
  ): { cmp: number; by: string | null } => {
    if (a.total === null || b.total === null) {
      if (a.total === null && b.total === null) return { cmp: 0, by: null };
      return { cmp: a.total === null ? 1 : -1, by: null };
    }
    if (!same(a.total, b.total)) return { cmp: b.total - a.total, by: null };
    for (const c of order) {
      const x = a.criteria[c] ?? Number.NEGATIVE_INFINITY;
      const y = b.criteria[c] ?? Number.NEGATIVE_INFINITY;
      if (!(x === y || (Number.isFinite(x) && Number.isFinite(y) && same(x, y))))
        return { cmp: y - x, by: c };
    }
    return { cmp: 0, by: "shared" };
  };
  const sorted = [...lines].sort((a, b) => decide(a, b).cmp || (a.submission < b.submission ? -1 : 1));
  const ranking: RankedSubmission[] = [];
  sorted.forEach((line, i) => {
    const prev = ranking[i - 1];
    const d = prev ? decide(prev as (typeof lines)[number], line) : { cmp: -1, by: null };
    const shared = prev !== undefined && d.cmp === 0;
    ranking.push({
      position: shared ? prev.position : i + 1,
      ...line,
      decidedBy: prev !== undefined && line.total !== null ? d.by : null,
    });
  });

  return {
    rules: {
      missing: missingPolicy,
      normalize,
      tieBreakers: order,
      weights: Object.fromEntries(criteria.map((c) => [c.id, c.weight / W])),
    },
    ranking,
    conflicts,
    missing,
    judges: judgeStats.map(({ judge, values, mean }) => ({ judge, values, mean })),
  };
}
