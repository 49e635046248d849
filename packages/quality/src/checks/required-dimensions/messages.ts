import { defineIssueCatalogs } from "@ciudata/core";
import { dimension } from "../_shared/params";

/** How the issues of the `required-dimensions` check are worded, in es, en and pt. */
export const requiredDimensionsIssues = defineIssueCatalogs({
  es: {
    "quality/missing-dimension": {
      title: "Falta una desagregación",
      describe: (e) => `no hay una columna para desagregar por ${dimension(e, "es")}`,
    },
  },
  en: {
    "quality/missing-dimension": {
      title: "Missing disaggregation",
      describe: (e) => `there is no column to disaggregate by ${dimension(e, "en")}`,
    },
  },
  pt: {
    "quality/missing-dimension": {
      title: "Falta uma desagregação",
      describe: (e) => `não há uma coluna para desagregar por ${dimension(e, "pt")}`,
    },
  },
});
