import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { round1 } from "./progress";
import { type HiddenReason, protectCounts, type Tally } from "./protect";

type SurveyQuestion = SurveyInstrument["questions"][number];

/** Demand for one topic of a survey question. */
export interface TopicDemand {
  topic: string;
  /** How many respondents chose it, or `null` when hidden. */
  count: number | null;
  /** Share of respondents (0–100), or `null` when hidden. */
  pct: number | null;
  hidden: boolean;
  /** Why it is hidden (`null` when shown). */
  reason: HiddenReason | null;
  superTheme: string[];
}

/** The topics of a choice question: its list's choices, then any other answer found, in order of appearance. */
export function topicsOf(
  instrument: SurveyInstrument,
  q: SurveyQuestion,
  responses: readonly SurveyResponse[],
) {
  const topics = (q.listName ? (instrument.choiceLists[q.listName] ?? []) : []).map((c) => c.name);
  const known = new Set(topics);
  for (const r of responses)
    for (const t of picked(r, q.name))
      if (!known.has(t)) {
        known.add(t);
        topics.push(t);
      }
  return topics;
}

/** The choices a response ticked for `question` (a list, or XLSForm's space-separated text), each once. @internal */
export function picked(r: SurveyResponse, question: string): string[] {
  const answer = r.answers[question];
  const list = Array.isArray(answer) ? answer : typeof answer === "string" ? answer.split(/\s+/) : [];
  return [...new Set(list)].filter((t) => t !== "");
}

/** How many of `responses` chose each of `topics` for `question`, and how many left it blank. */
export function tallyOf(
  responses: readonly SurveyResponse[],
  question: string,
  topics: readonly string[],
): Tally {
  const at = new Map(topics.map((t, i) => [t, i]));
  const counts = topics.map(() => 0);
  let blank = 0;
  for (const r of responses) {
    const chosen = picked(r, question);
    if (chosen.length === 0) blank++;
    for (const t of chosen) {
      const i = at.get(t);
      if (i !== undefined) counts[i] = (counts[i] as number) + 1;
    }
  }
  return { counts, blank };
}

/** The rows of a demand table: shown topics most chosen first, then the hidden ones by name (their order says nothing). */
export function demandRows(
  instrument: SurveyInstrument,
  q: SurveyQuestion,
  topics: readonly string[],
  tally: Tally,
  /** The denominator of the percentages; `null` when it is hidden (a percentage would give it back). */
  respondents: number | null,
  reasons: readonly (HiddenReason | null)[],
): TopicDemand[] {
  const choices = q.listName ? (instrument.choiceLists[q.listName] ?? []) : [];
  const theme = new Map(choices.map((c) => [c.name, c.superTheme]));
  return topics
    .map((topic, i): TopicDemand => {
      const reason = reasons[i] ?? null;
      const count = tally.counts[i] ?? 0;
      return {
        topic,
        count: reason ? null : count,
        pct: reason || !respondents ? null : round1((count / respondents) * 100),
        hidden: reason !== null,
        reason,
        superTheme: theme.get(topic) ?? [],
      };
    })
    .sort(
      (a, b) =>
        Number(a.hidden) - Number(b.hidden) ||
        (b.count ?? 0) - (a.count ?? 0) ||
        a.topic.localeCompare(b.topic),
    );
}

/**
 * Demand by topic for a multiple-choice question (Mendoza's "¿Cuáles son los datos que necesita…?"), most
 * chosen first. Topics chosen by fewer than `minCell` respondents (default 5) are hidden (`count: null`,
 * `reason: "hidden"`), the small-cell rule of data-sharing agreements; for a single-choice question, whose
 * counts add up to the respondents, more are hidden (with the same reason: which ones are small is never
 * said) when a hidden count could otherwise be worked out, or bounded under `minCell`, by subtraction.
 * Hidden topics come last, by name.
 *
 * @example
 * ```ts
 * surveyDemand(instrument, responses, "datos_para_decisiones").filter((t) => !t.hidden);
 * ```
 */
export function surveyDemand(
  instrument: SurveyInstrument,
  responses: readonly SurveyResponse[],
  question: string,
  options: { minCell?: number } = {},
): TopicDemand[] {
  const minCell = options.minCell ?? 5;
  const q = instrument.questions.find((x) => x.name === question);
  if (q === undefined) return [];
  const mine = responses.filter((r) => r.instrumentId === instrument.id);
  const topics = topicsOf(instrument, q, mine);
  const overall = tallyOf(mine, q.name, topics);
  const kind = q.type === "select_one" ? "one" : "many";
  const hidden = protectCounts({
    total: mine.length,
    groups: null,
    questions: [{ kind, overall, groups: [] }],
    minCell,
  });
  // A hidden total stays hidden: no percentage of it is shown (count ÷ pct would give it back).
  const denominator = hidden.total ? null : mine.length;
  return demandRows(instrument, q, topics, overall, denominator, hidden.questions[0]?.overall ?? []);
}
