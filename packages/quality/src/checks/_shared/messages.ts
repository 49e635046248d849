import { defineIssueCatalogs, type IssueText, type PerLang } from "@ciudata/core";
import { has, p } from "./params";

/** How the issues every check may report (a misconfigured check) are worded, in es, en and pt. */
export const sharedIssues = defineIssueCatalogs({
  es: {
    "check-error": {
      title: "Control mal configurado",
      describe: (e) =>
        has(e, "fieldName")
          ? `el control no puede correr: revise la columna «${p(e, "fieldName")}»`
          : "el control no puede correr con la configuración dada",
    },
    "quality/check-error": {
      title: "Control mal configurado",
      describe: (e) => `el control «${p(e, "check")}» no encontró la columna «${p(e, "field")}»`,
    },
  },
  en: {
    "check-error": {
      title: "Misconfigured check",
      describe: (e) =>
        has(e, "fieldName")
          ? `the check cannot run: check the column "${p(e, "fieldName")}"`
          : "the check cannot run as configured",
    },
    "quality/check-error": {
      title: "Misconfigured check",
      describe: (e) => `the "${p(e, "check")}" check did not find the column "${p(e, "field")}"`,
    },
  },
  pt: {
    "check-error": {
      title: "Controle mal configurado",
      describe: (e) =>
        has(e, "fieldName")
          ? `o controle não pode ser executado: revise a coluna «${p(e, "fieldName")}»`
          : "o controle não pode ser executado com a configuração dada",
    },
    "quality/check-error": {
      title: "Controle mal configurado",
      describe: (e) => `o controle «${p(e, "check")}» não encontrou a coluna «${p(e, "field")}»`,
    },
  },
});

/** One language's wording of an issue that needs no params: `[title, sentence]`. */
export type FixedWording = readonly [title: string, sentence: string];

/**
 * Builds the es/en/pt catalog of a check that emits one issue type whose sentence reads no
 * params; only the words differ from check to check.
 *
 * @example
 * ```ts
 * export const asciiValueIssues = fixedIssueCatalogs("ascii-value", {
 *   es: ["Caracteres no ASCII", "el texto tiene caracteres fuera de ASCII (tildes, ñ…)"],
 *   en: ["Non-ASCII characters", "the text has characters outside ASCII (accents, ñ…)"],
 *   pt: ["Caracteres não ASCII", "o texto tem caracteres fora do ASCII (acentos, ñ…)"],
 * });
 * ```
 */
export function fixedIssueCatalogs<T extends string>(
  type: T,
  wording: PerLang<FixedWording>,
): PerLang<Readonly<Record<T, IssueText>>> {
  const entry = ([title, sentence]: FixedWording) =>
    ({ [type]: { title, describe: () => sentence } }) as unknown as Readonly<Record<T, IssueText>>;
  return { es: entry(wording.es), en: entry(wording.en), pt: entry(wording.pt) };
}
