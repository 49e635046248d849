import { defineIssueCatalogs, type Issue } from "@ciudata/core";

/** The templates a usage issue lists (`available`: `dashboard,analysis`). */
const available = (issue: Issue): string[] => String(issue.params.available ?? "").split(",");

/**
 * How each mistake in calling `create-ciudata` (`usage/unknown-flag`, `usage/not-empty`…) is worded,
 * in es, en and pt. A {@link UsageError} carries one of these issues.
 *
 * @example
 * ```ts
 * renderIssue(new UsageError({ kind: "bad-lang", value: "fr" }).errors[0], "en", createCiudataIssues);
 * ```
 */
export const createCiudataIssues = defineIssueCatalogs({
  es: {
    "usage/unknown-flag": {
      title: "Opción desconocida",
      describe: (issue) => `No conozco la opción «${issue.params.flag}».`,
    },
    "usage/missing-value": {
      title: "Falta un valor",
      describe: (issue) => `Falta el valor de la opción «${issue.params.flag}».`,
    },
    "usage/extra-argument": {
      title: "Argumento de más",
      describe: (issue) => `Sobra el argumento «${issue.params.argument}»: indique una sola carpeta.`,
    },
    "usage/bad-lang": {
      title: "Idioma no disponible",
      describe: (issue) => `«${issue.params.value}» no es un idioma disponible: use es, en o pt.`,
    },
    "usage/unknown-template": {
      title: "Plantilla desconocida",
      describe: (issue, words) =>
        `«${issue.params.template}» no es una plantilla: use ${words.list(available(issue), "disjunction")}.`,
    },
    "usage/bad-portal": {
      title: "Portal inválido",
      describe: (issue) =>
        `«${issue.params.url}» no es una URL http(s) de un portal: por ejemplo, --portal https://datos.ciudad.gob.ar`,
    },
    "usage/bad-directory": {
      title: "Nombre de proyecto inválido",
      describe: (issue) =>
        `«${issue.params.directory}» no sirve como nombre de proyecto: use letras, números y guiones.`,
    },
    "usage/not-empty": {
      title: "Carpeta no vacía",
      describe: (issue) =>
        `La carpeta «${issue.params.directory}» ya existe y no está vacía. Elija otra carpeta o vacíela antes; no sobrescribo archivos.`,
    },
    "usage/not-a-directory": {
      title: "No es una carpeta",
      describe: (issue) =>
        `«${issue.params.directory}» ya existe y es un archivo. Elija otro nombre de carpeta.`,
    },
  },
  en: {
    "usage/unknown-flag": {
      title: "Unknown option",
      describe: (issue) => `Unknown option "${issue.params.flag}".`,
    },
    "usage/missing-value": {
      title: "Missing value",
      describe: (issue) => `The option "${issue.params.flag}" needs a value.`,
    },
    "usage/extra-argument": {
      title: "Extra argument",
      describe: (issue) => `Unexpected argument "${issue.params.argument}": give one folder only.`,
    },
    "usage/bad-lang": {
      title: "Language not available",
      describe: (issue) => `"${issue.params.value}" is not an available language: use es, en or pt.`,
    },
    "usage/unknown-template": {
      title: "Unknown template",
      describe: (issue, words) =>
        `"${issue.params.template}" is not a template: use ${words.list(available(issue), "disjunction")}.`,
    },
    "usage/bad-portal": {
      title: "Invalid portal",
      describe: (issue) =>
        `"${issue.params.url}" is not an http(s) portal URL: for example, --portal https://data.city.gov`,
    },
    "usage/bad-directory": {
      title: "Invalid project name",
      describe: (issue) =>
        `"${issue.params.directory}" cannot be a project name: use letters, digits and dashes.`,
    },
    "usage/not-empty": {
      title: "Folder not empty",
      describe: (issue) =>
        `The folder "${issue.params.directory}" already exists and is not empty. Pick another folder or empty it first; I never overwrite files.`,
    },
    "usage/not-a-directory": {
      title: "Not a folder",
      describe: (issue) =>
        `"${issue.params.directory}" already exists and is a file. Pick another folder name.`,
    },
  },
  pt: {
    "usage/unknown-flag": {
      title: "Opção desconhecida",
      describe: (issue) => `Não conheço a opção «${issue.params.flag}».`,
    },
    "usage/missing-value": {
      title: "Falta um valor",
      describe: (issue) => `Falta o valor da opção «${issue.params.flag}».`,
    },
    "usage/extra-argument": {
      title: "Argumento a mais",
      describe: (issue) => `Argumento a mais «${issue.params.argument}»: indique uma só pasta.`,
    },
    "usage/bad-lang": {
      title: "Idioma indisponível",
      describe: (issue) => `«${issue.params.value}» não é um idioma disponível: use es, en ou pt.`,
    },
    "usage/unknown-template": {
      title: "Modelo desconhecido",
      describe: (issue, words) =>
        `«${issue.params.template}» não é um modelo: use ${words.list(available(issue), "disjunction")}.`,
    },
    "usage/bad-portal": {
      title: "Portal inválido",
      describe: (issue) =>
        `«${issue.params.url}» não é uma URL http(s) de portal: por exemplo, --portal https://dados.cidade.gov.br`,
    },
    "usage/bad-directory": {
      title: "Nome de projeto inválido",
      describe: (issue) =>
        `«${issue.params.directory}» não serve como nome de projeto: use letras, números e hífens.`,
    },
    "usage/not-empty": {
      title: "Pasta não vazia",
      describe: (issue) =>
        `A pasta «${issue.params.directory}» já existe e não está vazia. Escolha outra pasta ou esvazie-a antes; não sobrescrevo arquivos.`,
    },
    "usage/not-a-directory": {
      title: "Não é uma pasta",
      describe: (issue) =>
        `«${issue.params.directory}» já existe e é um arquivo. Escolha outro nome de pasta.`,
    },
  },
});
