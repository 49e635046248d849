import { fixedIssueCatalogs } from "../_shared/messages";

/** How the issues of the `sequential-value` check are worded, in es, en and pt. */
export const sequentialValueIssues = fixedIssueCatalogs("sequential-value", {
  es: ["Secuencia rota", "el valor no sigue la secuencia (anterior + 1)"],
  en: ["Broken sequence", "the value does not follow the sequence (previous + 1)"],
  pt: ["Sequência quebrada", "o valor não segue a sequência (anterior + 1)"],
});
