import { type Lang, numberWords, translator } from "@ciudata/core";
import { type Dimension, dimensionLabel, type Localized, localized } from "../dimensions";
import { scoreMessages } from "../messages/score";

/** The version of the scoring formulas; bumped whenever a formula or a default penalty changes. */
export const FORMULA_VERSION = "1.0";

/** What a dimension counts: cells, rows, or (for table-level dimensions) findings. */
export type ScoreUnit = "cells" | "rows" | "findings";

/** Points taken off per finding that has no row (header, file or table level). */
export interface Penalties {
  error: number;
  warning: number;
}

/**
 * How each dimension is measured: validity, completeness and accuracy by cell; uniqueness and consistency
 * by row; timeliness, bias and privacy (re-identification risk) by table-level findings.
 */
export const DIMENSION_UNITS: Readonly<Record<Dimension, ScoreUnit>> = {
  validity: "cells",
  completeness: "cells",
  accuracy: "cells",
  uniqueness: "rows",
  consistency: "rows",
  timeliness: "findings",
  bias: "findings",
  privacy: "findings",
};

/** Default penalties: 5/2 points per header or file finding in cell and row dimensions, 20/10 per finding in timeliness and bias. */
export const DEFAULT_PENALTIES: Readonly<{ structural: Penalties; table: Penalties }> = {
  structural: { error: 5, warning: 2 },
  table: { error: 20, warning: 10 },
};

/** The score texts of one language. */
const says = (lang: Lang) => translator(scoreMessages, lang).t;

/**
 * A number for people, in the language's notation (Intl): one decimal at most, `87,5` in Spanish and
 * Portuguese, `87.5` in English.
 * @internal
 *
 * @example
 * ```ts
 * formatNumber(87.54, "es"); //=> "87,5"
 * ```
 */
export function formatNumber(n: number, lang: Lang): string {
  return numberWords(lang).number(n, { maximumFractionDigits: 1 });
}

/**
 * The formula of a dimension, written out in each language.
 * @internal
 *
 * @example
 * ```ts
 * formulaText("validity", "cells", { error: 5, warning: 2 }).en; //=> "validity = 100 × (1 − cells with findings …"
 * ```
 */
export function formulaText(dimension: Dimension, unit: ScoreUnit, p: Penalties): Localized {
  return localized((lang) => {
    const t = says(lang);
    const name = dimensionLabel(dimension, lang).toLowerCase();
    if (unit === "findings") return t("formula.findings", { name, error: p.error, warning: p.warning });
    return t("formula.units", {
      name,
      error: p.error,
      warning: p.warning,
      affected:
        dimension === "completeness" && unit === "cells" ? t("completeness.affected") : t(`${unit}.affected`),
      checked: t(`${unit}.checked`),
      rowRule: unit === "cells" ? t("rowRule") : "",
    });
  });
}

/**
 * The formula with this report's numbers in it.
 * @internal
 *
 * @example
 * ```ts
 * computationText("cells", { affected: 1, checked: 40, errors: 0, warnings: 0, score: 97.5 }, { error: 5, warning: 2 }).en;
 * //=> "100 × (1 − 1 ÷ 40) − 5 × 0 − 2 × 0 = 97.5"
 * ```
 */
export function computationText(
  unit: ScoreUnit,
  numbers: { affected: number; checked: number; errors: number; warnings: number; score: number | null },
  p: Penalties,
): Localized {
  return localized((lang) => {
    const f = (n: number) => formatNumber(n, lang);
    const result = numbers.score === null ? "—" : f(numbers.score);
    const penalty = `${f(p.error)} × ${f(numbers.errors)} − ${f(p.warning)} × ${f(numbers.warnings)}`;
    if (unit === "findings") return `100 − ${penalty} = ${result}`;
    if (numbers.checked === 0) return `— = ${result}`;
    return `100 × (1 − ${f(numbers.affected)} ÷ ${f(numbers.checked)}) − ${penalty} = ${result}`;
  });
}

/** The overall score's formula. */
export const OVERALL_FORMULA: Localized = localized((lang) => says(lang)("overall"));

/**
 * Why a dimension has no score.
 * @internal
 *
 * @example
 * ```ts
 * notCheckedReason("bias", false).es; //=> "Sin puntaje: ningún chequeo de esta dimensión se ejecutó (active …)."
 * ```
 */
export function notCheckedReason(dimension: Dimension, noRows: boolean): Localized {
  return localized((lang) => {
    const t = says(lang);
    return noRows ? t("noRows") : t("notChecked", { how: t(`how.${dimension}`) });
  });
}

/**
 * Why a dimension scored 0 without rows.
 * @internal
 *
 * @example
 * ```ts
 * unreadableReason(["source-error"]).en; //=> "The table could not be checked (source-error): score 0."
 * ```
 */
export function unreadableReason(types: readonly string[]): Localized {
  const list = types.join(", ");
  return localized((lang) => says(lang)("unreadable", { types: list }));
}
