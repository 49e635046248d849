import { defineIssueCatalogs, type Issue } from "@ciudata/core";
import { p } from "../_shared/params";

/** How one language words each `EvaluationCode` (with its `a`, `b`, `op`, `name` params). */
type Why = Readonly<Record<string, (e: Issue) => string>>;

const whyEs: Why = {
  "cannot-order": (e) => `no se pueden comparar ${p(e, "a")} y ${p(e, "b")}`,
  "in-needs-list": (e) => `«in» necesita una lista o un texto, no ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `no se puede aplicar «${p(e, "op")}» a ${p(e, "a")}${e.params.b ? ` y ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "división por cero",
  "unknown-field": (e) => `«${p(e, "name")}» no es una columna de la tabla`,
};
const whyEn: Why = {
  "cannot-order": (e) => `cannot compare ${p(e, "a")} and ${p(e, "b")}`,
  "in-needs-list": (e) => `"in" needs a list or a text, not ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `cannot apply "${p(e, "op")}" to ${p(e, "a")}${e.params.b ? ` and ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "division by zero",
  "unknown-field": (e) => `"${p(e, "name")}" is not a column of the table`,
};
const whyPt: Why = {
  "cannot-order": (e) => `não é possível comparar ${p(e, "a")} e ${p(e, "b")}`,
  "in-needs-list": (e) => `«in» precisa de uma lista ou um texto, não ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `não é possível aplicar «${p(e, "op")}» a ${p(e, "a")}${e.params.b ? ` e ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "divisão por zero",
  "unknown-field": (e) => `«${p(e, "name")}» não é uma coluna da tabela`,
};

/**
 * Why a row formula could not be evaluated, in parentheses: the `EvaluationError` code in `reason`
 * worded by one language (a reason that is not a code is shown as it is); nothing when the formula
 * simply gave false.
 */
const why = (words: Why, e: Issue): string => {
  const reason = p(e, "reason");
  if (reason === "" || reason === "false") return "";
  return ` (${words[reason]?.(e) ?? reason})`;
};

/** How the issues of the `row-constraint` check are worded, in es, en and pt. */
export const rowConstraintIssues = defineIssueCatalogs({
  es: {
    "row-constraint": {
      title: "Regla de fila no cumplida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `la fórmula «${p(e, "formula")}» no se puede leer (posición ${p(e, "position")})`
          : `la fila no cumple «${p(e, "formula")}»${why(whyEs, e)}`,
    },
  },
  en: {
    "row-constraint": {
      title: "Row rule not met",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `the formula "${p(e, "formula")}" cannot be read (position ${p(e, "position")})`
          : `the row does not meet "${p(e, "formula")}"${why(whyEn, e)}`,
    },
  },
  pt: {
    "row-constraint": {
      title: "Regra de linha não cumprida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `a fórmula «${p(e, "formula")}» não pode ser lida (posição ${p(e, "position")})`
          : `a linha não cumpre «${p(e, "formula")}»${why(whyPt, e)}`,
    },
  },
});
