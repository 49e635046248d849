import type { ComparisonLevel, ComparisonSpec } from "../../types";

/**
 * A birth date (`YYYY-MM-DD`): `exact`, `day-month-swap` (1985-03-07 / 1985-07-03), `typo-1` (one digit
 * mistyped or two swapped, on the text), `within-31-days`, `within-365-days`, else. Unreadable dates
 * only reach the text levels.
 *
 * @example
 * ```ts
 * dateComparison("birthDate").levels.map((l) => l.id);
 * //=> ["exact", "day-month-swap", "typo-1", "within-31-days", "within-365-days"]
 * ```
 */
export function dateComparison(field: string, options: { tf?: boolean } = {}): ComparisonSpec {
  return {
    name: field,
    fields: [field],
    levels: [
      exact(field, options.tf === true),
      { id: "day-month-swap", when: { daySwap: field } },
      { id: "typo-1", when: { damerau: field, max: 1 } },
      { id: "within-31-days", when: { dateWithin: field, days: 31 } },
      { id: "within-365-days", when: { dateWithin: field, days: 365 } },
    ],
  };
}

/**
 * An identity document or phone number: `exact`, `typo-1` (one character mistyped, missing or two
 * swapped: a CURP with one typo), else. IDs are evidence, not keys.
 *
 * @example
 * ```ts
 * idComparison("nationalId").levels.map((l) => l.id); //=> ["exact", "typo-1"]
 * ```
 */
export function idComparison(field: string): ComparisonSpec {
  return {
    name: field,
    fields: [field],
    levels: [exact(field, false), { id: "typo-1", when: { damerau: field, max: 1 } }],
  };
}

/**
 * A short code (postcode, street number): `exact`, `typo-1`, `typo-2`, else.
 *
 * @example
 * ```ts
 * codeComparison("postcode").levels.map((l) => l.id); //=> ["exact", "typo-1", "typo-2"]
 * ```
 */
export function codeComparison(field: string, options: { tf?: boolean } = {}): ComparisonSpec {
  return {
    name: field,
    fields: [field],
    levels: [
      exact(field, options.tf === true),
      { id: "typo-1", when: { damerau: field, max: 1 } },
      { id: "typo-2", when: { damerau: field, max: 2 } },
    ],
  };
}

/**
 * Free text (an address, a locality): `exact` (TF by default), `jw-0.9`, `jw-0.7`, else.
 *
 * @example
 * ```ts
 * textComparison("locality").levels.map((l) => l.id); //=> ["exact", "jw-0.9", "jw-0.7"]
 * ```
 */
export function textComparison(field: string, options: { tf?: boolean } = {}): ComparisonSpec {
  return {
    name: field,
    fields: [field],
    levels: [
      exact(field, options.tf ?? true),
      { id: "jw-0.9", when: { jaroWinkler: field, min: 0.9 } },
      { id: "jw-0.7", when: { jaroWinkler: field, min: 0.7 } },
    ],
  };
}

/**
 * A value that is either equal or not (sex, an ID type): `exact`, else.
 *
 * @example
 * ```ts
 * exactComparison("sex").levels.map((l) => l.id); //=> ["exact"]
 * ```
 */
export function exactComparison(field: string): ComparisonSpec {
  return { name: field, fields: [field], levels: [exact(field, false)] };
}

function exact(field: string, tf: boolean): ComparisonLevel {
  return { id: "exact", when: { exact: field }, ...(tf ? { tf: field } : {}) };
}
