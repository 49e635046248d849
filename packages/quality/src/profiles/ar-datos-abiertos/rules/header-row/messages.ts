import { defineCatalogs } from "@ciudata/core";

/** The texts the `header-row` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const headerRowTexts = defineCatalogs({
  es: {
    hint: "agregue una primera fila con el nombre de cada columna y quite filas de título o notas",
    "words.expected": "una fila de encabezado (la fila 1)",
    "words.rows": "encabezado en las filas",
    "words.none": "sin encabezado",
  },
  en: {
    hint: "add a first row with the name of each column and remove title or note rows",
    "words.expected": "one header row (row 1)",
    "words.rows": "header in rows",
    "words.none": "no header",
  },
  pt: {
    hint: "adicione uma primeira linha com o nome de cada coluna e tire linhas de título ou notas",
    "words.expected": "uma linha de cabeçalho (linha 1)",
    "words.rows": "cabeçalho nas linhas",
    "words.none": "sem cabeçalho",
  },
});
