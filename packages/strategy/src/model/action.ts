import { z } from "zod";
import {
  AsWrittenSchema,
  DateOrInstantSchema,
  DeadlineSchema,
  EvidenceSchema,
  IsoDateSchema,
  type Label,
  LabelSchema,
  SlugSchema,
  TagsSchema,
} from "./common";
import { entity } from "./shape";

/** The statuses an action goes through. */
export const ACTION_STATUSES = ["not_started", "in_progress", "complete", "on_hold", "cancelled"] as const;
/** `not_started`, `in_progress`, `complete`, `on_hold` or `cancelled`. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** An action status, validated. */
export const ActionStatusSchema = z.enum(ACTION_STATUSES);

/** One change of status: the history is never rewritten, only appended to. */
export const StatusEventSchema = z.strictObject({
  status: ActionStatusSchema,
  /** When it happened: a day, or an instant read in the city's time zone. */
  at: DateOrInstantSchema,
  by: SlugSchema.optional(),
  note: z.string().optional(),
});
/** A status event. */
export type StatusEvent = z.infer<typeof StatusEventSchema>;

/** What an owner reference points at. */
export const OWNER_KINDS = ["person", "role", "committee", "org-unit"] as const;

/** Someone answerable for an action: a person, a role (all its holders), a committee or an org unit. */
export const OwnerSchema = z.strictObject({
  kind: z.enum(OWNER_KINDS),
  id: SlugSchema,
  /** `responsible` does it; `support` helps. */
  responsibility: z.enum(["responsible", "support"]).default("responsible"),
});
/** An owner reference. */
export type Owner = z.infer<typeof OwnerSchema>;

/** One action of the plan. */
export const ActionSchema = z.strictObject({
  id: SlugSchema,
  pillarId: SlugSchema,
  /** The aspiration of its pillar the action serves, when the pillar lists `aspirations`. */
  aspirationId: SlugSchema.optional(),
  title: LabelSchema,
  description: LabelSchema.optional(),
  owners: z.array(OwnerSchema).default([]),
  /** `YYYY-MM` (due at the end of that month) or `YYYY-MM/YYYY-MM`; absent for work already done. */
  deadline: DeadlineSchema.optional(),
  startDate: IsoDateSchema.optional(),
  /**
   * The status the source document states without a date. It holds until the first `history` event, is
   * shown as stated in the document (undated) and never makes the action stale.
   */
  statedStatus: ActionStatusSchema.optional(),
  /** Relative weight for weighted progress (default 1). */
  weight: z.number().positive().optional(),
  dependsOn: z.array(SlugSchema).default([]),
  indicatorIds: z.array(SlugSchema).default([]),
  evidence: z.array(EvidenceSchema).default([]),
  history: z.array(StatusEventSchema).default([]),
  tags: TagsSchema,
  /** The facts as the source document wrote them (`{"status": "Iniciado", "deadline": "Mayo 2024"}`). */
  asWritten: AsWrittenSchema,
});
/** An action. */
export type Action = z.infer<typeof ActionSchema>;
/** An action as written in a file (defaults not applied). */
export type ActionInput = z.input<typeof ActionSchema>;

/** One aspiration of a pillar, for pillars whose document lists more than one. */
export const AspirationSchema = z.strictObject({ id: SlugSchema, text: LabelSchema });
/** An aspiration of a pillar: a stable id and its text. */
export interface Aspiration {
  id: string;
  text: Label;
}

/** A pillar (line of work) with its aspiration (and, when the document lists several, each of them). */
export const PillarSchema = entity({
  order: z.number().int().nonnegative(),
  title: LabelSchema,
  aspiration: LabelSchema,
  /** The pillar's aspirations one by one; actions point at one with `aspirationId`. */
  aspirations: z.array(AspirationSchema).default([]),
  description: LabelSchema.optional(),
});
/** A pillar. */
export type Pillar = z.infer<typeof PillarSchema>;

/** Something the roadmap shows as already existing or planned for a pillar. */
export const RoadmapItemSchema = entity({
  pillarId: SlugSchema,
  title: LabelSchema,
  state: z.enum(["existing", "planned"]),
  /** The actions this item is the outcome of; `strategy check` warns when their statuses contradict `state`. */
  actionIds: z.array(SlugSchema).default([]),
});
/** A roadmap item. */
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;
