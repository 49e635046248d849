import { z } from "zod";
import {
  AsWrittenSchema,
  DateOrInstantSchema,
  DeadlineSchema,
  IsoDateSchema,
  LabelSchema,
  SlugSchema,
} from "./common";
import { entity } from "./shape";

/** One question of a survey (XLSForm-like). */
export const SurveyQuestionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: z.enum(["select_one", "select_multiple", "text", "integer", "email", "note"]),
  label: LabelSchema,
  listName: z.string().optional(),
  /** For the capacity diagnostic: who answers (the official or the team). */
  audience: z.enum(["official", "team"]).optional(),
});

/** A choice in a list; `superTheme` maps survey topics to DCAT-AR themes. */
export const SurveyChoiceSchema = z.strictObject({
  name: SlugSchema,
  label: LabelSchema,
  superTheme: z.array(z.string()).default([]),
});

/** A survey instrument (the capacity diagnostic). */
export const SurveyInstrumentSchema = entity({
  version: z.string().min(1),
  title: LabelSchema,
  intro: LabelSchema.optional(),
  questions: z.array(SurveyQuestionSchema).min(1),
  choiceLists: z.record(z.string(), z.array(SurveyChoiceSchema)).default({}),
});
/** A survey instrument. */
export type SurveyInstrument = z.infer<typeof SurveyInstrumentSchema>;

/** One pseudonymous response. */
export const SurveyResponseSchema = z.strictObject({
  instrumentId: SlugSchema,
  instrumentVersion: z.string(),
  orgUnitId: SlugSchema.optional(),
  roleId: SlugSchema.optional(),
  submittedAt: DateOrInstantSchema,
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
/** A survey response. */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/** A training plan with modules and the indicators that follow it. */
export const TrainingPlanSchema = entity({
  title: LabelSchema,
  /** Who the plan is for (each course may name its own audience). */
  audience: LabelSchema.optional(),
  /** The facts as the source document wrote them. */
  asWritten: AsWrittenSchema,
  /** `planned` (default while no session was held), `active` or `finished`. */
  state: z.enum(["planned", "active", "finished"]).optional(),
  /** The months it runs: `2024-09` or `2024-09/2024-11`. */
  period: DeadlineSchema.optional(),
  /** The strategy actions it carries out. */
  actionIds: z.array(SlugSchema).default([]),
  modules: z
    .array(
      z
        .object({
          id: SlugSchema,
          title: LabelSchema,
          audience: z.string().optional(),
          /** Hours of the course, when known. */
          hours: z.number().positive().optional(),
        })
        .strict(),
    )
    .default([]),
  sessions: z
    .array(
      z
        .object({
          moduleId: SlugSchema,
          date: IsoDateSchema,
          /** How many attended (absent for a session still to come). */
          attendees: z.number().int().nonnegative().optional(),
          orgUnitIds: z.array(SlugSchema).default([]),
        })
        .strict(),
    )
    .default([]),
  indicatorIds: z.array(SlugSchema).default([]),
});
/** A training plan. */
export type TrainingPlan = z.infer<typeof TrainingPlanSchema>;

/** An Open311-like item from residents (suggestion box, hackathon, 311). */
export const FeedbackItemSchema = entity({
  channel: z.enum(["suggestion-box", "hackathon", "311", "social", "other"]),
  serviceCode: z.string().optional(),
  description: z.string().min(1),
  location: z.object({ lat: z.number(), lon: z.number() }).strict().optional(),
  status: z.enum(["open", "closed"]),
  statusNotes: z.string().optional(),
  agencyResponsibleId: SlugSchema.optional(),
  requestedAt: DateOrInstantSchema,
  updatedAt: DateOrInstantSchema.optional(),
  firstResponseAt: DateOrInstantSchema.optional(),
  expectedAt: DateOrInstantSchema.optional(),
  actionIds: z.array(SlugSchema).default([]),
  datasetIds: z.array(SlugSchema).default([]),
});
/** A feedback item. */
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;

/** A criterion of an assessment framework: met when `minMet` of its checklist items are met. */
export const CriterionSchema = z.strictObject({
  id: SlugSchema,
  title: LabelSchema,
  checklist: z.array(LabelSchema).default([]),
  minMet: z.number().int().nonnegative().optional(),
  prerequisites: z.array(SlugSchema).default([]),
});

/** An assessment framework (City Data Alliance components, What Works Cities practices…). */
export const AssessmentFrameworkSchema = entity({
  title: LabelSchema,
  dimensions: z
    .array(
      z
        .object({
          id: SlugSchema,
          title: LabelSchema,
          description: LabelSchema.optional(),
          criteria: z.array(CriterionSchema),
        })
        .strict(),
    )
    .min(1),
  /** Tiers by share of criteria met, e.g. `[{id:"silver",minPct:51},…]`. */
  tiers: z.array(
    z.object({ id: SlugSchema, title: LabelSchema, minPct: z.number().min(0).max(100) }).strict(),
  ),
});
/** An assessment framework. */
export type AssessmentFramework = z.infer<typeof AssessmentFrameworkSchema>;

/** A self-assessment against a framework on a date. */
export const AssessmentSchema = z.strictObject({
  id: SlugSchema,
  frameworkId: SlugSchema,
  date: IsoDateSchema,
  answers: z
    .array(
      z
        .object({
          criterionId: SlugSchema,
          met: z.boolean().optional(),
          /** How many checklist items are met (used with `minMet`). */
          itemsMet: z.number().int().nonnegative().optional(),
          evidence: z.array(z.string()).default([]),
        })
        .strict(),
    )
    .default([]),
});
/** An assessment. */
export type Assessment = z.infer<typeof AssessmentSchema>;
