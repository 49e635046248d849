import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `row-constraint` check are worded, in es, en and pt. */
export const rowConstraintIssues = defineIssueCatalogs({
  es: {
    "row-constraint": {
      title: "Regla de fila no cumplida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `la fórmula «${p(e, "formula")}» no se puede leer (posición ${p(e, "position")})`
          : `la fila no cumple «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
    },
  },
  en: {
    "row-constraint": {
      title: "Row rule not met",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `the formula "${p(e, "formula")}" cannot be read (position ${p(e, "position")})`
          : `the row does not meet "${p(e, "formula")}"${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
    },
  },
  pt: {
    "row-constraint": {
      title: "Regra de linha não cumprida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `a fórmula «${p(e, "formula")}» não pode ser lida (posição ${p(e, "position")})`
          : `a linha não cumpre «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
    },
  },
});
