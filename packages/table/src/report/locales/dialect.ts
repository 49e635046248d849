import { defineCatalogs } from "@ciudata/core";

/** How es, en and pt word why a key of a Table Dialect is invalid (the `problem` param of a `dialect-error`). */
export const dialectProblems = defineCatalogs({
  es: {
    "not-object": "un dialecto debe ser un objeto",
    "invalid-value": "el valor no es válido para esta clave",
    "line-terminator": 'debe ser "\\n", "\\r\\n" o "\\r"',
    "quote-line-break": "no puede ser un salto de línea",
    "delimiter-conflict": "no puede ser un salto de línea ni el carácter de comillas",
    "escape-conflict": "no puede ser un salto de línea ni el delimitador",
    "comment-conflict": "no puede ser el delimitador",
  },
  en: {
    "not-object": "a dialect must be an object",
    "invalid-value": "the value is not valid for this key",
    "line-terminator": 'must be "\\n", "\\r\\n" or "\\r"',
    "quote-line-break": "must not be a line break",
    "delimiter-conflict": "must not be a line break or the quote character",
    "escape-conflict": "must not be a line break or the delimiter",
    "comment-conflict": "must not be the delimiter",
  },
  pt: {
    "not-object": "um dialeto deve ser um objeto",
    "invalid-value": "o valor não é válido para esta chave",
    "line-terminator": 'deve ser "\\n", "\\r\\n" ou "\\r"',
    "quote-line-break": "não pode ser uma quebra de linha",
    "delimiter-conflict": "não pode ser uma quebra de linha nem o caractere de aspas",
    "escape-conflict": "não pode ser uma quebra de linha nem o delimitador",
    "comment-conflict": "não pode ser o delimitador",
  },
});

/** A code of {@link dialectProblems}. */
export type DialectProblem = keyof (typeof dialectProblems)["es"];
