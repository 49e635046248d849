import { defineIssueCatalogs } from "@ciudata/core";
import { n } from "../_shared/params";

/** How the issues of the `territory-coverage` check are worded, in es, en and pt. */
export const territoryCoverageIssues = defineIssueCatalogs({
  es: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e, words) =>
        `faltan ${n(e, "missingCount", words)} de ${n(e, "total", words)} unidades territoriales de la lista de códigos: ${n(e, "missing", words)}`,
    },
  },
  en: {
    "quality/territory-coverage": {
      title: "Incomplete territorial coverage",
      describe: (e, words) =>
        `${n(e, "missingCount", words)} of ${n(e, "total", words)} territorial units of the code list have no rows: ${n(e, "missing", words)}`,
    },
  },
  pt: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e, words) =>
        `faltam ${n(e, "missingCount", words)} de ${n(e, "total", words)} unidades territoriais da lista de códigos: ${n(e, "missing", words)}`,
    },
  },
});
