import { defineIssueCatalogs } from "@ciudata/core";
import { n, p } from "../_shared/params";

/** How the issues of the `deviated-value` check are worded, in es, en and pt. */
export const deviatedValueIssues = defineIssueCatalogs({
  es: {
    "deviated-value": {
      title: "Valor atípico",
      describe: (e, words) =>
        `el valor ${n(e, "received", words)} de «${p(e, "field")}» (fila ${p(e, "row")}) se aleja del resto`,
    },
  },
  en: {
    "deviated-value": {
      title: "Outlier",
      describe: (e, words) =>
        `the value ${n(e, "received", words)} of "${p(e, "field")}" (row ${p(e, "row")}) is far from the rest`,
    },
  },
  pt: {
    "deviated-value": {
      title: "Valor atípico",
      describe: (e, words) =>
        `o valor ${n(e, "received", words)} de «${p(e, "field")}» (linha ${p(e, "row")}) se afasta do resto`,
    },
  },
});
