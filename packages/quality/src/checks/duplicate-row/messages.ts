import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `duplicate-row` check are worded, in es, en and pt. */
export const duplicateRowIssues = defineIssueCatalogs({
  es: {
    "duplicate-row": {
      title: "Fila duplicada",
      describe: (e) => `la fila repite la fila ${p(e, "firstRowNumber")}`,
    },
  },
  en: {
    "duplicate-row": {
      title: "Duplicate row",
      describe: (e) => `the row repeats row ${p(e, "firstRowNumber")}`,
    },
  },
  pt: {
    "duplicate-row": {
      title: "Linha duplicada",
      describe: (e) => `a linha repete a linha ${p(e, "firstRowNumber")}`,
    },
  },
});
