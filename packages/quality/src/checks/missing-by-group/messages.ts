import { defineIssueCatalogs } from "@ciudata/core";
import { has, n, p, pct } from "../_shared/params";

/** How the issues of the `missing-by-group` check are worded, in es, en and pt. */
export const missingByGroupIssues = defineIssueCatalogs({
  es: {
    "quality/missing-by-group": {
      title: "Faltantes concentrados en un grupo",
      describe: (e, words) =>
        `en el grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vacío)"}» falta «${p(e, "field")}» en el ${pct(e, "rate", words)} de las filas (${n(e, "missing", words)} de ${n(e, "rows", words)}), frente al ${pct(e, "overallRate", words)} del total`,
    },
  },
  en: {
    "quality/missing-by-group": {
      title: "Missing values concentrated in a group",
      describe: (e, words) =>
        `in group ${p(e, "groupBy")} = "${has(e, "group") ? p(e, "group") : "(empty)"}", "${p(e, "field")}" is missing in ${pct(e, "rate", words)} of rows (${n(e, "missing", words)} of ${n(e, "rows", words)}) against ${pct(e, "overallRate", words)} overall`,
    },
  },
  pt: {
    "quality/missing-by-group": {
      title: "Faltantes concentrados em um grupo",
      describe: (e, words) =>
        `no grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vazio)"}» falta «${p(e, "field")}» em ${pct(e, "rate", words)} das linhas (${n(e, "missing", words)} de ${n(e, "rows", words)}), contra ${pct(e, "overallRate", words)} do total`,
    },
  },
});
