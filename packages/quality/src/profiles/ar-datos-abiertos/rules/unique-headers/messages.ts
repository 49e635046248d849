import { defineCatalogs } from "@ciudata/core";

/** The texts the `unique-headers` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const uniqueHeadersTexts = defineCatalogs({
  es: {
    expected: "nombres de columna distintos aun sin mayúsculas, tildes ni espacios",
    hint: "use un nombre claramente distinto para cada columna",
  },
  en: {
    expected: "column names that differ even without capitals, accents or spaces",
    hint: "give each column a clearly different name",
  },
  pt: {
    expected: "nomes de coluna diferentes mesmo sem maiúsculas, acentos ou espaços",
    hint: "use um nome claramente diferente para cada coluna",
  },
});
