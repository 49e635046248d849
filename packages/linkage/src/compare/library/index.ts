/**
 * Stable ids of the comparison library's levels, for reports and catalogs (the null level is -1 and
 * "else" is 0, neither has an id):
 *
 * - `exact`: equal values (both surnames equal in {@link surnamesComparison});
 * - `swapped`: two fields swapped (PEREZ GARCIA / GARCIA PEREZ; a first name and a surname);
 * - `one-missing`: the surnames of one record all among the other's (a missing second surname);
 * - `first-exact`: the first surname, or the first given name, equal;
 * - `token-subset`: the given names of one record all among the other's (MARIA GUADALUPE / GUADALUPE);
 * - `jw-0.92`, `jw-0.9`, `jw-0.88`, `jw-0.7`: Jaro–Winkler similarity at least that;
 * - `jw-0.92-both`: both surnames at least 0.92; `first-jw-0.88`: the first surname or given name;
 * - `phonetic`: equal Spanish phonetic keys;
 * - `day-month-swap`: same year, day and month swapped (1985-03-07 / 1985-07-03);
 * - `typo-1`, `typo-2`: at most one or two characters mistyped, missing, extra or swapped;
 * - `within-31-days`, `within-365-days`: dates at most that many days apart.
 */
export const levelIds = [
  "exact",
  "swapped",
  "one-missing",
  "first-exact",
  "token-subset",
  "jw-0.92",
  "jw-0.9",
  "jw-0.88",
  "jw-0.7",
  "jw-0.92-both",
  "first-jw-0.88",
  "phonetic",
  "day-month-swap",
  "typo-1",
  "typo-2",
  "within-31-days",
  "within-365-days",
] as const;

export {
  type GivenNamesComparisonOptions,
  givenNamesComparison,
  type NameComparisonOptions,
  nameComparison,
  type SurnamesComparisonOptions,
  surnamesComparison,
} from "./names";
export {
  codeComparison,
  dateComparison,
  exactComparison,
  idComparison,
  textComparison,
} from "./values";
