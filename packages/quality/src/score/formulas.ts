import { type Lang, numberWords } from "@ciudata/core";
import { type Dimension, dimensionLabel, type Localized } from "../dimensions";

/** The version of the scoring formulas; bumped whenever a formula or a default penalty changes. */
export const FORMULA_VERSION = "1.0";

/** What a dimension counts: cells, rows, or (for table-level dimensions) findings. */
export type ScoreUnit = "cells" | "rows" | "findings";

/** Points taken off per finding that has no row (header, file or table level). */
export interface Penalties {
  error: number;
  warning: number;
}

/** How each dimension is measured: validity, completeness and accuracy by cell; uniqueness and consistency by row. */
export const DIMENSION_UNITS: Readonly<Record<Dimension, ScoreUnit>> = {
  validity: "cells",
  completeness: "cells",
  accuracy: "cells",
  uniqueness: "rows",
  consistency: "rows",
  timeliness: "findings",
  bias: "findings",
};

/** Default penalties: 5/2 points per header or file finding in cell and row dimensions, 20/10 per finding in timeliness and bias. */
export const DEFAULT_PENALTIES: Readonly<{ structural: Penalties; table: Penalties }> = {
  structural: { error: 5, warning: 2 },
  table: { error: 20, warning: 10 },
};

const localized = (f: (lang: Lang) => string): Localized => ({ es: f("es"), en: f("en"), pt: f("pt") });

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

const UNIT_WORDS: Record<
  Exclude<ScoreUnit, "findings">,
  Record<Lang, { affected: string; checked: string }>
> = {
  cells: {
    es: {
      affected: "celdas con hallazgos de esta dimensión",
      checked: "celdas revisadas (filas × columnas)",
    },
    en: { affected: "cells with findings of this dimension", checked: "cells checked (rows × columns)" },
    pt: { affected: "células com achados desta dimensão", checked: "células verificadas (linhas × colunas)" },
  },
  rows: {
    es: { affected: "filas con hallazgos de esta dimensión", checked: "filas revisadas" },
    en: { affected: "rows with findings of this dimension", checked: "rows checked" },
    pt: { affected: "linhas com achados desta dimensão", checked: "linhas verificadas" },
  },
};

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
    const name = dimensionLabel(dimension, lang).toLowerCase();
    const pe = formatNumber(p.error, lang);
    const pw = formatNumber(p.warning, lang);
    if (unit === "findings") {
      return {
        es: `${name} = 100 − ${pe} por cada error − ${pw} por cada aviso de esta dimensión; entre 0 y 100`,
        en: `${name} = 100 − ${pe} per error − ${pw} per warning of this dimension; between 0 and 100`,
        pt: `${name} = 100 − ${pe} por erro − ${pw} por aviso desta dimensão; entre 0 e 100`,
      }[lang];
    }
    const w = UNIT_WORDS[unit][lang];
    const rowRule =
      unit === "cells"
        ? {
            es: "; un hallazgo de fila cuenta todas sus celdas",
            en: "; a row finding counts all its cells",
            pt: "; um achado de linha conta todas as suas células",
          }[lang]
        : "";
    return {
      es: `${name} = 100 × (1 − ${w.affected} ÷ ${w.checked}) − ${pe} por cada error y ${pw} por cada aviso sin fila (encabezado o archivo); entre 0 y 100${rowRule}`,
      en: `${name} = 100 × (1 − ${w.affected} ÷ ${w.checked}) − ${pe} per error and ${pw} per warning without a row (header or file); between 0 and 100${rowRule}`,
      pt: `${name} = 100 × (1 − ${w.affected} ÷ ${w.checked}) − ${pe} por erro e ${pw} por aviso sem linha (cabeçalho ou arquivo); entre 0 e 100${rowRule}`,
    }[lang];
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
export const OVERALL_FORMULA: Localized = {
  es: "general = promedio de los puntajes de las dimensiones revisadas (las no revisadas no cuentan)",
  en: "overall = mean of the scores of the dimensions checked (those not checked do not count)",
  pt: "geral = média das pontuações das dimensões verificadas (as não verificadas não contam)",
};

const HOW_TO_CHECK: Record<Dimension, Localized> = {
  validity: {
    es: "no se leyó ninguna fila",
    en: "no row was read",
    pt: "nenhuma linha foi lida",
  },
  completeness: {
    es: "no se leyó ninguna fila",
    en: "no row was read",
    pt: "nenhuma linha foi lida",
  },
  uniqueness: {
    es: "declare primaryKey, uniqueKeys o «unique» en el esquema, o active duplicate-row",
    en: "declare primaryKey, uniqueKeys or `unique` in the schema, or enable duplicate-row",
    pt: "declare primaryKey, uniqueKeys ou «unique» no esquema, ou ative duplicate-row",
  },
  consistency: {
    es: "declare foreignKeys en el esquema o active quality/category-variants, quality/cross-field u otro chequeo de consistencia",
    en: "declare foreignKeys in the schema or enable quality/category-variants, quality/cross-field or another consistency check",
    pt: "declare foreignKeys no esquema ou ative quality/category-variants, quality/cross-field ou outra verificação de consistência",
  },
  accuracy: {
    es: "declare rangos con minimum y maximum o listas con enum en el esquema, o active deviated-value",
    en: "declare ranges with minimum and maximum or lists with enum in the schema, or enable deviated-value",
    pt: "declare faixas com minimum e maximum ou listas com enum no esquema, ou ative deviated-value",
  },
  timeliness: {
    es: "active quality/stale-data o quality/overdue-update",
    en: "enable quality/stale-data or quality/overdue-update",
    pt: "ative quality/stale-data ou quality/overdue-update",
  },
  bias: {
    es: "active quality/missing-by-group, quality/territory-coverage o quality/missing-dimension",
    en: "enable quality/missing-by-group, quality/territory-coverage or quality/missing-dimension",
    pt: "ative quality/missing-by-group, quality/territory-coverage ou quality/missing-dimension",
  },
};

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
    const how = HOW_TO_CHECK[dimension][lang];
    if (noRows)
      return {
        es: "No se leyó ninguna fila: no hay nada que puntuar.",
        en: "No row was read: there is nothing to score.",
        pt: "Nenhuma linha foi lida: não há nada a pontuar.",
      }[lang];
    return {
      es: `Sin puntaje: ningún chequeo de esta dimensión se ejecutó (${how}).`,
      en: `No score: no check of this dimension ran (${how}).`,
      pt: `Sem pontuação: nenhuma verificação desta dimensão foi executada (${how}).`,
    }[lang];
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
  return {
    es: `La tabla no se pudo revisar (${list}): puntaje 0.`,
    en: `The table could not be checked (${list}): score 0.`,
    pt: `A tabela não pôde ser verificada (${list}): pontuação 0.`,
  };
}
