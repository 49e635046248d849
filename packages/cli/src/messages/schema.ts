import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/schema.ts`, in es, en and pt. */
export const schemaMessages = defineCatalogs({
  es: {
    summary: "Infiere un Table Schema editable a partir de una muestra de filas",
    usage:
      "ciudata schema infer <archivo|url> [--sample 1000] [--out esquema.json]\nEl esquema sale por la salida estándar (o a --out); el resumen con la confianza de cada campo, por la salida de errores.",
    "flag.sample": "Filas a mirar (1000)",
    "flag.out": "Archivo de salida",
    "flag.encoding": "Fuerza la codificación",
    badSample: (p: { value: string }) =>
      `--sample espera un número entero positivo, por ejemplo 1000; se recibió «${p.value}».`,
    field: "campo",
    type: "tipo",
    sure: "confianza",
    values: "valores posibles",
    wrote: "Escrito",
  },
  en: {
    summary: "Infer an editable Table Schema from a sample of rows",
    usage:
      "ciudata schema infer <file|url> [--sample 1000] [--out schema.json]\nThe schema goes to standard output (or --out); a summary with each field's confidence goes to standard error.",
    "flag.sample": "Rows to look at (1000)",
    "flag.out": "Output file",
    "flag.encoding": "Force the encoding",
    badSample: (p) => `--sample expects a positive whole number, for example 1000; received "${p.value}".`,
    field: "field",
    type: "type",
    sure: "confidence",
    values: "likely values",
    wrote: "Wrote",
  },
  pt: {
    summary: "Infere um Table Schema editável a partir de uma amostra de linhas",
    usage:
      "ciudata schema infer <arquivo|url> [--sample 1000] [--out esquema.json]\nO esquema sai pela saída padrão (ou em --out); o resumo com a confiança de cada campo, pela saída de erros.",
    "flag.sample": "Linhas a olhar (1000)",
    "flag.out": "Arquivo de saída",
    "flag.encoding": "Força a codificação",
    badSample: (p) => `--sample espera um número inteiro positivo, por exemplo 1000; recebido "${p.value}".`,
    field: "campo",
    type: "tipo",
    sure: "confiança",
    values: "valores prováveis",
    wrote: "Gravado",
  },
});
