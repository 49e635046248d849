import { defineCatalogs } from "@ciudata/core";

/** The texts the `header-name` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const headerNameTexts = defineCatalogs({
  es: {
    expected: "minúsculas a-z, dígitos 0-9 y guion bajo _, sin espacios ni tildes, hasta {max} caracteres",
    hint: "renombre la columna como «{name}»",
  },
  en: {
    expected: "lowercase a-z, digits 0-9 and underscore _, no spaces or accents, at most {max} characters",
    hint: 'rename the column "{name}"',
  },
  pt: {
    expected: "minúsculas a-z, dígitos 0-9 e sublinhado _, sem espaços nem acentos, até {max} caracteres",
    hint: "renomeie a coluna como «{name}»",
  },
});
