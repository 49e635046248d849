import { defineCatalogs } from "@ciudata/core";

/** The texts the `currency-symbol` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const currencySymbolTexts = defineCatalogs({
  es: {
    expected: "solo el número, sin símbolo ni código de moneda",
    hint: "quite «{code}» y, si hace falta, indique la moneda en una columna moneda_id (ISO 4217, p. ej. ARS)",
  },
  en: {
    expected: "the number only, with no currency symbol or code",
    hint: 'remove "{code}" and, if needed, give the currency in a moneda_id column (ISO 4217, e.g. ARS)',
  },
  pt: {
    expected: "só o número, sem símbolo nem código de moeda",
    hint: "tire «{code}» e, se preciso, indique a moeda numa coluna moneda_id (ISO 4217, p. ex. BRL)",
  },
});
