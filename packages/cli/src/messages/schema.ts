import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/schema.ts`, in es, en and pt. */
export const schemaMessages = defineCatalogs({
  es: {
    summary: "Infiere un Table Schema editable a partir de una muestra de filas",
    usage:
      "ciudata schema infer <archivo|url> [--sample 1000] [--out esquema.json] [--format text|json|md|html]\nEl esquema sale por la salida estándar (o a --out); el resumen con la confianza de cada campo, por la salida de errores. Con --format md o html sale una tabla de los campos y el esquema.",
    "flag.sample": "Filas a mirar (1000)",
    "flag.out": "Escribe el esquema en este archivo",
    "flag.encoding": "Fuerza la codificación",
    badSample: (p: { value: string }) =>
      `--sample espera un número entero positivo, por ejemplo 1000; se recibió «${p.value}».`,
    field: "campo",
    type: "tipo",
    sure: "confianza",
    values: "valores posibles",
    title: (p: { file: string }) => `Esquema inferido de ${p.file}`,
    format: "formato",
  },
  en: {
    summary: "Infer an editable Table Schema from a sample of rows",
    usage:
      "ciudata schema infer <file|url> [--sample 1000] [--out schema.json] [--format text|json|md|html]\nThe schema goes to standard output (or --out); a summary with each field's confidence goes to standard error. With --format md or html, a table of the fields and the schema are printed.",
    "flag.sample": "Rows to look at (1000)",
    "flag.out": "Write the schema to this file",
    "flag.encoding": "Force the encoding",
    badSample: (p) => `--sample expects a positive whole number, for example 1000; received "${p.value}".`,
    field: "field",
    type: "type",
    sure: "confidence",
    values: "likely values",
    title: (p) => `Schema inferred from ${p.file}`,
    format: "format",
  },
  pt: {
    summary: "Infere um Table Schema editável a partir de uma amostra de linhas",
    usage:
      "ciudata schema infer <arquivo|url> [--sample 1000] [--out esquema.json] [--format text|json|md|html]\nO esquema sai pela saída padrão (ou em --out); o resumo com a confiança de cada campo, pela saída de erros. Com --format md ou html sai uma tabela dos campos e o esquema.",
    "flag.sample": "Linhas a olhar (1000)",
    "flag.out": "Grava o esquema neste arquivo",
    "flag.encoding": "Força a codificação",
    badSample: (p) => `--sample espera um número inteiro positivo, por exemplo 1000; recebido "${p.value}".`,
    field: "campo",
    type: "tipo",
    sure: "confiança",
    values: "valores prováveis",
    title: (p) => `Esquema inferido de ${p.file}`,
    format: "formato",
  },
});
