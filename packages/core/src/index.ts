// @ciudata/core: what every ciudata package shares. Browser-safe, no runtime dependency.

// ---- Languages, numbers and plurals ----
export { type NumberWords, numberWords, type PluralForms } from "./format/intl";
// ---- Issues and the one error class ----
export { CiudataError, isCiudataError } from "./issue/error";
export { createIssue, type Issue, type IssueInit, type IssueParam, type Severity } from "./issue/issue";
export { DEFAULT_LANG, isLang, LANGS, type Lang, type PerLang, resolveLang } from "./lang/lang";
// ---- Messages as values ----
export {
  type Catalog,
  type CatalogProblem,
  checkCatalogs,
  defineCatalogs,
  type Message,
  type MessageContext,
  MissingMessageError,
  mergeCatalogs,
  type NoExtraKeys,
  type ParamsOf,
  type SameMessages,
  sampleParams,
  type Translator,
  translator,
} from "./messages/catalog";
export {
  checkIssueCatalogs,
  defineIssueCatalogs,
  expectations,
  expectedText,
  type IssueCatalog,
  type IssueCatalogs,
  type IssueText,
  issueLocation,
  issueTitle,
  renderIssue,
} from "./messages/issues";
// ---- Seeded randomness ----
export { seededRandom } from "./random/seeded";
// ---- Text helpers ----
export { collapseSpaces, foldAccents, foldText, labelKey } from "./text/fold";
export { growSlots, hashText, slotOf } from "./text/hash";
export { escapeHtml } from "./text/html";
export { maskCell, maskValue } from "./text/mask";
export { describeValue, formatPath, lastKey, valueAt } from "./text/path";
// ---- zod issues as Issues ----
export {
  type Expectation,
  type FromZodOptions,
  fromZodIssues,
  type ZodIssueLike,
  zodExpectation,
} from "./zod/zod-issues";
