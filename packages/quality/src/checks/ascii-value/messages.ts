import { fixedIssueCatalogs } from "../_shared/messages";

/** How the issues of the `ascii-value` check are worded, in es, en and pt. */
export const asciiValueIssues = fixedIssueCatalogs("ascii-value", {
  es: ["Caracteres no ASCII", "el texto tiene caracteres fuera de ASCII (tildes, ñ…)"],
  en: ["Non-ASCII characters", "the text has characters outside ASCII (accents, ñ…)"],
  pt: ["Caracteres não ASCII", "o texto tem caracteres fora do ASCII (acentos, ñ…)"],
});
