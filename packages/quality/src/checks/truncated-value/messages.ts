import { fixedIssueCatalogs } from "../_shared/messages";

/** How the issues of the `truncated-value` check are worded, in es, en and pt. */
export const truncatedValueIssues = fixedIssueCatalogs("truncated-value", {
  es: ["Valor posiblemente truncado", "el valor parece cortado por el sistema que lo exportó"],
  en: ["Possibly truncated value", "the value looks cut by the system that exported it"],
  pt: ["Valor possivelmente truncado", "o valor parece cortado pelo sistema que o exportou"],
});
