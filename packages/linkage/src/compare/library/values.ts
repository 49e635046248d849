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
  return onField(field, [
    exact(field, options.tf === true),
    { id: "day-month-swap", when: { daySwap: field } },
    typo(field, 1),
    ...[31, 365].map((days) => ({ id: `within-${days}-days`, when: { dateWithin: field, days } })),
  ]);
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
  return onField(field, [exact(field, false), typo(field, 1)]);
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
  return onField(field, [exact(field, options.tf === true), typo(field, 1), typo(field, 2)]);
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
  return onField(field, [
    exact(field, options.tf ?? true),
    ...[0.9, 0.7].map((min) => ({ id: `jw-${min}`, when: { jaroWinkler: field, min } })),
  ]);
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
  return onField(field, [exact(field, false)]);
}

/** A comparison of one field, named after it. */
function onField(field: string, levels: ComparisonLevel[]): ComparisonSpec {
  return { name: field, fields: [field], levels };
}

/** `typo-1`, `typo-2`: at most `max` characters mistyped, missing or swapped. */
function typo(field: string, max: number): ComparisonLevel {
  return { id: `typo-${max}`, when: { damerau: field, max } };
}

function exact(field: string, tf: boolean): ComparisonLevel {
  return { id: "exact", when: { exact: field }, ...(tf ? { tf: field } : {}) };
}
