import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `duplicate-row` check are worded, in es, en and pt. */
export const duplicateRowIssues = defineIssueCatalogs({
  es: {
    "duplicate-row": {
      title: "Fila duplicada",
      describe: (e) =>
        e.params.confirmed === false
          ? `la fila parece repetir la fila ${p(e, "firstRowNumber")} (coinciden sus huellas de 64 bits; no se compararon los valores)`
          : `la fila repite la fila ${p(e, "firstRowNumber")}`,
    },
  },
  en: {
    "duplicate-row": {
      title: "Duplicate row",
      describe: (e) =>
        e.params.confirmed === false
          ? `the row seems to repeat row ${p(e, "firstRowNumber")} (their 64-bit fingerprints match; the values were not compared)`
          : `the row repeats row ${p(e, "firstRowNumber")}`,
    },
  },
  pt: {
    "duplicate-row": {
      title: "Linha duplicada",
      describe: (e) =>
        e.params.confirmed === false
          ? `a linha parece repetir a linha ${p(e, "firstRowNumber")} (suas impressões de 64 bits coincidem; os valores não foram comparados)`
          : `a linha repete a linha ${p(e, "firstRowNumber")}`,
    },
  },
});
