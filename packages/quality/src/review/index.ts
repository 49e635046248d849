export { QUALITY_CHECKS } from "./registry";
export { type Review, type ReviewOptions, review } from "./review";
