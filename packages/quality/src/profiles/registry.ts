import { booleanValuesRule } from "./ar-datos-abiertos/rules/boolean-values/boolean-values";
import { coordinatesRule } from "./ar-datos-abiertos/rules/coordinates/coordinates";
import { currencySymbolRule } from "./ar-datos-abiertos/rules/currency-symbol/currency-symbol";
import { decimalPointRule } from "./ar-datos-abiertos/rules/decimal-point/decimal-point";
import { delimiterRule } from "./ar-datos-abiertos/rules/delimiter/delimiter";
import { encodingRule } from "./ar-datos-abiertos/rules/encoding/encoding";
import { headerNameRule } from "./ar-datos-abiertos/rules/header-name/header-name";
import { headerRowRule } from "./ar-datos-abiertos/rules/header-row/header-row";
import { isoDateRule } from "./ar-datos-abiertos/rules/iso-date/iso-date";
import { quoteCharRule } from "./ar-datos-abiertos/rules/quote-char/quote-char";
import { trimmedValuesRule } from "./ar-datos-abiertos/rules/trimmed-values/trimmed-values";
import { uniqueHeadersRule } from "./ar-datos-abiertos/rules/unique-headers/unique-headers";
import type { ProfileRule } from "./rule";

/**
 * The rules of the publishing guide, one descriptor per folder under `ar-datos-abiertos/rules/` (ids
 * `quality/profile/<rule>`, aliases the rule ids a profile lists). File rules (`encoding`, `delimiter`,
 * `quote-char`, `header-row`) read what the reader detected, after the read (see `profileFindings`);
 * the others run as checks in the same pass. `registry.test.ts` fails when a folder is missing here.
 */
export const PROFILE_RULES: readonly ProfileRule[] = Object.freeze([
  encodingRule,
  delimiterRule,
  quoteCharRule,
  headerRowRule,
  headerNameRule,
  uniqueHeadersRule,
  trimmedValuesRule,
  decimalPointRule,
  currencySymbolRule,
  isoDateRule,
  booleanValuesRule,
  coordinatesRule,
]);

/**
 * The rules a profile can list in `checks`, by rule id (each descriptor's first alias). Each reports
 * `quality/profile/<id>`.
 *
 * @example
 * ```ts
 * BUILTIN_RULES["iso-date"]?.id; //=> "quality/profile/iso-date"
 * ```
 */
export const BUILTIN_RULES: Readonly<Record<string, ProfileRule>> = Object.freeze(
  Object.fromEntries(PROFILE_RULES.map((rule) => [rule.aliases[0] ?? rule.id, rule])),
);
