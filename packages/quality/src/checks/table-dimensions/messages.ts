import { defineIssueCatalogs } from "@ciudata/core";
import { n, p } from "../_shared/params";

/** How the issues of the `table-dimensions` check are worded, in es, en and pt. */
export const tableDimensionsIssues = defineIssueCatalogs({
  es: {
    "table-dimensions": {
      title: "Dimensiones de la tabla",
      describe: (e, words) =>
        `la tabla tiene ${p(e, "actual")} ${e.params.what === "rows" ? "filas" : "columnas"}; ${
          { required: "se requieren", minimum: "el mínimo es", maximum: "el máximo es" }[p(e, "bound")] ?? ""
        } ${n(e, "limit", words)}`,
    },
  },
  en: {
    "table-dimensions": {
      title: "Table dimensions",
      describe: (e, words) =>
        `the table has ${p(e, "actual")} ${e.params.what === "rows" ? "rows" : "columns"}; ${
          { required: "required:", minimum: "minimum:", maximum: "maximum:" }[p(e, "bound")] ?? ""
        } ${n(e, "limit", words)}`,
    },
  },
  pt: {
    "table-dimensions": {
      title: "Dimensões da tabela",
      describe: (e, words) =>
        `a tabela tem ${p(e, "actual")} ${e.params.what === "rows" ? "linhas" : "colunas"}; ${
          { required: "exigidas:", minimum: "mínimo:", maximum: "máximo:" }[p(e, "bound")] ?? ""
        } ${n(e, "limit", words)}`,
    },
  },
});
