// @ciudata/hackathon: challenges linked to the city's data strategy and portal, teams, submissions,
// weighted rubrics and a judging engine; licence attribution; challenge packs. Browser-safe: no Node
// built-ins here; writing a pack to disk lives in `@ciudata/hackathon/node`.

export { type CheckHackathonOptions, checkHackathon, isHandedIn } from "./check";
export { conflictOf } from "./conflicts";
export { HackathonError, type HackathonIssueType, renderIssue } from "./issues";
export {
  type ConflictExclusion,
  type JudgeRef,
  type JudgeTotal,
  type MissingPolicy,
  type MissingScore,
  type Normalization,
  onScale,
  type RankedSubmission,
  type RankOptions,
  type RankResult,
  rank,
  type Spread,
  tieBreakOrder,
} from "./judging";
export {
  type Attribution,
  type AttributionInput,
  attribution,
  LICENSE_IDS,
  type LicenseId,
  type LicenseInfo,
  resolveLicense,
} from "./license";
export {
  type ChallengeLifecycle,
  describeLifecycle,
  hackathonLifecycle,
  LIFECYCLE,
  type LifecycleCounts,
  type LifecycleStage,
} from "./lifecycle";
export { hackathonIssues } from "./messages/issues";
export {
  type Challenge,
  type ChallengeDataset,
  ChallengeDatasetSchema,
  ChallengeSchema,
  type Criterion,
  CriterionSchema,
  FOLLOW_UP_STATUSES,
  type FollowUp,
  FollowUpSchema,
  type FollowUpStatus,
  type Hackathon,
  HackathonSchema,
  type Judge,
  JudgeSchema,
  type Judging,
  JudgingSchema,
  type LocalizedText,
  LocalizedTextSchema,
  MemberSchema,
  type RankableSubmission,
  RankableSubmissionSchema,
  type Rubric,
  type RubricInput,
  RubricSchema,
  SCALE_135,
  type Scale,
  ScaleSchema,
  type ScoreSheet,
  ScoreSheetSchema,
  STAGES,
  type Stage,
  type StageGate,
  StageGateSchema,
  SUBMISSION_STATUSES,
  type Submission,
  SubmissionSchema,
  type SubmissionStatus,
  type Team,
  TeamSchema,
} from "./model";
export {
  buildChallengePack,
  type ChallengeData,
  type ChallengePack,
  type ChallengePackInput,
  exportChallengePack,
  type FetchDataOptions,
  fetchChallengeData,
  type SkippedItem,
  type SnapshotFile,
} from "./pack";
export {
  type ParseResult,
  parseChallenge,
  parseHackathon,
  parseJudging,
  parseRubric,
  safeParseChallenge,
  safeParseHackathon,
  safeParseJudging,
  safeParseRubric,
} from "./parse";
export { renderRankingMarkdown, renderRankingText } from "./render";
export {
  type ChallengeReport,
  type ExcludedSheet,
  type HackathonReport,
  hackathonReport,
  type Recommendation,
} from "./report";
export { type StageStatus, stageAt } from "./stages";
