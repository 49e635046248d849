import { protectCounts } from "../compute/protect";
import { demandRows, picked, type TopicDemand, tallyOf, topicsOf } from "../compute/survey";
import type { Label } from "../model/common";
import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { componentQuestion } from "./questionnaire";
import type { SelfAssessment } from "./schema";

/** Demand for the choices of one question (see `surveyDemand`). */
export interface QuestionDemand {
  question: string;
  label: Label;
  topics: TopicDemand[];
}

/** One area of {@link SurveyReport.byArea} that is shown: its respondents and demand. */
export interface AreaDemand {
  /** The area as answered (`null` for responses that left it blank). */
  area: string | null;
  respondents: number;
  /** Demand for every choice question but the one the areas come from. */
  questions: QuestionDemand[];
}

/** Demand by topic for every choice question of a survey, and by area when asked. */
export interface SurveyReport {
  instrumentId: string;
  version: string;
  /**
   * Every response to this instrument (all of them, whatever is hidden), or `null` when hidden: by area,
   * when all the areas are hidden and together have fewer than `minCell` respondents.
   */
  respondents: number | null;
  minCell: number;
  questions: QuestionDemand[];
  /** Demand per area, when `by` names the question that holds the area. */
  byArea?: {
    question: string;
    /** The areas shown. */
    areas: AreaDemand[];
    /**
     * How many areas are hidden, small ones and those hidden to protect them together (their respondents
     * are not shown; how many are small is never said: with the hidden sum it could pin them).
     */
    hiddenAreas: number;
  };
}

const mineOf = (instrument: SurveyInstrument, responses: readonly SurveyResponse[]) =>
  responses.filter((r) => r.instrumentId === instrument.id);

const areaOf = (r: SurveyResponse, by: string): string | null => {
  const a = r.answers[by];
  if (Array.isArray(a)) return a.join(" ");
  return a === undefined || String(a).trim() === "" ? null : String(a).trim();
};

/**
 * Demand by topic for every choice question, and with `by` the same per area (the answer to that
 * question). Counts come from every response. What is hidden (`count: null`, `reason: "hidden"`, the one
 * reason: whether a hidden figure is small or protects one is never said):
 * - a topic chosen by fewer than `minCell` respondents (default 5);
 * - an area with fewer than `minCell` respondents, whole (its respondents are not shown: only how many
 *   areas were hidden is said); then the next-smallest areas, until the hidden sum (the total minus the
 *   shown areas) lets no reader pin a hidden area nor tell that it is small, or, when even all of them do
 *   not, the total respondents (see `protectCounts`);
 * - complementary counts, wherever a hidden figure could otherwise be worked out, or bounded under
 *   `minCell`, from shown figures and a shown total (every topic's areas add up to its overall count, and
 *   a single-choice question's topics to the respondents).
 *
 * @example
 * ```ts
 * surveyReport(instrument, responses, { by: "secretaria" }).byArea?.areas[0]; // { area: "Hacienda", respondents: 7, … }
 * ```
 */
export function surveyReport(
  instrument: SurveyInstrument,
  responses: readonly SurveyResponse[],
  options: { by?: string; minCell?: number } = {},
): SurveyReport {
  const minCell = options.minCell ?? 5;
  const mine = mineOf(instrument, responses);
  const by = options.by;
  const groups = new Map<string | null, SurveyResponse[]>();
  if (by !== undefined)
    for (const r of mine) {
      const area = areaOf(r, by);
      const group = groups.get(area);
      if (group === undefined) groups.set(area, [r]);
      else group.push(r);
    }
  const members = [...groups];
  const asked = instrument.questions.filter((q) => q.type === "select_multiple" || q.type === "select_one");
  const tallied = asked.map((q) => {
    const topics = topicsOf(instrument, q, mine);
    // The question the areas come from: its counts are the areas' sizes, and it is not repeated per area.
    const grouping = q.name === by && q.type === "select_one";
    const groupOf = (t: string) => {
      const i = members.findIndex(([a]) => a === t);
      return i === -1 ? null : i;
    };
    return {
      q,
      topics,
      overall: tallyOf(mine, q.name, topics),
      kind: q.type === "select_one" ? ("one" as const) : ("many" as const),
      groups: grouping ? [] : members.map(([, rs]) => tallyOf(rs, q.name, topics)),
      ...(grouping ? { groupOfTopic: topics.map(groupOf) } : {}),
    };
  });
  const hidden = protectCounts({
    total: mine.length,
    groups: by === undefined ? null : members.map(([, rs]) => rs.length),
    questions: tallied,
    minCell,
  });
  const report: SurveyReport = {
    instrumentId: instrument.id,
    version: instrument.version,
    respondents: hidden.total ? null : mine.length,
    minCell,
    questions: tallied.map((x, k) => ({
      question: x.q.name,
      label: x.q.label,
      topics: demandRows(
        instrument,
        x.q,
        x.topics,
        x.overall,
        // A hidden total stays hidden: no percentage of it is shown (count ÷ pct would give it back).
        hidden.total ? null : mine.length,
        hidden.questions[k]?.overall ?? [],
      ),
    })),
  };
  if (by === undefined) return report;
  const areaDemand = (rs: SurveyResponse[], i: number): QuestionDemand[] =>
    tallied.flatMap((x, k) => {
      const tally = x.groups[i];
      if (tally === undefined) return [];
      const reasons = hidden.questions[k]?.groups[i] ?? [];
      const topics = demandRows(instrument, x.q, x.topics, tally, rs.length, reasons);
      return [{ question: x.q.name, label: x.q.label, topics }];
    });
  const areas = members
    .flatMap(([area, rs], i): AreaDemand[] =>
      hidden.groups[i] ? [] : [{ area, respondents: rs.length, questions: areaDemand(rs, i) }],
    )
    .sort((a, b) => (a.area ?? "\uffff").localeCompare(b.area ?? "\uffff"));
  return {
    ...report,
    byArea: {
      question: by,
      areas,
      hiddenAreas: hidden.groups.filter((g) => g !== null).length,
    },
  };
}

/** The maturity of one component: the tier reached and the evidence missing for the next one. */
export interface ComponentMaturity {
  id: string;
  group: "component" | "practice";
  title: Label;
  /** The tier reached (the first needs no evidence). */
  tier: string;
  /** The next tier, or `null` at the top. */
  next: string | null;
  /** The evidence the next tier needs that is not there (its own, and any left below it). */
  missing: { id: string; tier: string; label: Label }[];
}

/** A self-assessment scored: one row per component, from the latest response. */
export interface MaturityReport {
  selfAssessmentId: string;
  version: string;
  /** Every response read; the latest (by submission time) is scored. */
  responses: number;
  submittedAt: string | null;
  components: ComponentMaturity[];
}

/**
 * Scores a self-assessment from its answers (one multiple-choice question of evidence per component, see
 * `asInstrument`): a component reaches a tier when the evidence of that tier and of every tier below is
 * ticked. The latest response is scored (a round is one answer per city).
 *
 * @example
 * ```ts
 * maturityReport(sa, responses).components[0]; // { id: "governance", tier: "repetible", next: "definido", missing: [{ id: "gob-comite", … }] }
 * ```
 */
export function maturityReport(sa: SelfAssessment, responses: readonly SurveyResponse[]): MaturityReport {
  const mine = responses.filter((r) => r.instrumentId === sa.id);
  const latest = [...mine].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).at(-1);
  const components = sa.components.map((c): ComponentMaturity => {
    const ticked = new Set(latest ? picked(latest, componentQuestion(c.id)) : []);
    let reached = 0;
    while (reached + 1 < sa.tiers.length) {
      const needed = c.evidence[sa.tiers[reached + 1]?.id ?? ""] ?? [];
      if (!needed.every((e) => ticked.has(e.id))) break;
      reached++;
    }
    const next = sa.tiers[reached + 1]?.id ?? null;
    const missing =
      next === null
        ? []
        : sa.tiers
            .slice(1, reached + 2)
            .flatMap((t) =>
              (c.evidence[t.id] ?? [])
                .filter((e) => !ticked.has(e.id))
                .map((e) => ({ id: e.id, tier: t.id, label: e.label })),
            );
    return { id: c.id, group: c.group, title: c.title, tier: sa.tiers[reached]?.id ?? "", next, missing };
  });
  return {
    selfAssessmentId: sa.id,
    version: sa.version,
    responses: mine.length,
    submittedAt: latest?.submittedAt ?? null,
    components,
  };
}

/** How one topic's demand changed between two rounds; `change` only when both counts are shown. */
export interface TopicChange {
  question: string;
  topic: string;
  before: number | null;
  after: number | null;
  /** `after − before`, or `null` when either is hidden. */
  change: number | null;
}

/**
 * Compares two rounds of the same survey topic by topic: counts as each report shows them (hidden stays
 * hidden: no change is computed from a hidden count).
 *
 * @example
 * ```ts
 * compareSurveyRounds(surveyReport(i, round1), surveyReport(i, round2)).find((t) => t.topic === "salud"); // { before: 6, after: 9, change: 3, … }
 * ```
 */
export function compareSurveyRounds(before: SurveyReport, after: SurveyReport): TopicChange[] {
  const out: TopicChange[] = [];
  const names = [...new Set([...before.questions, ...after.questions].map((q) => q.question))];
  for (const question of names) {
    const b = new Map(
      before.questions.find((q) => q.question === question)?.topics.map((t) => [t.topic, t.count]),
    );
    const a = new Map(
      after.questions.find((q) => q.question === question)?.topics.map((t) => [t.topic, t.count]),
    );
    for (const topic of new Set([...b.keys(), ...a.keys()])) {
      const x = b.get(topic) ?? null;
      const y = a.get(topic) ?? null;
      out.push({ question, topic, before: x, after: y, change: x === null || y === null ? null : y - x });
    }
  }
  return out;
}

/** How one component's tier changed between two self-assessments (`change` in tiers, up is positive). */
export interface TierChange {
  id: string;
  before: string | null;
  after: string | null;
  change: number | null;
}

/**
 * Compares two self-assessment rounds component by component.
 *
 * @example
 * ```ts
 * compareMaturity(sa, maturityReport(sa, r2024), maturityReport(sa, r2025))[0]; // { id: "governance", before: "repetible", after: "definido", change: 1 }
 * ```
 */
export function compareMaturity(
  sa: SelfAssessment,
  before: MaturityReport,
  after: MaturityReport,
): TierChange[] {
  const rank = (t: string | null) => (t === null ? -1 : sa.tiers.findIndex((x) => x.id === t));
  return sa.components.map((c) => {
    const b = before.responses ? (before.components.find((x) => x.id === c.id)?.tier ?? null) : null;
    const a = after.responses ? (after.components.find((x) => x.id === c.id)?.tier ?? null) : null;
    return { id: c.id, before: b, after: a, change: a === null || b === null ? null : rank(a) - rank(b) };
  });
}
