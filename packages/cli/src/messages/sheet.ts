import { defineCatalogs } from "@ciudata/core";

/** The help of `--sheet`, shared by the commands that read a table, in es, en and pt. */
export const sheetMessages = defineCatalogs({
  es: {
    "flag.sheet":
      "La hoja de una planilla (.xlsx, .ods) que se lee, por nombre o por número desde 1 (por omisión, la primera hoja con datos)",
  },
  en: {
    "flag.sheet":
      "The sheet of a spreadsheet (.xlsx, .ods) to read, by name or by number from 1 (default: the first sheet with data)",
  },
  pt: {
    "flag.sheet":
      "A planilha de uma pasta de trabalho (.xlsx, .ods) que se lê, pelo nome ou pelo número a partir de 1 (por padrão, a primeira com dados)",
  },
});
