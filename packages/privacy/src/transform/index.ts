export {
  type AnonymizeOptions,
  type AnonymizeReport,
  anonymize,
  anonymizeTable,
  type BelowK,
} from "./anonymize";
export { type CellTransform, compileTransform } from "./cell";
export { derivePurposeKey, hmac, normalizeForPseudonym, toHex } from "./crypto";
export { type Generalize, generalizeCell, maskValue } from "./generalize";
export { type ColumnTransform, ColumnTransformSchema, type Plan, PlanSchema, parsePlan } from "./plan";
export { suppressionLevels, topUp } from "./suppression-levels";
