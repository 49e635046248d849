import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { round1 } from "./progress";

/** Demand for one topic of a survey question. */
export interface TopicDemand {
  topic: string;
  /** How many respondents chose it, or `null` when hidden because fewer than `minCell` did. */
  count: number | null;
  /** Share of respondents (0–100), or `null` when hidden. */
  pct: number | null;
  hidden: boolean;
  superTheme: string[];
}

/**
 * Demand by topic for a multiple-choice question (Mendoza's "¿Cuáles son los datos que necesita…?"), most
 * chosen first. Topics chosen by fewer than `minCell` respondents (default 5) are hidden (`count: null`),
 * the small-cell rule of data-sharing agreements.
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
  const choices = q?.listName ? (instrument.choiceLists[q.listName] ?? []) : [];
  const mine = responses.filter((r) => r.instrumentId === instrument.id);
  const counts = new Map<string, number>(choices.map((c) => [c.name, 0]));
  for (const r of mine) {
    const answer = r.answers[question];
    const picked = Array.isArray(answer) ? answer : typeof answer === "string" ? answer.split(/\s+/) : [];
    for (const topic of new Set(picked)) if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const theme = new Map(choices.map((c) => [c.name, c.superTheme]));
  return [...counts]
    .map(([topic, count]) => {
      const hidden = count < minCell;
      return {
        topic,
        count: hidden ? null : count,
        pct: hidden || mine.length === 0 ? null : round1((count / mine.length) * 100),
        hidden,
        superTheme: theme.get(topic) ?? [],
        sort: count,
      };
    })
    .sort((a, b) => b.sort - a.sort || a.topic.localeCompare(b.topic))
    .map(({ sort: _sort, ...rest }) => rest);
}
