import { defineIssueCatalogs } from "@ciudata/core";

/** How the issues of the `sequential-value` check are worded, in es, en and pt. */
export const sequentialValueIssues = defineIssueCatalogs({
  es: {
    "sequential-value": {
      title: "Secuencia rota",
      describe: () => "el valor no sigue la secuencia (anterior + 1)",
    },
  },
  en: {
    "sequential-value": {
      title: "Broken sequence",
      describe: () => "the value does not follow the sequence (previous + 1)",
    },
  },
  pt: {
    "sequential-value": {
      title: "Sequência quebrada",
      describe: () => "o valor não segue a sequência (anterior + 1)",
    },
  },
});
