import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `territory-coverage` check are worded, in es, en and pt. */
export const territoryCoverageIssues = defineIssueCatalogs({
  es: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e) =>
        `faltan ${p(e, "missingCount")} de ${p(e, "total")} unidades territoriales de la lista de códigos: ${p(e, "missing")}`,
    },
  },
  en: {
    "quality/territory-coverage": {
      title: "Incomplete territorial coverage",
      describe: (e) =>
        `${p(e, "missingCount")} of ${p(e, "total")} territorial units of the code list have no rows: ${p(e, "missing")}`,
    },
  },
  pt: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e) =>
        `faltam ${p(e, "missingCount")} de ${p(e, "total")} unidades territoriais da lista de códigos: ${p(e, "missing")}`,
    },
  },
});
