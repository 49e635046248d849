import { defineCatalogs } from "@ciudata/core";

/** The texts the `trimmed-values` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const trimmedValuesTexts = defineCatalogs({
  es: {
    expected: "el valor sin espacios al principio ni al final",
    hint: "quite los espacios sobrantes (en una planilla: función ESPACIOS/TRIM)",
  },
  en: {
    expected: "the value without leading or trailing spaces",
    hint: "remove the extra spaces (in a spreadsheet: the TRIM function)",
  },
  pt: {
    expected: "o valor sem espaços no início nem no fim",
    hint: "tire os espaços sobrando (numa planilha: função ARRUMAR/TRIM)",
  },
});
