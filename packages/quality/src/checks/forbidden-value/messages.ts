import { fixedIssueCatalogs } from "../_shared/messages";

/** How the issues of the `forbidden-value` check are worded, in es, en and pt. */
export const forbiddenValueIssues = fixedIssueCatalogs("forbidden-value", {
  es: ["Valor prohibido", "el valor está en la lista de valores prohibidos"],
  en: ["Forbidden value", "the value is in the list of forbidden values"],
  pt: ["Valor proibido", "o valor está na lista de valores proibidos"],
});
