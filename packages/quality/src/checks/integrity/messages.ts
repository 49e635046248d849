import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `integrity` check are worded, in es, en and pt. */
export const integrityIssues = defineIssueCatalogs({
  es: {
    "hash-count": {
      title: "Huella del archivo distinta",
      describe: (e) => `la huella ${p(e, "algorithm")} del archivo no coincide`,
    },
    "byte-count": {
      title: "Tamaño del archivo distinto",
      describe: () => "el tamaño del archivo (bytes) no coincide",
    },
    "row-count": {
      title: "Cantidad de filas distinta",
      describe: () => "la cantidad de filas no coincide con la declarada",
    },
  },
  en: {
    "hash-count": {
      title: "File hash differs",
      describe: (e) => `the ${p(e, "algorithm")} hash of the file does not match`,
    },
    "byte-count": {
      title: "File size differs",
      describe: () => "the file size (bytes) does not match",
    },
    "row-count": {
      title: "Row count differs",
      describe: () => "the number of rows does not match the declared one",
    },
  },
  pt: {
    "hash-count": {
      title: "Hash do arquivo diferente",
      describe: (e) => `o hash ${p(e, "algorithm")} do arquivo não confere`,
    },
    "byte-count": {
      title: "Tamanho do arquivo diferente",
      describe: () => "o tamanho do arquivo (bytes) não confere",
    },
    "row-count": {
      title: "Quantidade de linhas diferente",
      describe: () => "a quantidade de linhas não confere com a declarada",
    },
  },
});
