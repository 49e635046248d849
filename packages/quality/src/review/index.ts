export { QUALITY_CHECKS, type QualityCheckFactory } from "./registry";
export {
  detectQuasiIdentifiers,
  type QuasiIdentifier,
  type QuasiIdentifierReason,
  type RegistryReview,
  type RegistryReviewOptions,
  registryReview,
} from "./registry-review";
export { type Review, type ReviewOptions, review } from "./review";
