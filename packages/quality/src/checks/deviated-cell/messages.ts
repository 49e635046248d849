import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `deviated-cell` check are worded, in es, en and pt. */
export const deviatedCellIssues = defineIssueCatalogs({
  es: {
    "deviated-cell": {
      title: "Celda demasiado larga",
      describe: (e) =>
        `la celda de «${p(e, "field")}» en la fila ${p(e, "row")} es mucho más larga que las demás`,
    },
  },
  en: {
    "deviated-cell": {
      title: "Cell too long",
      describe: (e) => `the cell of "${p(e, "field")}" in row ${p(e, "row")} is much longer than the others`,
    },
  },
  pt: {
    "deviated-cell": {
      title: "Célula longa demais",
      describe: (e) =>
        `a célula de «${p(e, "field")}» na linha ${p(e, "row")} é muito mais longa que as demais`,
    },
  },
});
