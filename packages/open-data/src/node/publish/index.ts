// Publishing a Data Package or a folder of tables to a CKAN portal (Node only).

export {
  type PublishFinding,
  type PublishOptions,
  type PublishResult,
  type PublishReview,
  publishFolder,
  type TablePublish,
} from "./publish";
export type { PublishField } from "./records";
