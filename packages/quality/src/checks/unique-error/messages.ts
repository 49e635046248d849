import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `unique-error` check are worded, in es, en and pt. */
export const uniqueErrorIssues = defineIssueCatalogs({
  es: {
    "unique-error": {
      title: "Valor repetido",
      describe: (e) =>
        e.params.fieldNames
          ? `la combinación «${p(e, "fieldNames")}» ya apareció en la fila ${p(e, "firstRowNumber")}`
          : `el valor ya apareció en la fila ${p(e, "firstRowNumber")} y la columna debe ser única`,
    },
  },
  en: {
    "unique-error": {
      title: "Repeated value",
      describe: (e) =>
        e.params.fieldNames
          ? `the combination "${p(e, "fieldNames")}" already appeared in row ${p(e, "firstRowNumber")}`
          : `the value already appeared in row ${p(e, "firstRowNumber")} and the column must be unique`,
    },
  },
  pt: {
    "unique-error": {
      title: "Valor repetido",
      describe: (e) =>
        e.params.fieldNames
          ? `a combinação «${p(e, "fieldNames")}» já apareceu na linha ${p(e, "firstRowNumber")}`
          : `o valor já apareceu na linha ${p(e, "firstRowNumber")} e a coluna deve ser única`,
    },
  },
});
