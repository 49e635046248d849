import { fromZodIssues, type Issue } from "@ciudata/core";
import { type SurveyInstrument, SurveyInstrumentSchema } from "../model/people";
import { MENDOZA_2024_2026 } from "../presets/mendoza-2024-2026";
import { CDA_SELF_ASSESSMENT } from "./cda-self-assessment";
import { type SelfAssessment, SelfAssessmentSchema } from "./schema";

/** A questionnaire: a survey, or a self-assessment (which is filled in as a survey, see {@link asInstrument}). */
export type Questionnaire =
  | { kind: "survey"; instrument: SurveyInstrument }
  | { kind: "self-assessment"; selfAssessment: SelfAssessment; instrument: SurveyInstrument };

/** What {@link parseQuestionnaire} returns: the questionnaire, or located issues (`survey/questionnaire`). */
export type QuestionnaireParse = { ok: true; questionnaire: Questionnaire } | { ok: false; issues: Issue[] };

/** The built-in questionnaires: Mendoza's capacity survey (13 topics) and the CDA self-assessment. */
export const QUESTIONNAIRE_PRESETS = ["mendoza-capacidad", "cda-autoevaluacion"] as const;

/**
 * A built-in questionnaire as editable JSON (a fresh copy): `mendoza-capacidad` (also `mendoza-2024-2026`)
 * or `cda-autoevaluacion`; `undefined` for an unknown name.
 *
 * @example
 * ```ts
 * questionnairePreset("mendoza-capacidad"); // { id: "diagnostico-capacidad", version: "2024", … }
 * ```
 */
export function questionnairePreset(name: string): Record<string, unknown> | undefined {
  if (name === "mendoza-capacidad" || name === "mendoza-2024-2026")
    return structuredClone(MENDOZA_2024_2026.surveys?.[0]) as Record<string, unknown>;
  if (name === "cda-autoevaluacion") return structuredClone(CDA_SELF_ASSESSMENT) as Record<string, unknown>;
  return undefined;
}

/**
 * Reads a questionnaire (already parsed JSON): a self-assessment when it has `tiers` and `components`, else
 * a survey instrument. Never throws; problems come back located (`path`, expected, found).
 *
 * @example
 * ```ts
 * const r = parseQuestionnaire(questionnairePreset("cda-autoevaluacion"));
 * if (r.ok) r.questionnaire.instrument.questions.length; //=> 8
 * ```
 */
export function parseQuestionnaire(input: unknown): QuestionnaireParse {
  const isSelf = typeof input === "object" && input !== null && "components" in input && "tiers" in input;
  if (isSelf) {
    const r = SelfAssessmentSchema.safeParse(input);
    if (!r.success)
      return { ok: false, issues: fromZodIssues(r.error.issues, input, { type: "survey/questionnaire" }) };
    return {
      ok: true,
      questionnaire: { kind: "self-assessment", selfAssessment: r.data, instrument: asInstrument(r.data) },
    };
  }
  const r = SurveyInstrumentSchema.safeParse(input);
  if (!r.success)
    return { ok: false, issues: fromZodIssues(r.error.issues, input, { type: "survey/questionnaire" }) };
  const lists = Object.keys(r.data.choiceLists);
  const issues = r.data.questions.flatMap((q, i) =>
    q.type.startsWith("select_") && !(q.listName && lists.includes(q.listName))
      ? fromZodIssues(
          [{ code: "custom", path: ["questions", i, "listName"], message: "choice-list" }],
          input,
          {
            type: "survey/questionnaire",
            expect: () => ({ code: "choice-list", detail: lists.join(", ") }),
          },
        )
      : [],
  );
  return issues.length
    ? { ok: false, issues }
    : { ok: true, questionnaire: { kind: "survey", instrument: r.data } };
}

/** The question name of a component (`data-as-a-service` → `data_as_a_service`). */
export const componentQuestion = (id: string): string => id.replace(/-/g, "_");

/**
 * A self-assessment as the survey people fill in: one multiple-choice question per component listing its
 * evidence (choice names are the evidence ids, labels start with the tier they belong to).
 *
 * @example
 * ```ts
 * asInstrument(selfAssessment).questions[0]; // { name: "governance", type: "select_multiple", listName: "ev_governance", … }
 * ```
 */
export function asInstrument(sa: SelfAssessment): SurveyInstrument {
  const choiceLists: SurveyInstrument["choiceLists"] = {};
  const questions = sa.components.map((c) => {
    const listName = `ev_${componentQuestion(c.id)}`;
    choiceLists[listName] = sa.tiers.flatMap((tier) =>
      (c.evidence[tier.id] ?? []).map((e) => ({
        name: e.id,
        superTheme: [],
        label: {
          es: `${tier.title.es}: ${e.label.es}`,
          ...(tier.title.en && e.label.en ? { en: `${tier.title.en}: ${e.label.en}` } : {}),
          ...(tier.title.pt && e.label.pt ? { pt: `${tier.title.pt}: ${e.label.pt}` } : {}),
        },
      })),
    );
    return { name: componentQuestion(c.id), type: "select_multiple" as const, listName, label: c.title };
  });
  return {
    id: sa.id,
    version: sa.version,
    title: sa.title,
    ...(sa.intro ? { intro: sa.intro } : {}),
    questions,
    choiceLists,
  };
}
