import { defineCatalogs } from "@ciudata/core";

/** The texts the `boolean-values` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const booleanValuesTexts = defineCatalogs({
  es: {
    expected: "true o false",
    hint: "escriba los valores lógicos como true (sí) y false (no), en minúsculas",
  },
  en: {
    expected: "true or false",
    hint: "write boolean values as true (yes) and false (no), in lowercase",
  },
  pt: {
    expected: "true ou false",
    hint: "escreva os valores lógicos como true (sim) e false (não), em minúsculas",
  },
});
