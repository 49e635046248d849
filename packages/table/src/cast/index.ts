export { castAny } from "./any";
export { castArray } from "./array";
export { createBooleanCaster, DEFAULT_FALSE_VALUES, DEFAULT_TRUE_VALUES, SPANISH_BOOLEANS } from "./boolean";
export { type Comparator, comparatorFor } from "./compare";
export {
  type ConstraintViolation,
  createConstraintChecker,
  createConstraintsChecker,
} from "./constraints";
export { type Caster, type CasterOptions, createCaster } from "./create-caster";
export { ANY_DATE_PATTERNS, createDateCaster } from "./date";
export { ANY_DATETIME_PATTERNS, createDatetimeCaster } from "./datetime";
export { Decimal } from "./decimal";
export { castDuration } from "./duration";
export {
  AMBIGUOUS_NUMBER,
  type CastFailure,
  castFailure,
  FORMAT_FAILURE,
  IMPOSSIBLE_DATE,
  isCastFailure,
  RANGE_FAILURE,
  TYPE_FAILURE,
} from "./failure";
export { createGeojsonCaster } from "./geojson";
export { createGeopointCaster, type GeoPoint } from "./geopoint";
export { createIntegerCaster, type IntegerOptions } from "./integer";
export { validateJsonSchema } from "./json-schema";
export { createListCaster } from "./list";
export { castLiteral } from "./literal";
export { createNumberCaster, type NumberOptions } from "./number";
export { castObject } from "./object";
export { PlainDate } from "./plain-date";
export {
  compilePattern,
  type PatternOptions,
  type PatternProblem,
  type PatternProblemReason,
  patternError,
  patternProblem,
  type SafePattern,
} from "./safe-pattern";
export { createStringCaster, STRING_FORMATS } from "./string";
export { compileStrptime } from "./strptime";
export { createTimeCaster } from "./time";
export { type CasterField, createTypeCaster } from "./type-caster";
export { valueKey } from "./value-key";
export { isWkt } from "./wkt";
export { castYear } from "./year";
export { castYearMonth, type YearMonth } from "./yearmonth";
