export {
  DEFAULT_PENALTIES,
  DIMENSION_UNITS,
  FORMULA_VERSION,
  OVERALL_FORMULA,
  type Penalties,
  type ScoreUnit,
} from "./formulas";
export {
  type DimensionScore,
  type DimensionStatus,
  type Outcome,
  type QualityScores,
  type ScoreOptions,
  scoreReport,
  type ThresholdResult,
} from "./score";
export {
  parseThresholds,
  type Threshold,
  type ThresholdLevel,
  ThresholdSchema,
  type Thresholds,
  ThresholdsSchema,
} from "./thresholds";
