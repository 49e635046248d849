import { defineIssueCatalogs } from "@ciudata/core";
import { c, n, verb } from "../_shared/params";

/** How the issues of the `territory-coverage` check are worded, in es, en and pt. */
export const territoryCoverageIssues = defineIssueCatalogs({
  es: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e, words) =>
        `${verb(e, "missingCount", words, { one: "falta", other: "faltan" })} ${n(e, "missingCount", words)} de ${c(e, "total", words, { one: "unidad territorial", other: "unidades territoriales" })} de la lista de códigos: ${n(e, "missing", words)}`,
    },
  },
  en: {
    "quality/territory-coverage": {
      title: "Incomplete territorial coverage",
      describe: (e, words) =>
        `${n(e, "missingCount", words)} of ${c(e, "total", words, { one: "territorial unit", other: "territorial units" })} of the code list ${verb(e, "missingCount", words, { one: "has", other: "have" })} no rows: ${n(e, "missing", words)}`,
    },
  },
  pt: {
    "quality/territory-coverage": {
      title: "Cobertura territorial incompleta",
      describe: (e, words) =>
        `${verb(e, "missingCount", words, { one: "falta", other: "faltam" })} ${n(e, "missingCount", words)} de ${c(e, "total", words, { one: "unidade territorial", other: "unidades territoriais" })} da lista de códigos: ${n(e, "missing", words)}`,
    },
  },
});
