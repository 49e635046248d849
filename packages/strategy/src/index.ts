// @ciudata/strategy: encode a city's data strategy, track it as of any date, report it.
// Browser-safe: reading files lives in `@ciudata/strategy/node`. No computation reads the clock.

// ---- Computations as of a date ----
export { diffStrategy, diffStrategyVersions, type StrategyDiff } from "./compute/diff";
export {
  changePct,
  type IndicatorGap,
  type IndicatorStatus,
  indicatorStatus,
  type Light,
} from "./compute/indicators";
export { type InventoryStatus, inventoryStatus } from "./compute/inventory";
export { type MaturityScore, maturityScore } from "./compute/maturity";
export {
  type AsOfOptions,
  type Progress,
  type ProgressOptions,
  progressByOrgUnit,
  progressByOwner,
  progressByPillar,
  type StatusWeights,
  strategyProgress,
} from "./compute/progress";
export type { HiddenReason } from "./compute/protect";
export {
  type ActionStanding,
  actionStanding,
  nextDeadlines,
  overdueActions,
  type RiskOptions,
  type RiskReason,
  standings,
} from "./compute/risk";
export { isUndatedStatus, type StatusSource, statusAt } from "./compute/status";
export { surveyDemand, type TopicDemand } from "./compute/survey";
// ---- Editing a strategy file ----
export { type ActionUpdate, type ActionUpdateResult, closestIds, updateAction } from "./edit/update";
// ---- The data inventory as its own file: reading, checking, reviews, report ----
export {
  type AreaCoverage,
  appendReviews,
  checkInventory,
  type DatasetTrend,
  INVENTORY_REPORT_FORMAT,
  type InventoryParse,
  type InventoryReport,
  inventoryReport,
  isPeriodicity,
  parseInventory,
  reviewsAsOf,
  type StaleDataset,
  type TrendPoint,
} from "./inventory";
// ---- Messages (es, en, pt) ----
export { inventoryIssues } from "./messages/inventory-issues";
export { strategyIssues } from "./messages/issues";
export { strategyMessages } from "./messages/messages";
// ---- Domain model (zod schemas and inferred types) ----
export {
  ACTION_STATUSES,
  type Action,
  type ActionInput,
  type ActionStatus,
  type Aspiration,
  type Owner,
  type Pillar,
  type RoadmapItem,
  type StatusEvent,
} from "./model/action";
export {
  type DateOrInstant,
  type Deadline,
  type Evidence,
  type FrameworkTag,
  type IsoDate,
  isRealDate,
  isTimeZone,
  type Label,
  type Period,
  type Slug,
  type YearMonth,
} from "./model/common";
export {
  STRATEGY_FORMAT,
  STRATEGY_FORMAT_VERSION,
  type StrategyDocument,
  type StrategyDocumentInput,
  StrategyDocumentSchema,
  type StrategyMeta,
} from "./model/document";
export type { Commitment, Committee, CommitteeMember, Meeting, Routine } from "./model/governance";
export {
  DIRECTIONS,
  type Direction,
  type Indicator,
  type Observation,
  type Thresholds,
} from "./model/indicator";
export {
  ACCESS_LEVELS,
  DATASET_STATES,
  type DataSharingAgreement,
  type DatasetEntry,
  type DatasetReview,
  DatasetReviewSchema,
  INVENTORY_FORMAT,
  type InventoryFile,
  type InventoryFileInput,
  InventoryFileSchema,
  type Platform,
  SUPER_THEMES,
} from "./model/inventory";
export {
  BUILTIN_ROLES,
  type City,
  type OrgUnit,
  type Person,
  type Role,
  type RoleAssignment,
} from "./model/org";
export {
  type Assessment,
  type AssessmentFramework,
  AssessmentFrameworkSchema,
  type FeedbackItem,
  type SurveyInstrument,
  type SurveyResponse,
  type TrainingPlan,
} from "./model/people";
// ---- Presets ----
export {
  CDA_FRAMEWORK,
  getPreset,
  MENDOZA_2024_2026,
  PRESETS,
  SAN_ANTONIO_PLADECO,
  WWC_TIERS,
} from "./presets";
export { strategyTemplate, type TemplateOptions } from "./presets/template";
// ---- Reports (JSON, Markdown, self-contained HTML) ----
export { formatPct } from "./report/format";
export {
  type GovernanceSections,
  governanceSections,
  type NotHeld,
  type OwnerName,
  type ReportCommitment,
  type ReportCommittee,
  type ShownState,
} from "./report/governance";
export { renderHtml } from "./report/html";
export { STATUS_LABELS } from "./report/labels";
export { renderMarkdown } from "./report/markdown";
export {
  pick,
  REPORT_FORMAT,
  type ReportAction,
  type ReportIndicator,
  type ReportOptions,
  renderJson,
  type StrategyReport,
  strategyReport,
} from "./report/snapshot";
// ---- Questionnaires: the capacity survey and the self-assessment as data, forms, answers, reports ----
export {
  type AnswersImport,
  type AnswersSource,
  type AnswersTable,
  type AreaDemand,
  asInstrument,
  CDA_SELF_ASSESSMENT,
  type ComponentMaturity,
  compareMaturity,
  compareSurveyRounds,
  componentQuestion,
  type DateOrder,
  detectSource,
  type FormSheet,
  type ImportAnswersOptions,
  importAnswers,
  type MaturityReport,
  maturityReport,
  parseQuestionnaire,
  QUESTIONNAIRE_PRESETS,
  type QuestionDemand,
  type Questionnaire,
  type QuestionnaireParse,
  questionnairePreset,
  type SelfAssessment,
  type SelfAssessmentInput,
  SelfAssessmentSchema,
  type SurveyReport,
  surveyFormHtml,
  surveyFormMessages,
  surveyIssues,
  surveyReport,
  type TierChange,
  type TopicChange,
  xlsFormSheets,
} from "./survey";
// ---- Dates: deadlines, months, time zones ----
export {
  addDuration,
  daysBetween,
  localDate,
  parseRepeatDuration,
  type RepeatDuration,
  staleness,
  todayIn,
} from "./time/dates";
export { type DeadlineRange, deadlineRange, dueDate, isPastDeadline } from "./time/deadline";
// ---- Reading and checking a strategy file ----
export { renderIssue, type StrategyIssueType } from "./validate/issue";
export { loadStrategy, parseStrategy, type StrategyParse } from "./validate/parse";
