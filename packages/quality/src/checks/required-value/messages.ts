import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `required-value` check are worded, in es, en and pt. */
export const requiredValueIssues = defineIssueCatalogs({
  es: {
    "required-value": {
      title: "Falta un valor obligatorio",
      describe: (e) => `ninguna fila de «${p(e, "field")}» tiene el valor requerido`,
    },
  },
  en: {
    "required-value": {
      title: "Required value missing",
      describe: (e) => `no row of "${p(e, "field")}" has the required value`,
    },
  },
  pt: {
    "required-value": {
      title: "Falta um valor obrigatório",
      describe: (e) => `nenhuma linha de «${p(e, "field")}» tem o valor exigido`,
    },
  },
});
