import { defineIssueCatalogs } from "@ciudata/core";
import { n, p } from "../_shared/params";

/** How the issues of the `table-dimensions` check are worded, in es, en and pt. */
export const tableDimensionsIssues = defineIssueCatalogs({
  es: {
    "table-dimensions": {
      title: "Dimensiones de la tabla",
      describe: (e, words) => {
        const forms =
          e.params.what === "rows" ? { one: "fila", other: "filas" } : { one: "columna", other: "columnas" };
        const bound =
          { required: "se requieren", minimum: "el mínimo es", maximum: "el máximo es" }[p(e, "bound")] ?? "";
        return `la tabla tiene ${words.count(Number(e.params.actual), forms)}; ${bound} ${n(e, "limit", words)}`;
      },
    },
  },
  en: {
    "table-dimensions": {
      title: "Table dimensions",
      describe: (e, words) => {
        const forms =
          e.params.what === "rows" ? { one: "row", other: "rows" } : { one: "column", other: "columns" };
        const bound =
          { required: "required:", minimum: "minimum:", maximum: "maximum:" }[p(e, "bound")] ?? "";
        return `the table has ${words.count(Number(e.params.actual), forms)}; ${bound} ${n(e, "limit", words)}`;
      },
    },
  },
  pt: {
    "table-dimensions": {
      title: "Dimensões da tabela",
      describe: (e, words) => {
        const forms =
          e.params.what === "rows" ? { one: "linha", other: "linhas" } : { one: "coluna", other: "colunas" };
        const bound = { required: "exigidas:", minimum: "mínimo:", maximum: "máximo:" }[p(e, "bound")] ?? "";
        return `a tabela tem ${words.count(Number(e.params.actual), forms)}; ${bound} ${n(e, "limit", words)}`;
      },
    },
  },
});
