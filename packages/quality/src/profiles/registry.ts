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
 * The rules a profile can list in `checks` by id. Each reports `quality/profile/<id>`. File rules
 * (`encoding`, `delimiter`, `quote-char`, `header-row`) read what the reader detected, after the read
 * (see `profileFindings`); the others run as checks in the same pass.
 */
export const BUILTIN_RULES: Readonly<Record<string, ProfileRule>> = {
  encoding: encodingRule,
  delimiter: delimiterRule,
  "quote-char": quoteCharRule,
  "header-row": headerRowRule,
  "header-name": headerNameRule,
  "unique-headers": uniqueHeadersRule,
  "trimmed-values": trimmedValuesRule,
  "decimal-point": decimalPointRule,
  "currency-symbol": currencySymbolRule,
  "iso-date": isoDateRule,
  "boolean-values": booleanValuesRule,
  coordinates: coordinatesRule,
};
