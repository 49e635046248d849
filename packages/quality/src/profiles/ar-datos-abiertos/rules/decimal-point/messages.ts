import { defineCatalogs } from "@ciudata/core";

/** The texts the `decimal-point` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const decimalPointTexts = defineCatalogs({
  es: {
    "hint.decimal-comma": "cambie la coma decimal por un punto",
    "hint.thousands-separator": "quite los separadores de miles y use punto decimal",
    expected: "punto decimal y sin separador de miles",
  },
  en: {
    "hint.decimal-comma": "replace the decimal comma with a point",
    "hint.thousands-separator": "remove the thousands separators and use a decimal point",
    expected: "a decimal point and no thousands separator",
  },
  pt: {
    "hint.decimal-comma": "troque a vírgula decimal por um ponto",
    "hint.thousands-separator": "tire os separadores de milhar e use ponto decimal",
    expected: "ponto decimal e sem separador de milhar",
  },
});
