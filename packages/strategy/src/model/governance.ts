import { z } from "zod";
import { OwnerSchema } from "./action";
import { AsWrittenSchema, IsoDateSchema, LabelSchema, SlugSchema } from "./common";
import { entity } from "./shape";

/** An ISO repeating duration: `R/P1M` monthly, `R/P3M` quarterly, `R/P2W` every two weeks. */
const CadenceSchema = z.string().regex(/^R\/P\d+[YMWD]$/, { message: "periodicity" });

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
  /** A person's id (kept for files written before `owner`). */
  ownerId: SlugSchema.optional(),
  /** Who answers for it: a person, a role, a committee or an org unit. */
  owner: OwnerSchema.optional(),
  /** The day it is due; without one it is never flagged as past its date. */
  due: IsoDateSchema.optional(),
  /** The day it was done: from then on its status is `done`. */
  closedAt: IsoDateSchema.optional(),
  /** `open` (default), `done` or `dropped`; `closedAt` makes it `done` from that day. */
  status: z.enum(["open", "done", "dropped"]).optional(),
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

/** A member of a committee: a person or a role (all its holders), with the role they hold on it. */
export const CommitteeMemberSchema = z
  .strictObject({
    personId: SlugSchema.optional(),
    roleId: SlugSchema.optional(),
    /** Their role on the committee (chair, secretary, full member…). */
    role: LabelSchema.optional(),
  })
  .refine((m) => (m.personId === undefined) !== (m.roleId === undefined), {
    message: "person-or-role",
  });
/** A committee member. */
export type CommitteeMember = z.infer<typeof CommitteeMemberSchema>;

/** A committee (the data governance committee, CGD). */
export const CommitteeSchema = entity({
  name: LabelSchema,
  /** Members with their role on the committee: a person, or every holder of a role. */
  members: z.array(CommitteeMemberSchema).default([]),
  purpose: LabelSchema.optional(),
  /** ISO repeating duration: `R/P1M` monthly, `R/P3M` quarterly. */
  cadence: CadenceSchema.optional(),
  /** Members by person id only (kept for files written before `members`). */
  memberIds: z.array(SlugSchema).default([]),
  /** The facts as the source document wrote them. */
  asWritten: AsWrittenSchema,
  establishedAt: IsoDateSchema.optional(),
});
/** A committee. */
export type Committee = z.infer<typeof CommitteeSchema>;

/** A recurring data-use routine (a Stat meeting, a training cycle). */
export const RoutineSchema = entity({
  name: LabelSchema,
  kind: z.enum(["stat", "committee", "training", "other"]),
  /** `active` (default), `planned` or `stopped`: only an active routine is flagged when not held. */
  state: z.enum(["active", "planned", "stopped"]).optional(),
  /** Who runs it. */
  owner: OwnerSchema.optional(),
  /** The facts as the source document wrote them (`{"state": "Lo que se está planeando"}`). */
  asWritten: AsWrittenSchema,
  /** How often it is held (ISO repeating duration); absent while it is only planned. */
  cadence: CadenceSchema.optional(),
  startDate: IsoDateSchema.optional(),
  /** The last day it was held, when its meetings are not recorded in `meetings`. */
  lastHeld: IsoDateSchema.optional(),
  participantIds: z.array(SlugSchema).default([]),
  indicatorIds: z.array(SlugSchema).default([]),
});
/** A routine. */
export type Routine = z.infer<typeof RoutineSchema>;
