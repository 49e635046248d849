import { type Lang, translator } from "@ciudata/core";
import type { ComparisonLevel, ComparisonSpec, LevelPredicate, LinkModel } from "@ciudata/linkage";
import { linkMessages } from "../../messages/link";

// Comparison levels worded for people, from their definition (levels are data): "iguales", "parecidos
// (Jaro–Winkler ≥ 0,92)", "día y mes invertidos"… in the user's language.

/**
 * A level's predicate in words.
 *
 * @example
 * ```ts
 * predicateText({ daySwap: "birthDate" }, "es"); //=> "día y mes invertidos"
 * ```
 */
export function predicateText(when: LevelPredicate, lang: Lang): string {
  const { t } = translator(linkMessages, lang);
  if ("exact" in when) return /Phon$/.test(when.exact) ? t("lvl.phonetic") : t("lvl.exact");
  if ("jaroWinkler" in when) return t("lvl.jaroWinkler", { min: when.min });
  if ("damerau" in when) return t("lvl.damerau", { max: when.max });
  if ("crossed" in when) return t("lvl.crossed", { a: when.crossed[0], b: when.crossed[1] });
  if ("daySwap" in when) return t("lvl.daySwap");
  if ("dateWithin" in when) return t("lvl.dateWithin", { days: when.days });
  if ("tokenSubset" in when) return t("lvl.tokenSubset");
  if ("all" in when) return when.all.map((p) => predicateText(p, lang)).join(t("lvl.and"));
  return when.any.map((p) => predicateText(p, lang)).join(t("lvl.or"));
}

/**
 * A level in words: by its id when it is one of the comparison library's (`first-exact` → "el primero
 * igual"), else from its predicate.
 *
 * @example
 * ```ts
 * levelText({ id: "one-missing", when: { tokenSubset: "surnames" } }, "en"); //=> "one missing (one record's are all in the other)"
 * ```
 */
export function levelText(level: ComparisonLevel, lang: Lang): string {
  const catalog = linkMessages[lang] as Readonly<Record<string, unknown>>;
  const own = catalog[`id.${level.id}`];
  return typeof own === "string" ? own : predicateText(level.when, lang);
}

/**
 * The words of the level a gamma stands for in one comparison: -1 missing, 0 different, else the level
 * `levels.length - gamma`.
 *
 * @example
 * ```ts
 * gammaText(spec, 0, "en"); //=> "different"
 * ```
 */
export function gammaText(spec: ComparisonSpec, gamma: number, lang: Lang): string {
  const { t } = translator(linkMessages, lang);
  if (gamma < 0) return t("nullLevel");
  if (gamma === 0) return t("elseLevel");
  const level = spec.levels[spec.levels.length - gamma];
  return level ? levelText(level, lang) : String(gamma);
}

/**
 * The stable id of the level a gamma stands for (`null`, `else`, or the level's own id), for files.
 *
 * @example
 * ```ts
 * gammaId(spec, -1); //=> "null"
 * ```
 */
export function gammaId(spec: ComparisonSpec, gamma: number): string {
  if (gamma < 0) return "null";
  if (gamma === 0) return "else";
  return spec.levels[spec.levels.length - gamma]?.id ?? String(gamma);
}

/** One row of the model table: comparison, level in words, m, u and the weight log2(m/u). */
export interface ModelRow {
  comparison: string;
  level: string;
  id: string;
  m: number;
  u: number;
  weight: number;
}

/**
 * The trained model as rows people read (levels in the user's language), strongest level first.
 *
 * @example
 * ```ts
 * modelRows(result.model, result.specs, "es")[0]; //=> { comparison: "surname", level: "iguales", m: 0.9, … }
 * ```
 */
export function modelRows(model: LinkModel, specs: readonly ComparisonSpec[], lang: Lang): ModelRow[] {
  const { t } = translator(linkMessages, lang);
  return model.comparisons.flatMap((c, i) => {
    const spec = specs[i];
    return c.levels.map((level, j) => {
      const own = spec?.levels[j];
      const words = own ? levelText(own, lang) : t("elseLevel");
      return {
        comparison: c.name,
        level: words,
        id: level.id,
        m: level.m,
        u: level.u,
        weight: level.m > 0 && level.u > 0 ? Math.log2(level.m / level.u) : Number.NaN,
      };
    });
  });
}
