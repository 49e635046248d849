export { QUALITY_CHECKS, type QualityCheckFactory } from "./registry";
export { type Review, type ReviewOptions, review } from "./review";
