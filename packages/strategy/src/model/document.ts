import { z } from "zod";
import { ActionSchema, PillarSchema, RoadmapItemSchema } from "./action";
import { IsoDateSchema, LabelSchema, SlugSchema, TagsSchema, YearMonthSchema } from "./common";
import { CommitteeSchema, MeetingSchema, RoutineSchema } from "./governance";
import { IndicatorSchema, ObservationSchema } from "./indicator";
import { DataSharingAgreementSchema, DatasetEntrySchema, PlatformSchema } from "./inventory";
import { CitySchema, OrgUnitSchema, PersonSchema, RoleAssignmentSchema, RoleSchema } from "./org";
import {
  AssessmentFrameworkSchema,
  AssessmentSchema,
  FeedbackItemSchema,
  SurveyInstrumentSchema,
  SurveyResponseSchema,
  TrainingPlanSchema,
} from "./people";

/** The `format` of every strategy file. */
export const STRATEGY_FORMAT = "ciudata-strategy";
/** The version of the strategy file format this library writes and reads. */
export const STRATEGY_FORMAT_VERSION = 1;

/** The frameworks a strategy can follow. */
export const FRAMEWORKS = ["cda", "pladeco", "wwc", "custom"] as const;

/** The strategy itself: its period, framework, vision and priorities. */
export const StrategyMetaSchema = z
  .object({
    id: SlugSchema,
    title: LabelSchema,
    framework: z.enum(FRAMEWORKS),
    /** The months the strategy covers; absent when the source gives no dates. */
    period: z.object({ from: YearMonthSchema, to: YearMonthSchema }).strict().optional(),
    vision: LabelSchema.optional(),
    visionBy: z.string().optional(),
    summary: LabelSchema.optional(),
    /** Goals the document states beside its vision and pillars ("Mejorar la calidad de los datos internos"). */
    goals: z.array(LabelSchema).default([]),
    /** Priorities in order. */
    priorities: z.array(LabelSchema).default([]),
    approvedAt: IsoDateSchema.optional(),
    reviews: z.array(z.object({ date: IsoDateSchema, note: LabelSchema.optional() }).strict()).default([]),
    source: z.string().optional(),
    tags: TagsSchema,
  })
  .strict()
  .refine((s) => s.period === undefined || s.period.from <= s.period.to, {
    message: "period",
    path: ["period"],
  });

/**
 * A whole strategy file: the city, its people and units, the strategy with its pillars and actions,
 * and everything the model names around it. Versioned: `{"format": "ciudata-strategy", "version": 1}`.
 */
export const StrategyDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(STRATEGY_FORMAT),
  version: z.literal(STRATEGY_FORMAT_VERSION),
  city: CitySchema,
  orgUnits: z.array(OrgUnitSchema).default([]),
  people: z.array(PersonSchema).default([]),
  roles: z.array(RoleSchema).default([]),
  roleAssignments: z.array(RoleAssignmentSchema).default([]),
  strategy: StrategyMetaSchema,
  pillars: z.array(PillarSchema).min(1),
  actions: z.array(ActionSchema).default([]),
  roadmap: z.array(RoadmapItemSchema).default([]),
  indicators: z.array(IndicatorSchema).default([]),
  observations: z.array(ObservationSchema).default([]),
  datasets: z.array(DatasetEntrySchema).default([]),
  platforms: z.array(PlatformSchema).default([]),
  agreements: z.array(DataSharingAgreementSchema).default([]),
  committees: z.array(CommitteeSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
  routines: z.array(RoutineSchema).default([]),
  surveys: z.array(SurveyInstrumentSchema).default([]),
  surveyResponses: z.array(SurveyResponseSchema).default([]),
  trainingPlans: z.array(TrainingPlanSchema).default([]),
  feedback: z.array(FeedbackItemSchema).default([]),
  frameworks: z.array(AssessmentFrameworkSchema).default([]),
  assessments: z.array(AssessmentSchema).default([]),
});

/** A parsed strategy file (defaults applied). */
export type StrategyDocument = z.output<typeof StrategyDocumentSchema>;
/** A strategy file as written (optional lists may be left out). */
export type StrategyDocumentInput = z.input<typeof StrategyDocumentSchema>;
/** The strategy's metadata. */
export type StrategyMeta = z.output<typeof StrategyMetaSchema>;
