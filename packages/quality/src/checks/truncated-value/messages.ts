import { defineIssueCatalogs } from "@ciudata/core";

/** How the issues of the `truncated-value` check are worded, in es, en and pt. */
export const truncatedValueIssues = defineIssueCatalogs({
  es: {
    "truncated-value": {
      title: "Valor posiblemente truncado",
      describe: () => "el valor parece cortado por el sistema que lo exportó",
    },
  },
  en: {
    "truncated-value": {
      title: "Possibly truncated value",
      describe: () => "the value looks cut by the system that exported it",
    },
  },
  pt: {
    "truncated-value": {
      title: "Valor possivelmente truncado",
      describe: () => "o valor parece cortado pelo sistema que o exportou",
    },
  },
});
