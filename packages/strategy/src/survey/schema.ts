import { z } from "zod";
import { LabelSchema, SlugSchema } from "../model/common";
import { entity } from "../model/shape";

/** One piece of evidence a maturity tier needs (a document, a meeting record, a published page…). */
export const EvidenceItemSchema = z.strictObject({
  /** Its id, unique in the questionnaire (`inventario-publicado`). */
  id: SlugSchema,
  label: LabelSchema,
});

/** A component or practice of a self-assessment, with the evidence each maturity tier needs. */
export const SelfAssessmentComponentSchema = z.strictObject({
  id: SlugSchema,
  /** A component of the city data strategy, or a critical data practice. */
  group: z.enum(["component", "practice"]),
  title: LabelSchema,
  /** Evidence by tier id; the first tier needs none. A tier is reached when its evidence and all below it are there. */
  evidence: z.record(SlugSchema, z.array(EvidenceItemSchema)),
});

/** A self-assessment questionnaire: tiers in order (lowest first) and components with their evidence. */
export const SelfAssessmentSchema = entity({
  /** The questionnaire's version (`2024.1`): answers carry it, rounds compare within it. */
  version: z.string().min(1),
  title: LabelSchema,
  intro: LabelSchema.optional(),
  /** Tiers in order, lowest first. */
  tiers: z.array(z.strictObject({ id: SlugSchema, title: LabelSchema })).min(2),
  components: z.array(SelfAssessmentComponentSchema).min(1),
});
/** A self-assessment questionnaire. */
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;
/** A self-assessment questionnaire as written (before defaults). */
export type SelfAssessmentInput = z.input<typeof SelfAssessmentSchema>;
