import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `foreign-key` check are worded, in es, en and pt. */
export const foreignKeyIssues = defineIssueCatalogs({
  es: {
    "foreign-key": {
      title: "Referencia inexistente",
      describe: (e) =>
        `«${p(e, "fieldNames")}» no está en la tabla de referencia ${p(e, "referenceName") || "(esta misma)"} (${p(e, "referenceFieldNames")})`,
    },
  },
  en: {
    "foreign-key": {
      title: "Missing reference",
      describe: (e) =>
        `"${p(e, "fieldNames")}" is not in the reference table ${p(e, "referenceName") || "(this one)"} (${p(e, "referenceFieldNames")})`,
    },
  },
  pt: {
    "foreign-key": {
      title: "Referência inexistente",
      describe: (e) =>
        `«${p(e, "fieldNames")}» não está na tabela de referência ${p(e, "referenceName") || "(esta mesma)"} (${p(e, "referenceFieldNames")})`,
    },
  },
});
