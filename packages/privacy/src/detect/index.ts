export {
  CATEGORY_ROLE,
  type Category,
  type Jurisdiction,
  lawsFor,
  type Role,
  SENSITIVE_LAWS,
  type SensitiveCategory,
} from "./categories";
export { type ColumnFinding, classifyColumn } from "./column";
export { headerHints, normalizeHeader } from "./headers";
export { type ScanOptions, type ScanReport, scanTable } from "./scan";
export {
  coordinatePrecision,
  dateYear,
  isEmail,
  isHexId,
  looksLikeAddress,
  looksLikeName,
  PHONE_COUNTRIES,
  phoneCountry,
} from "./values";
