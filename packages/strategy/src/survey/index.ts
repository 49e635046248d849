export { CDA_SELF_ASSESSMENT } from "./cda-self-assessment";
export type { DateOrder } from "./dates";
export { surveyFormHtml } from "./html";
export {
  type AnswersImport,
  type AnswersSource,
  type AnswersTable,
  detectSource,
  type ImportAnswersOptions,
  importAnswers,
} from "./import";
export { surveyFormMessages, surveyIssues } from "./messages";
export {
  asInstrument,
  componentQuestion,
  parseQuestionnaire,
  QUESTIONNAIRE_PRESETS,
  type Questionnaire,
  type QuestionnaireParse,
  questionnairePreset,
} from "./questionnaire";
export {
  type AreaDemand,
  type ComponentMaturity,
  compareMaturity,
  compareSurveyRounds,
  type MaturityReport,
  maturityReport,
  type QuestionDemand,
  type SurveyReport,
  surveyReport,
  type TierChange,
  type TopicChange,
} from "./report";
export {
  type SelfAssessment,
  type SelfAssessmentInput,
  SelfAssessmentSchema,
} from "./schema";
export { type FormSheet, xlsFormSheets } from "./xlsform";
