export { AR_DATOS_ABIERTOS, BUILTIN_PROFILES } from "./ar-datos-abiertos/profile";
export {
  type BooleanValuesOptions,
  booleanValues,
} from "./ar-datos-abiertos/rules/boolean-values/boolean-values";
export { type CoordinatesOptions, coordinates } from "./ar-datos-abiertos/rules/coordinates/coordinates";
export { currencyFix, currencySymbol } from "./ar-datos-abiertos/rules/currency-symbol/currency-symbol";
export { decimalPoint, numberFix } from "./ar-datos-abiertos/rules/decimal-point/decimal-point";
export { delimiterFindings } from "./ar-datos-abiertos/rules/delimiter/delimiter";
export { encodingFindings } from "./ar-datos-abiertos/rules/encoding/encoding";
export { type HeaderNameOptions, headerName } from "./ar-datos-abiertos/rules/header-name/header-name";
export { headerRowFindings } from "./ar-datos-abiertos/rules/header-row/header-row";
export { isoDate, isoDateFix } from "./ar-datos-abiertos/rules/iso-date/iso-date";
export { quoteCharFindings } from "./ar-datos-abiertos/rules/quote-char/quote-char";
export { trimmedValues } from "./ar-datos-abiertos/rules/trimmed-values/trimmed-values";
export { uniqueHeaders } from "./ar-datos-abiertos/rules/unique-headers/unique-headers";
export { type ProfileCheckSet, type ProfileChecksOptions, profileChecks, profileOptions } from "./checks";
export { cityRulesCheck } from "./city-rules";
export { applyProfile, profileFindings, validateWithProfile } from "./findings";
export { profileIssues } from "./messages";
export { BUILTIN_RULES } from "./registry";
export {
  type FileRule,
  type ProfileRule,
  type RuleOptions,
  RuleOptionsSchema,
  ruleError,
  type Severity,
  type TableRule,
  toFieldName,
} from "./rule";
export {
  type ChecklistItem,
  ChecklistItemSchema,
  type CityRule,
  type ParseProfileOptions,
  type Profile,
  type ProfileInput,
  ProfileNameSchema,
  type ProfileParse,
  ProfileRuleSchema,
  ProfileSchema,
  parseProfile,
} from "./schema";
