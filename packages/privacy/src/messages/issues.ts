import { defineIssueCatalogs, type Issue, type NumberWords } from "@ciudata/core";
import { privacyMessages } from "./messages";

const num = (issue: Issue, key: string): number => Number(issue.params[key] ?? 0);
const text = (issue: Issue, key: string): string => String(issue.params[key] ?? "");
/** The category's name in the issue's language (`teléfono` for `phone`), or the code when unknown. */
const category = (issue: Issue, w: NumberWords): string => {
  const code = text(issue, "category");
  const name = (privacyMessages[w.lang] as Readonly<Record<string, unknown>>)[`category.${code}`];
  return typeof name === "string" ? name : code;
};
const confidence = (issue: Issue, w: NumberWords): string => {
  const c = issue.params.confidence;
  return typeof c === "number" ? w.percent(c, 0) : text(issue, "confidence");
};

/**
 * How the `privacy/...` issue types (and the plan's own expectation codes) are worded in es, en and pt.
 * Pass it to `localize`, `renderMessage` or `renderIssue` whenever a report may hold privacy issues:
 * nothing is registered globally.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, { checks: [riskCheck({ qi: ["edad", "sexo"], k: 5 })] });
 * localize(report, "en", [privacyIssues]).tasks[0]?.errors[0]?.message;
 * //=> "File: 1 record is in groups of fewer than 5 people by edad, sexo; it can be re-identified."
 * ```
 */
export const privacyIssues = defineIssueCatalogs({
  es: {
    "privacy/unknown-column": {
      title: "Columna inexistente",
      describe: (e) => `no hay una columna «${text(e, "column")}»`,
    },
    "privacy/k-anonymity": {
      title: "Riesgo de reidentificación (k-anonimato)",
      describe: (e, w) =>
        `${w.count(num(e, "records"), { one: "registro está", other: "registros están" })} en grupos de menos de ${w.count(num(e, "k"), { one: "persona", other: "personas" })} según ${text(e, "qi")}; se ${num(e, "records") === 1 ? "puede" : "pueden"} reidentificar`,
    },
    "privacy/l-diversity": {
      title: "Poca diversidad de un dato sensible",
      describe: (e, w) =>
        `en ${w.count(num(e, "records"), { one: "registro", other: "registros" })} todo el grupo comparte el mismo valor de «${text(e, "column")}»`,
    },
    "privacy/personal-data": {
      title: "Dato personal",
      describe: (e, w) => `la columna parece contener ${category(e, w)} (confianza ${confidence(e, w)})`,
    },
    "privacy/sensitive-data": {
      title: "Dato sensible",
      describe: (e, w) =>
        `la columna parece contener datos sensibles (${category(e, w)}) según ${text(e, "laws")}`,
    },
    "privacy/invalid-plan": {
      title: "Plan de anonimización inválido",
      describe: () => "el plan de anonimización no es válido",
    },
    "expected:key-source": { title: "una fuente de clave para seudonimizar: { env } o { file }" },
    "expected:kept-quasi-identifier": {
      title: "un cuasi-identificador que se conserva (no se puede eliminar y medir a la vez)",
    },
    "privacy/missing-key": {
      title: "Falta la clave",
      describe: (e) =>
        `no se encontró la clave para seudonimizar (${text(e, "source")}); nunca se muestra su valor`,
    },
    "privacy/invalid-table": {
      title: "Tabla agregada inválida",
      describe: (e) => `la tabla agregada no es válida: ${text(e, "reason")}`,
    },
    "privacy/empty-table": {
      title: "Tabla vacía",
      describe: (e) =>
        `${e.params.file ? `«${text(e, "file")}»` : "la entrada"} no tiene encabezado ni filas (solo líneas en blanco): no hay nada que analizar; revisá que sea el archivo correcto`,
    },
  },
  en: {
    "privacy/unknown-column": {
      title: "Unknown column",
      describe: (e) => `there is no column "${text(e, "column")}"`,
    },
    "privacy/k-anonymity": {
      title: "Re-identification risk (k-anonymity)",
      describe: (e, w) =>
        `${w.count(num(e, "records"), { one: "record is", other: "records are" })} in groups of fewer than ${w.count(num(e, "k"), { one: "person", other: "people" })} by ${text(e, "qi")}; ${num(e, "records") === 1 ? "it" : "they"} can be re-identified`,
    },
    "privacy/l-diversity": {
      title: "Low diversity of a sensitive value",
      describe: (e, w) =>
        `in ${w.count(num(e, "records"), { one: "record", other: "records" })} the whole group shares the same "${text(e, "column")}" value`,
    },
    "privacy/personal-data": {
      title: "Personal data",
      describe: (e, w) => `the column seems to hold ${category(e, w)} (confidence ${confidence(e, w)})`,
    },
    "privacy/sensitive-data": {
      title: "Sensitive data",
      describe: (e, w) =>
        `the column seems to hold sensitive data (${category(e, w)}) under ${text(e, "laws")}`,
    },
    "privacy/invalid-plan": {
      title: "Invalid anonymisation plan",
      describe: () => "the anonymisation plan is not valid",
    },
    "expected:key-source": { title: "a pseudonymisation key source: { env } or { file }" },
    "expected:kept-quasi-identifier": {
      title: "a quasi-identifier that is kept (it cannot be dropped and measured at once)",
    },
    "privacy/missing-key": {
      title: "Missing key",
      describe: (e) =>
        `the pseudonymisation key was not found (${text(e, "source")}); its value is never shown`,
    },
    "privacy/invalid-table": {
      title: "Invalid aggregate table",
      describe: (e) => `the aggregate table is not valid: ${text(e, "reason")}`,
    },
    "privacy/empty-table": {
      title: "Empty table",
      describe: (e) =>
        `${e.params.file ? `"${text(e, "file")}"` : "the input"} has no header and no rows (only blank lines): there is nothing to analyse; check that you passed the right file`,
    },
  },
  pt: {
    "privacy/unknown-column": {
      title: "Coluna inexistente",
      describe: (e) => `não há uma coluna «${text(e, "column")}»`,
    },
    "privacy/k-anonymity": {
      title: "Risco de reidentificação (k-anonimato)",
      describe: (e, w) =>
        `${w.count(num(e, "records"), { one: "registro está", other: "registros estão" })} em grupos de menos de ${w.count(num(e, "k"), { one: "pessoa", other: "pessoas" })} segundo ${text(e, "qi")}; ${num(e, "records") === 1 ? "pode ser reidentificado" : "podem ser reidentificados"}`,
    },
    "privacy/l-diversity": {
      title: "Pouca diversidade de um dado sensível",
      describe: (e, w) =>
        `em ${w.count(num(e, "records"), { one: "registro", other: "registros" })} todo o grupo compartilha o mesmo valor de «${text(e, "column")}»`,
    },
    "privacy/personal-data": {
      title: "Dado pessoal",
      describe: (e, w) => `a coluna parece conter ${category(e, w)} (confiança ${confidence(e, w)})`,
    },
    "privacy/sensitive-data": {
      title: "Dado sensível",
      describe: (e, w) =>
        `a coluna parece conter dados sensíveis (${category(e, w)}) segundo ${text(e, "laws")}`,
    },
    "privacy/invalid-plan": {
      title: "Plano de anonimização inválido",
      describe: () => "o plano de anonimização não é válido",
    },
    "expected:key-source": { title: "uma fonte de chave de pseudonimização: { env } ou { file }" },
    "expected:kept-quasi-identifier": {
      title: "um quase-identificador mantido (não pode ser removido e medido ao mesmo tempo)",
    },
    "privacy/missing-key": {
      title: "Chave ausente",
      describe: (e) =>
        `a chave de pseudonimização não foi encontrada (${text(e, "source")}); seu valor nunca é mostrado`,
    },
    "privacy/invalid-table": {
      title: "Tabela agregada inválida",
      describe: (e) => `a tabela agregada não é válida: ${text(e, "reason")}`,
    },
    "privacy/empty-table": {
      title: "Tabela vazia",
      describe: (e) =>
        `${e.params.file ? `«${text(e, "file")}»` : "a entrada"} não tem cabeçalho nem linhas (só linhas em branco): não há nada para analisar; verifique se é o arquivo certo`,
    },
  },
});
