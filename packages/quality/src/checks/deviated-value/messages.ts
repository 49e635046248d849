import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `deviated-value` check are worded, in es, en and pt. */
export const deviatedValueIssues = defineIssueCatalogs({
  es: {
    "deviated-value": {
      title: "Valor atípico",
      describe: (e) =>
        `el valor ${p(e, "received")} de «${p(e, "field")}» (fila ${p(e, "row")}) se aleja del resto`,
    },
  },
  en: {
    "deviated-value": {
      title: "Outlier",
      describe: (e) =>
        `the value ${p(e, "received")} of "${p(e, "field")}" (row ${p(e, "row")}) is far from the rest`,
    },
  },
  pt: {
    "deviated-value": {
      title: "Valor atípico",
      describe: (e) =>
        `o valor ${p(e, "received")} de «${p(e, "field")}» (linha ${p(e, "row")}) se afasta do resto`,
    },
  },
});
