import { surveyDemand, type TopicDemand } from "../compute/survey";
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

/** One area of {@link SurveyReport.byArea} with at least `minCell` respondents: its respondents and demand. */
export interface AreaDemand {
  /** The area as answered (`null` for responses that left it blank). */
  area: string | null;
  respondents: number;
  questions: QuestionDemand[];
}

/** Demand by topic for every choice question of a survey, and by area when asked. */
export interface SurveyReport {
  instrumentId: string;
  version: string;
  /** Every response to this instrument (all of them, whatever is hidden). */
  respondents: number;
  minCell: number;
  questions: QuestionDemand[];
  /** Demand per area, when `by` names the question that holds the area. */
  byArea?: {
    question: string;
    /** Areas with at least `minCell` respondents. */
    areas: AreaDemand[];
    /** How many areas had fewer than `minCell` respondents: neither named nor counted, only this number. */
    hiddenAreas: number;
  };
}

const mineOf = (instrument: SurveyInstrument, responses: readonly SurveyResponse[]) =>
  responses.filter((r) => r.instrumentId === instrument.id);

function demand(
  instrument: SurveyInstrument,
  responses: readonly SurveyResponse[],
  minCell: number,
): QuestionDemand[] {
  return instrument.questions
    .filter((q) => q.type === "select_multiple" || q.type === "select_one")
    .map((q) => ({
      question: q.name,
      label: q.label,
      topics: surveyDemand(instrument, responses, q.name, { minCell }),
    }));
}

/**
 * Demand by topic for every choice question (through `surveyDemand`: a topic chosen by fewer than `minCell`
 * respondents, default 5, is hidden), and with `by` the same per area (the answer to that question); an
 * area with fewer than `minCell` respondents is hidden whole (not even named: only how many were hidden is
 * said). Counts come from every response.
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
  const report: SurveyReport = {
    instrumentId: instrument.id,
    version: instrument.version,
    respondents: mine.length,
    minCell,
    questions: demand(instrument, mine, minCell),
  };
  const by = options.by;
  if (by === undefined) return report;
  const groups = new Map<string | null, SurveyResponse[]>();
  for (const r of mine) {
    const a = r.answers[by];
    const area = Array.isArray(a)
      ? a.join(" ")
      : a === undefined || String(a).trim() === ""
        ? null
        : String(a).trim();
    const group = groups.get(area);
    if (group === undefined) groups.set(area, [r]);
    else group.push(r);
  }
  const shown = [...groups].filter(([, rs]) => rs.length >= minCell);
  const areas = shown
    .map(
      ([area, rs]): AreaDemand => ({
        area,
        respondents: rs.length,
        questions: demand(instrument, rs, minCell),
      }),
    )
    .sort((a, b) => (a.area ?? "\uffff").localeCompare(b.area ?? "\uffff"));
  return { ...report, byArea: { question: by, areas, hiddenAreas: groups.size - shown.length } };
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
    const answer = latest?.answers[componentQuestion(c.id)];
    const ticked = new Set(
      Array.isArray(answer) ? answer : typeof answer === "string" ? answer.split(/\s+/) : [],
    );
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
