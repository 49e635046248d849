import { defineCatalogs } from "@ciudata/core";

/** The texts the `quote-char` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const quoteCharTexts = defineCatalogs({
  es: {
    hint: 'encierre entre comillas dobles (") los valores que tengan comas o saltos de línea',
  },
  en: {
    hint: 'wrap values that contain commas or line breaks in double quotes (")',
  },
  pt: {
    hint: 'coloque entre aspas duplas (") os valores que tenham vírgulas ou quebras de linha',
  },
});
