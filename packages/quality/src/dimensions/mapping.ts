import type { TableError } from "@ciudata/table";
import { type Dimension, isDimension } from "./dimensions";

/**
 * The dimension each error type measures, as data. The choices follow DAMA UK's definitions and the
 * ISO/IEC 25012 characteristics (see `DIMENSION_INFO`):
 *
 * - **validity** (DAMA "conforms to the syntax (format, type, range) of its definition"; ISO 25012
 *   compliance): cell types and formats, the structure of the file and its header, encodings,
 *   descriptors, publishing-profile rules.
 * - **completeness** (DAMA "proportion of stored data against the potential of 100% complete"): missing
 *   cells, blank rows, missing columns, required values, too few rows.
 * - **uniqueness** (DAMA "nothing recorded more than once"): duplicate rows, primary keys, unique columns.
 * - **consistency** (DAMA "absence of difference when comparing representations of the same thing";
 *   ISO 25012 consistency): foreign keys (referential integrity), rules across columns, category spellings,
 *   whitespace and letter case variants, data vs its own metadata (hash, bytes), sequences.
 * - **accuracy** (DAMA "degree to which data correctly describes the real-world object"; ISO 25012
 *   accuracy and precision): out-of-range and out-of-list values, outliers, truncated values.
 * - **timeliness** (DAMA "data represents reality from the required point in time"; ISO 25012 currentness):
 *   stale data, overdue updates.
 * - coordinates (`geo/*`): a missing point is completeness; (0, 0), unreadable, swapped or shifted
 *   coordinates are syntax (validity); a recorded territory that is not the polygon containing the point
 *   is two representations disagreeing (consistency); a point outside the city, far from its territory or
 *   shared by many rows does not describe the real place (accuracy).
 * - **bias** (not in DAMA's six; Mendoza's standard asks to mitigate it; ISO 25012 completeness read as
 *   representativeness): uneven missingness across groups, territories left out, missing disaggregation.
 *
 * `constraint-error` depends on the constraint broken: see `CONSTRAINT_DIMENSIONS`.
 */
export const ERROR_DIMENSIONS: Readonly<Record<string, Dimension>> = {
  // --- validity: type, format, syntax and structure ---
  "type-error": "validity",
  "constraint-error": "validity",
  "extra-cell": "validity",
  "extra-label": "validity",
  "blank-label": "validity",
  "duplicate-label": "validity",
  "incorrect-label": "validity",
  "blank-header": "validity",
  "unmatched-header": "validity",
  "ascii-value": "validity",
  "encoding-error": "validity",
  mojibake: "validity",
  "format-error": "validity",
  "source-error": "validity",
  "scheme-error": "validity",
  "compression-error": "validity",
  "schema-error": "validity",
  "pattern-error": "validity",
  "field-error": "validity",
  "dialect-error": "validity",
  "resource-error": "validity",
  "package-error": "validity",
  "checklist-error": "validity",
  "check-error": "validity",
  // --- completeness: what is missing ---
  "missing-cell": "completeness",
  "missing-label": "completeness",
  "blank-row": "completeness",
  "required-value": "completeness",
  "table-dimensions": "completeness",
  "row-count": "completeness",
  "field-count": "completeness",
  // --- uniqueness: recorded more than once ---
  "duplicate-row": "uniqueness",
  "primary-key": "uniqueness",
  "unique-error": "uniqueness",
  // --- consistency: the data against itself and its metadata ---
  "foreign-key": "consistency",
  "row-constraint": "consistency",
  "sequential-value": "consistency",
  "hash-count": "consistency",
  "byte-count": "consistency",
  "quality/category-variants": "consistency",
  "quality/whitespace": "consistency",
  "quality/letter-case": "consistency",
  "quality/cross-field": "consistency",
  "quality/age-mismatch": "consistency",
  // --- accuracy: the data against reality ---
  "deviated-value": "accuracy",
  "deviated-cell": "accuracy",
  "truncated-value": "accuracy",
  "forbidden-value": "accuracy",
  // --- timeliness ---
  "quality/stale-data": "timeliness",
  "quality/overdue-update": "timeliness",
  // --- bias ---
  "quality/missing-by-group": "bias",
  "quality/territory-coverage": "bias",
  "quality/missing-dimension": "bias",
  // --- coordinates against the city's areas (`geoChecks` of @ciudata/geo, which the CLI passes in) ---
  "geo/missing-coordinates": "completeness",
  "geo/zero-coordinates": "validity",
  "geo/invalid-coordinates": "validity",
  "geo/swapped-coordinates": "validity",
  "geo/shifted-coordinates": "validity",
  "geo/no-coordinates": "validity",
  "geo/table-not-lon-lat": "validity",
  "geo/territory-mismatch": "consistency",
  "geo/outside-area": "accuracy",
  "geo/far-from-territory": "accuracy",
  "geo/shared-point": "accuracy",
  // The check itself (a review's list of checks that ran): its findings span the dimensions above.
  "geo/coordinates": "accuracy",
};

/**
 * The dimension of a `constraint-error`, by the constraint broken (`params.constraint`). `required`
 * is a missing value (completeness), `unique` a repeated one (uniqueness); ranges and lists say whether a
 * value is plausible (accuracy); patterns and lengths are syntax (validity).
 */
export const CONSTRAINT_DIMENSIONS: Readonly<Record<string, Dimension>> = {
  required: "completeness",
  unique: "uniqueness",
  minimum: "accuracy",
  maximum: "accuracy",
  exclusiveMinimum: "accuracy",
  exclusiveMaximum: "accuracy",
  enum: "accuracy",
  categories: "accuracy",
  pattern: "validity",
  minLength: "validity",
  maxLength: "validity",
  jsonSchema: "validity",
};

/** Prefixes of whole families of types: publishing-profile rules are conformance to a standard (validity). */
export const PREFIX_DIMENSIONS: readonly (readonly [prefix: string, dimension: Dimension])[] = [
  ["quality/profile/", "validity"],
  // The disaggregated-data standard: values outside the official code lists are inaccurate, totals that
  // are not the sum of their parts are inconsistent, and a missing or mostly-unknown breakdown (sex, age,
  // territory) hides who a policy reaches: bias, the dimension Mendoza's standard adds to DAMA's six.
  ["disaggregation/value-outside-code-list", "accuracy"],
  ["disaggregation/total", "consistency"],
  ["disaggregation/age-band-overlap", "consistency"],
  ["disaggregation/", "bias"],
  // Disclosure risk of the published records (k-anonymity, l-diversity…): its own dimension, scored.
  ["privacy/", "privacy"],
];

/**
 * Error types that belong to no quality dimension and are left out of the scores (they stay in the
 * report). None today: every finding counts under exactly one dimension; privacy findings
 * (re-identification risk) under `privacy`.
 */
export const UNSCORED_PREFIXES: readonly string[] = [];

/** Options of {@link dimensionOf}. */
export interface DimensionOfOptions {
  /** The dimension of types nothing else maps (default `"validity"`: a rule of the data was broken). */
  fallback?: Dimension;
  /** Extra or overriding type → dimension entries (e.g. a city's own checks). */
  mapping?: Readonly<Record<string, Dimension>>;
}

/**
 * The dimension an error counts against. In order:
 * 1. `params.dimension` when it names a dimension (a check may say it itself);
 * 2. `options.mapping`, then `ERROR_DIMENSIONS` (for `constraint-error`, `CONSTRAINT_DIMENSIONS`
 *    by `params.constraint`);
 * 3. `PREFIX_DIMENSIONS` (`quality/profile/*` → validity);
 * 4. an unknown namespaced type whose next segment starts with a dimension:
 *    `quality/timeliness-lag`, `city/bias/sexo`, `x/accuracy` → that dimension;
 * 5. the fallback (`validity`).
 *
 * @example
 * ```ts
 * dimensionOf("missing-cell"); //=> "completeness"
 * dimensionOf(tableError("constraint-error", { params: { constraint: "maximum" } })); //=> "accuracy"
 * dimensionOf("mendoza/timeliness-padron"); //=> "timeliness"
 * dimensionOf("privacy/k-anonymity"); //=> "privacy"
 * ```
 */
export function dimensionOf(
  error: Pick<TableError, "type" | "params"> | string,
  options: DimensionOfOptions = {},
): Dimension {
  const type = typeof error === "string" ? error : error.type;
  const params = typeof error === "string" ? undefined : error.params;
  if (params && isDimension(params.dimension)) return params.dimension;
  const mapped = options.mapping?.[type];
  if (mapped) return mapped;
  if (type === "constraint-error" && params) {
    const byConstraint = CONSTRAINT_DIMENSIONS[String(params.constraint ?? "")];
    if (byConstraint) return byConstraint;
  }
  const known = ERROR_DIMENSIONS[type];
  if (known) return known;
  for (const [prefix, dimension] of PREFIX_DIMENSIONS) if (type.startsWith(prefix)) return dimension;
  const slash = type.indexOf("/");
  if (slash >= 0) {
    for (const segment of type.slice(slash + 1).split("/")) {
      const head = segment.split(/[-_.]/)[0];
      if (isDimension(head)) return head;
    }
  }
  return options.fallback ?? "validity";
}
