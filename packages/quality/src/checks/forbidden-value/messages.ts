import { defineIssueCatalogs } from "@ciudata/core";

/** How the issues of the `forbidden-value` check are worded, in es, en and pt. */
export const forbiddenValueIssues = defineIssueCatalogs({
  es: {
    "forbidden-value": {
      title: "Valor prohibido",
      describe: () => "el valor está en la lista de valores prohibidos",
    },
  },
  en: {
    "forbidden-value": {
      title: "Forbidden value",
      describe: () => "the value is in the list of forbidden values",
    },
  },
  pt: {
    "forbidden-value": {
      title: "Valor proibido",
      describe: () => "o valor está na lista de valores proibidos",
    },
  },
});
