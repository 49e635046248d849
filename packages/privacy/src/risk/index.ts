export { type AccumulatorOptions, RiskAccumulator } from "./accumulator";
export { type RiskCheck, riskCheck } from "./check";
export { individualRisk, indivRiskApprox } from "./individual-risk";
export {
  type LocalSuppressionOptions,
  type LocalSuppressionResult,
  localSuppression,
} from "./local-suppression";
export { measureRisk, riskOfRows } from "./measure";
export { DEFAULT_MISSING, missingTest } from "./missing";
export type { KViolation, LDiversity, RiskOptions, RiskReport } from "./types";
