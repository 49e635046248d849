import { defineIssueCatalogs } from "@ciudata/core";

/** How the issues of the `ascii-value` check are worded, in es, en and pt. */
export const asciiValueIssues = defineIssueCatalogs({
  es: {
    "ascii-value": {
      title: "Caracteres no ASCII",
      describe: () => "el texto tiene caracteres fuera de ASCII (tildes, ñ…)",
    },
  },
  en: {
    "ascii-value": {
      title: "Non-ASCII characters",
      describe: () => "the text has characters outside ASCII (accents, ñ…)",
    },
  },
  pt: {
    "ascii-value": {
      title: "Caracteres não ASCII",
      describe: () => "o texto tem caracteres fora do ASCII (acentos, ñ…)",
    },
  },
});
