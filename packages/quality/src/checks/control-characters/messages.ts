import { defineCatalogs, defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `control-characters` check are worded, in es, en and pt. */
export const controlCharactersIssues = defineIssueCatalogs({
  es: {
    "quality/control-characters": {
      title: "Caracteres de control o invisibles",
      describe: (e, words) =>
        `${words.count(Number(e.params.cells ?? 0), { one: "celda tiene", other: "celdas tienen" })} caracteres de control o invisibles (${p(e, "codes")}); primeras filas: ${p(e, "rows")}`,
    },
  },
  en: {
    "quality/control-characters": {
      title: "Control or invisible characters",
      describe: (e, words) =>
        `${words.count(Number(e.params.cells ?? 0), { one: "cell holds", other: "cells hold" })} control or invisible characters (${p(e, "codes")}); first rows: ${p(e, "rows")}`,
    },
  },
  pt: {
    "quality/control-characters": {
      title: "Caracteres de controle ou invisíveis",
      describe: (e, words) =>
        `${words.count(Number(e.params.cells ?? 0), { one: "célula tem", other: "células têm" })} caracteres de controle ou invisíveis (${p(e, "codes")}); primeiras linhas: ${p(e, "rows")}`,
    },
  },
});

/** The short texts the check puts in its issues' params (`hint`), in es, en and pt. */
export const controlCharactersMessages = defineCatalogs({
  es: {
    hint: "quite esos caracteres (en una planilla: función LIMPIAR/CLEAN) y vuelva a exportar el archivo",
  },
  en: { hint: "remove those characters (in a spreadsheet: the CLEAN function) and export the file again" },
  pt: { hint: "remova esses caracteres (numa planilha: função TIRAR/CLEAN) e exporte o arquivo de novo" },
});
