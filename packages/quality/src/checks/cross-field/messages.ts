import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `cross-field` check are worded, in es, en and pt. */
export const crossFieldIssues = defineIssueCatalogs({
  es: {
    "quality/cross-field": {
      title: "Regla entre columnas no cumplida",
      describe: (e) => `no se cumple la regla ${p(e, "rule")}`,
    },
  },
  en: {
    "quality/cross-field": {
      title: "Cross-field rule broken",
      describe: (e) => `the rule ${p(e, "rule")} does not hold`,
    },
  },
  pt: {
    "quality/cross-field": {
      title: "Regra entre colunas não cumprida",
      describe: (e) => `a regra ${p(e, "rule")} não se cumpre`,
    },
  },
});
