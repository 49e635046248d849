import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `primary-key` check are worded, in es, en and pt. */
export const primaryKeyIssues = defineIssueCatalogs({
  es: {
    "primary-key": {
      title: "Clave primaria inválida",
      describe: (e) =>
        e.params.reason === "null"
          ? `la clave primaria (${p(e, "fieldNames")}) está vacía`
          : `la clave primaria (${p(e, "fieldNames")}) repite la de la fila ${p(e, "firstRowNumber")}`,
    },
  },
  en: {
    "primary-key": {
      title: "Invalid primary key",
      describe: (e) =>
        e.params.reason === "null"
          ? `the primary key (${p(e, "fieldNames")}) is empty`
          : `the primary key (${p(e, "fieldNames")}) repeats that of row ${p(e, "firstRowNumber")}`,
    },
  },
  pt: {
    "primary-key": {
      title: "Chave primária inválida",
      describe: (e) =>
        e.params.reason === "null"
          ? `a chave primária (${p(e, "fieldNames")}) está vazia`
          : `a chave primária (${p(e, "fieldNames")}) repete a da linha ${p(e, "firstRowNumber")}`,
    },
  },
});
