import { z } from "zod";
import { IsoDateSchema, LabelSchema, SlugSchema } from "./common";
import { entity } from "./shape";

/** A decision taken at a meeting. */
export const DecisionSchema = z.strictObject({
  id: SlugSchema,
  text: LabelSchema,
  type: z.string().optional(),
  refs: z.array(SlugSchema).default([]),
});

/** A follow-up promised at a meeting (the "relentless follow-up" of Stat routines). */
export const CommitmentSchema = z.strictObject({
  id: SlugSchema,
  text: LabelSchema,
  ownerId: SlugSchema.optional(),
  due: IsoDateSchema,
  closedAt: IsoDateSchema.optional(),
});
/** A commitment. */
export type Commitment = z.infer<typeof CommitmentSchema>;

/** A meeting of a committee or routine. */
export const MeetingSchema = z.strictObject({
  id: SlugSchema,
  /** The committee or routine that met. */
  seriesId: SlugSchema,
  date: IsoDateSchema,
  agenda: z.array(z.string()).default([]),
  minutesUrl: z.string().optional(),
  attendeeIds: z.array(SlugSchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  commitments: z.array(CommitmentSchema).default([]),
});
/** A meeting. */
export type Meeting = z.infer<typeof MeetingSchema>;

/** A committee (the data governance committee, CGD). */
export const CommitteeSchema = entity({
  name: LabelSchema,
  purpose: LabelSchema.optional(),
  memberIds: z.array(SlugSchema).default([]),
  /** ISO repeating duration: `R/P1M` monthly, `R/P3M` quarterly. */
  cadence: z
    .string()
    .regex(/^R\/P\d+[YMWD]$/, { message: "periodicity" })
    .optional(),
  establishedAt: IsoDateSchema.optional(),
});
/** A committee. */
export type Committee = z.infer<typeof CommitteeSchema>;

/** A recurring data-use routine (a Stat meeting, a training cycle). */
export const RoutineSchema = entity({
  name: LabelSchema,
  kind: z.enum(["stat", "committee", "training", "other"]),
  cadence: z.string().regex(/^R\/P\d+[YMWD]$/, { message: "periodicity" }),
  startDate: IsoDateSchema.optional(),
  participantIds: z.array(SlugSchema).default([]),
  indicatorIds: z.array(SlugSchema).default([]),
});
/** A routine. */
export type Routine = z.infer<typeof RoutineSchema>;
