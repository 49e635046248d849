import type { ComparisonLevel, ComparisonSpec } from "../../types";

/** Options of the name comparisons. */
export interface NameComparisonOptions {
  /** Term-frequency adjustment on the exact level (default true: GARCIA weighs less than ZUBIRÍA). */
  tf?: boolean;
  /** Add a level for equal Spanish phonetic keys (`<field>Phon`, e.g. `surname1Phon`); default false. */
  phonetic?: boolean;
  /** A field the name may have been swapped with (`given1` ↔ `surname1`): adds a `swapped` level. */
  swappedWith?: string;
}

/**
 * One name field (a surname, a first name): `exact` (TF), `swapped` (when `swappedWith`), `jw-0.92`,
 * `jw-0.88`, `phonetic` (when asked), `jw-0.7`, else. GONZALEZ/GONZALES (0.95) is `jw-0.92`;
 * HERNANDEZ/FERNANDEZ (0.926) too, so TF and the other fields decide.
 *
 * @example
 * ```ts
 * nameComparison("surname1", { phonetic: true }).levels.map((l) => l.id);
 * //=> ["exact", "jw-0.92", "jw-0.88", "phonetic", "jw-0.7"]
 * ```
 */
export function nameComparison(field: string, options: NameComparisonOptions = {}): ComparisonSpec {
  const levels: ComparisonLevel[] = [exactLevel(field, options.tf ?? true)];
  if (options.swappedWith !== undefined)
    levels.push({ id: "swapped", when: { crossed: [field, options.swappedWith] } });
  levels.push(
    { id: "jw-0.92", when: { jaroWinkler: field, min: 0.92 } },
    { id: "jw-0.88", when: { jaroWinkler: field, min: 0.88 } },
  );
  if (options.phonetic === true) levels.push({ id: "phonetic", when: { exact: `${field}Phon` } });
  levels.push({ id: "jw-0.7", when: { jaroWinkler: field, min: 0.7 } });
  return { name: field, fields: [field], levels };
}

/** Options of {@link surnamesComparison}. */
export interface SurnamesComparisonOptions {
  /** Term-frequency adjustments (on `surnames` for both equal, on `surname1` for the first); default true. */
  tf?: boolean;
  /** Add a level for equal phonetic keys of the first surname (`surname1Phon`); default false. */
  phonetic?: boolean;
}

/**
 * Both surnames together (`surname1`, `surname2`, and `surnames`, both as one string), the way LatAm
 * registries differ: `exact` (both equal), `swapped` (PEREZ GARCIA / GARCIA PEREZ), `one-missing` (the
 * surnames of one record all among the other's: PEREZ / PEREZ GARCIA, a missing or a maternal-only
 * surname), `first-exact`, `jw-0.92-both`, `phonetic` (when asked), `first-jw-0.88`, else. Null when
 * the first surname is missing.
 *
 * @example
 * ```ts
 * surnamesComparison().levels.map((l) => l.id);
 * //=> ["exact", "swapped", "one-missing", "first-exact", "jw-0.92-both", "first-jw-0.88"]
 * ```
 */
export function surnamesComparison(options: SurnamesComparisonOptions = {}): ComparisonSpec {
  const tf = options.tf ?? true;
  const levels: ComparisonLevel[] = [
    {
      id: "exact",
      when: { all: [{ exact: "surname1" }, { exact: "surname2" }] },
      ...(tf ? { tf: "surnames" } : {}),
    },
    { id: "swapped", when: { crossed: ["surname1", "surname2"] } },
    { id: "one-missing", when: { tokenSubset: "surnames" } },
    exactLevel("surname1", tf, "first-exact"),
    {
      id: "jw-0.92-both",
      when: {
        all: [
          { jaroWinkler: "surname1", min: 0.92 },
          { jaroWinkler: "surname2", min: 0.92 },
        ],
      },
    },
  ];
  if (options.phonetic === true) levels.push({ id: "phonetic", when: { exact: "surname1Phon" } });
  levels.push({ id: "first-jw-0.88", when: { jaroWinkler: "surname1", min: 0.88 } });
  return { name: "surnames", fields: ["surname1"], levels };
}

/** Options of {@link givenNamesComparison}. */
export interface GivenNamesComparisonOptions {
  /** Term-frequency adjustments (on `given` and `given1`); default true. */
  tf?: boolean;
  /** Add a level for equal phonetic keys of the first given name (`given1Phon`); default false. */
  phonetic?: boolean;
  /** Add a `swapped` level for a first given name and first surname swapped; default false. */
  swappedWithSurname?: boolean;
}

/**
 * All given names (`given`) and the first (`given1`), compared token by token rather than as one string
 * (MARIA JOSE / MARIA LUISA scores 0.867 as a whole): `exact`, `swapped` (with the first surname, when
 * asked), `token-subset` (MARIA GUADALUPE / GUADALUPE), `first-exact`, `jw-0.92`, `first-jw-0.88`,
 * `phonetic` (when asked), else. Null when `given` is missing.
 *
 * @example
 * ```ts
 * givenNamesComparison().levels.map((l) => l.id);
 * //=> ["exact", "token-subset", "first-exact", "jw-0.92", "first-jw-0.88"]
 * ```
 */
export function givenNamesComparison(options: GivenNamesComparisonOptions = {}): ComparisonSpec {
  const tf = options.tf ?? true;
  const levels: ComparisonLevel[] = [exactLevel("given", tf)];
  if (options.swappedWithSurname === true)
    levels.push({ id: "swapped", when: { crossed: ["given1", "surname1"] } });
  levels.push(
    { id: "token-subset", when: { tokenSubset: "given" } },
    exactLevel("given1", tf, "first-exact"),
    { id: "jw-0.92", when: { jaroWinkler: "given", min: 0.92 } },
    { id: "first-jw-0.88", when: { jaroWinkler: "given1", min: 0.88 } },
  );
  if (options.phonetic === true) levels.push({ id: "phonetic", when: { exact: "given1Phon" } });
  return { name: "given", fields: ["given"], levels };
}

function exactLevel(field: string, tf: boolean, id = "exact"): ComparisonLevel {
  return { id, when: { exact: field }, ...(tf ? { tf: field } : {}) };
}
