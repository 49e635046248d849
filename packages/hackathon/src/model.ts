import { z } from "zod";

/** The stages a challenge goes through, in order: from defining the problem to the expert panel. */
export const STAGES = ["definir", "validar", "idear", "prototipar", "testear", "caso", "panel"] as const;
/** One of {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/** Lowercase id with hyphens (`equipo-norte`, `desafio-reclamos`). */
const Slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "slug");
/** A calendar date `YYYY-MM-DD`. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "date",
  );
const Url = z.string().regex(/^https?:\/\/\S+$/i, "url");

/** A text in Spanish (required) and, when available, English and Portuguese. */
export const LocalizedTextSchema = z.object({
  es: z.string().min(1),
  en: z.string().min(1).optional(),
  pt: z.string().min(1).optional(),
});
/** A text in Spanish and, optionally, English and Portuguese. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** One gate of a challenge: the stage and the date by which it must be passed. */
export const StageGateSchema = z.object({
  stage: z.enum(STAGES),
  /** The gate date (`YYYY-MM-DD`): the stage's deliverable is due that day. */
  gate: IsoDate,
  description: LocalizedTextSchema.optional(),
});
/** One gate of a challenge. */
export type StageGate = z.infer<typeof StageGateSchema>;

/** A portal dataset a challenge offers, by id or name; `resources` limits it to some of its resources. */
export const ChallengeDatasetSchema = z.object({
  id: z.string().min(1),
  /** Resource ids to include in the pack (default: every resource with a URL). */
  resources: z.array(z.string().min(1)).optional(),
  note: LocalizedTextSchema.optional(),
});
/** A portal dataset a challenge offers. */
export type ChallengeDataset = z.infer<typeof ChallengeDatasetSchema>;

/**
 * A challenge: a problem owned by an org unit of the city, with datasets from the portal, the strategy
 * actions and indicators it serves (ids only) and the stages it goes through with their gate dates.
 */
export const ChallengeSchema = z
  .object({
    id: Slug,
    title: LocalizedTextSchema,
    /** The problem statement, as the owning area words it. */
    problem: LocalizedTextSchema,
    /** The org unit that owns the problem and will adopt the result. */
    owner: z.object({
      orgUnitId: Slug,
      name: z.string().min(1),
      contact: z.string().min(1).optional(),
    }),
    /** The portal the datasets come from (CKAN, DCAT, Socrata, OpenDataSoft or ArcGIS). */
    portal: Url.optional(),
    datasets: z.array(ChallengeDatasetSchema),
    /** Strategy action and indicator ids (slugs of a `@ciudata/strategy` document). */
    strategy: z
      .object({ actionIds: z.array(Slug).default([]), indicatorIds: z.array(Slug).default([]) })
      .default({ actionIds: [], indicatorIds: [] }),
    /** What a good result looks like. */
    successCriteria: z.array(LocalizedTextSchema).default([]),
    /** Gates in stage order (`definir` → … → `panel`), dates not going back. */
    stages: z.array(StageGateSchema).default([]),
  })
  .superRefine((c, ctx) => {
    let last = -1;
    let lastDate = "";
    c.stages.forEach((s, i) => {
      const order = STAGES.indexOf(s.stage);
      if (order <= last)
        ctx.addIssue({ code: "custom", path: ["stages", i, "stage"], message: "stage-order" });
      else if (s.gate < lastDate)
        ctx.addIssue({ code: "custom", path: ["stages", i, "gate"], message: "gate-order" });
      last = Math.max(last, order);
      if (s.gate > lastDate) lastDate = s.gate;
    });
  });
/** A challenge (see {@link ChallengeSchema}). */
export type Challenge = z.infer<typeof ChallengeSchema>;

/** A team member: a name and, optionally, a role. No contact data is needed here. */
export const MemberSchema = z.object({ name: z.string().min(1), role: z.string().min(1).optional() });

/** A team working on one challenge. */
export const TeamSchema = z.object({
  id: Slug,
  name: z.string().min(1),
  challengeId: Slug,
  members: z.array(MemberSchema).default([]),
  /** The day the team registered (`YYYY-MM-DD`); `hackathon status --as-of` leaves out teams registered later. */
  registered: IsoDate.optional(),
});
/** A team. */
export type Team = z.infer<typeof TeamSchema>;

/** Where a submission stands. */
export const SUBMISSION_STATUSES = ["draft", "submitted", "accepted", "disqualified", "withdrawn"] as const;
/** One of {@link SUBMISSION_STATUSES}. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What a team hands in: repository, demo, datasets used, the licence of the code and a status. */
export const SubmissionSchema = z.object({
  id: Slug,
  teamId: Slug,
  challengeId: Slug,
  title: z.string().min(1),
  repository: Url,
  demo: Url.optional(),
  /** Portal dataset ids the project uses. */
  datasets: z.array(z.string().min(1)).default([]),
  /** SPDX id of the code licence (`Apache-2.0`, `MIT`, `AGPL-3.0-only`…). */
  license: z.string().min(1),
  status: z.enum(SUBMISSION_STATUSES).default("submitted"),
  /** The day it was handed in (`YYYY-MM-DD`); `hackathon status --as-of` leaves out later submissions. */
  submittedAt: IsoDate.optional(),
});
/** A submission. */
export type Submission = z.infer<typeof SubmissionSchema>;

/** The scale of a criterion: the allowed values (`[1, 3, 5]`) or a range with an optional step. */
export const ScaleSchema = z.union([
  z.array(z.number()).min(2),
  z.object({ min: z.number(), max: z.number(), step: z.number().positive().optional() }),
]);
/** A criterion's scale. */
export type Scale = z.infer<typeof ScaleSchema>;

/** The classic civic-hackathon scale: 1 (weak), 3 (good), 5 (excellent). */
export const SCALE_135: readonly number[] = [1, 3, 5];

/** One weighted criterion of a rubric. */
export const CriterionSchema = z.object({
  id: Slug,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Relative weight (> 0); only ratios matter. */
  weight: z.number().positive(),
  /** Allowed values; default 1/3/5. */
  scale: ScaleSchema.default([1, 3, 5]),
});
/** A rubric criterion. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** A rubric: weighted criteria and the criterion that breaks ties. */
export const RubricSchema = z
  .object({
    id: Slug.optional(),
    title: LocalizedTextSchema.optional(),
    criteria: z.array(CriterionSchema).min(1),
    /** The criterion whose score breaks a tie in totals (then the documented fallback). */
    tieBreaker: Slug.optional(),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: "unique-id" });
      seen.add(c.id);
      const s = c.scale;
      if (!Array.isArray(s) && s.min >= s.max)
        ctx.addIssue({ code: "custom", path: ["criteria", i, "scale", "max"], message: "scale-range" });
    });
    if (r.tieBreaker !== undefined && !seen.has(r.tieBreaker))
      ctx.addIssue({ code: "custom", path: ["tieBreaker"], message: "known-criterion" });
  });
/** A rubric (see {@link RubricSchema}). */
export type Rubric = z.infer<typeof RubricSchema>;
/** A rubric as written in a file, before defaults (scales default to 1/3/5). */
export type RubricInput = z.input<typeof RubricSchema>;

/** A judge, with the teams or submissions they have a conflict of interest with. */
export const JudgeSchema = z.object({
  id: Slug,
  name: z.string().min(1).optional(),
  /** Team or submission ids: the judge's scores for those are not counted. */
  conflicts: z.array(z.string().min(1)).default([]),
});
/** A judge. */
export type Judge = z.infer<typeof JudgeSchema>;

/**
 * One judge's sheet for one submission: a value per criterion id (`null` or absent = missing) and,
 * in a hackathon file, the panel member's written recommendation to the team and the day of the sheet.
 */
export const ScoreSheetSchema = z.object({
  judge: Slug,
  submission: Slug,
  values: z.record(z.string(), z.number().nullable()),
  /** What the panel member recommends the team do next, in their own words. */
  recommendation: z.string().min(1).optional(),
  /** The day the sheet was filled in (`YYYY-MM-DD`). */
  date: IsoDate.optional(),
});
/** One judge's sheet for one submission. */
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>;

/** The submission fields the judging engine reads. */
export const RankableSubmissionSchema = z.object({
  id: Slug,
  teamId: Slug.optional(),
  title: z.string().min(1).optional(),
});
/** What the judging engine needs of a submission: its id and, for conflicts, its team. */
export interface RankableSubmission {
  id: string;
  teamId?: string | undefined;
  title?: string | undefined;
}

/** A judging file: the submissions, the judges, their sheets and (optionally) the rubric. */
export const JudgingSchema = z.object({
  rubric: RubricSchema.optional(),
  judges: z.array(JudgeSchema).min(1),
  submissions: z.array(RankableSubmissionSchema).min(1),
  scores: z.array(ScoreSheetSchema),
});
/** A judging file (`scores.json` of `ciudata hackathon rank`). */
export type Judging = z.infer<typeof JudgingSchema>;

/** A list that may be left out of the file (empty by default). */
const listOf = <T extends z.ZodType>(item: T) => z.array(item).default([]);

const FollowUpStatusSchema = z.enum(["planned", "in-progress", "done", "dropped"]);
/** Where a follow-up commitment stands: `planned`, `in-progress`, `done` or `dropped`. */
export const FOLLOW_UP_STATUSES = FollowUpStatusSchema.options;
/** One of {@link FOLLOW_UP_STATUSES}. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * A follow-up commitment after the panel: what the city (or a partner) commits to do with a result,
 * who owns it, by when, and where it stands.
 */
export const FollowUpSchema = z.object({
  id: Slug,
  challengeId: Slug,
  commitment: LocalizedTextSchema,
  note: z.string().min(1).optional(),
  /** Who answers for it: an org unit or a person's role (`Dirección de Atención Ciudadana`). */
  owner: z.string().min(1),
  /** The day it is due (`YYYY-MM-DD`). */
  due: IsoDate,
  status: FollowUpStatusSchema.default("planned"),
  /** The day it was agreed (`YYYY-MM-DD`); `hackathon status --as-of` leaves out later ones. */
  date: IsoDate.optional(),
  /** The team (or submission) whose result it follows up, if any. */
  teamId: Slug.optional(),
  submissionId: Slug.optional(),
});
/** A follow-up commitment. */
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * A whole hackathon: challenges, teams, submissions, the rubric, the panel (`judges`, with their declared
 * conflicts), their score sheets with written recommendations, and the follow-up commitments.
 */
export const HackathonSchema = z.object({
  format: z.literal("ciudata-hackathon"),
  version: z.literal(1),
  id: Slug,
  title: LocalizedTextSchema,
  city: z.string().min(1).optional(),
  dates: z.object({ start: IsoDate, end: IsoDate }).optional(),
  challenges: listOf(ChallengeSchema),
  teams: listOf(TeamSchema),
  submissions: listOf(SubmissionSchema),
  rubric: RubricSchema.optional(),
  /** The expert panel: each member with the teams or submissions they declared a conflict with. */
  judges: listOf(JudgeSchema),
  /** The panel's score sheets, with their written recommendations. */
  scores: listOf(ScoreSheetSchema),
  followUps: listOf(FollowUpSchema),
});
/** A hackathon (see {@link HackathonSchema}). */
export type Hackathon = z.infer<typeof HackathonSchema>;
