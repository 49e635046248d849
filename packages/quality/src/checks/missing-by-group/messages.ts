import { defineIssueCatalogs } from "@ciudata/core";
import { has, p } from "../_shared/params";

/** How the issues of the `missing-by-group` check are worded, in es, en and pt. */
export const missingByGroupIssues = defineIssueCatalogs({
  es: {
    "quality/missing-by-group": {
      title: "Faltantes concentrados en un grupo",
      describe: (e) =>
        `en el grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vacío)"}» falta «${p(e, "field")}» en el ${p(e, "rate")} % de las filas (${p(e, "missing")} de ${p(e, "rows")}), frente al ${p(e, "overallRate")} % del total`,
    },
  },
  en: {
    "quality/missing-by-group": {
      title: "Missing values concentrated in a group",
      describe: (e) =>
        `in group ${p(e, "groupBy")} = "${has(e, "group") ? p(e, "group") : "(empty)"}", "${p(e, "field")}" is missing in ${p(e, "rate")} % of rows (${p(e, "missing")} of ${p(e, "rows")}) against ${p(e, "overallRate")} % overall`,
    },
  },
  pt: {
    "quality/missing-by-group": {
      title: "Faltantes concentrados em um grupo",
      describe: (e) =>
        `no grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vazio)"}» falta «${p(e, "field")}» em ${p(e, "rate")} % das linhas (${p(e, "missing")} de ${p(e, "rows")}), contra ${p(e, "overallRate")} % do total`,
    },
  },
});
