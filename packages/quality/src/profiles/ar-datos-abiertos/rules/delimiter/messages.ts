import { defineCatalogs } from "@ciudata/core";

/** The texts the `delimiter` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const delimiterTexts = defineCatalogs({
  es: {
    semicolon: "; (punto y coma)",
    tab: "tabulación",
    comma: ", (coma)",
    hint: "exporte con coma como separador y comillas dobles en los valores que tengan comas",
  },
  en: {
    semicolon: "; (semicolon)",
    tab: "tab",
    comma: ", (comma)",
    hint: "export with a comma delimiter and double quotes around values that contain commas",
  },
  pt: {
    semicolon: "; (ponto e vírgula)",
    tab: "tabulação",
    comma: ", (vírgula)",
    hint: "exporte com vírgula como separador e aspas duplas nos valores que tenham vírgulas",
  },
});
