import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/inspect.ts`, in es, en and pt. */
export const inspectMessages = defineCatalogs({
  es: {
    summary:
      "Muestra cómo está escrita una tabla: codificación, separador, encabezado, filas, columnas y tipos",
    usage:
      "ciudata inspect <archivo|url> [--encoding windows-1252] [--delimiter ;] [--format text|json|md|html] [--out archivo]\nSale con 2 si la entrada no se puede leer como tabla.",
    "flag.encoding": "Fuerza la codificación",
    "flag.delimiter": "Fuerza el separador",
    title: (p: { file: string }) => `Cómo está escrita ${p.file}`,
  },
  en: {
    summary: "Show how a table is written: encoding, delimiter, header, rows, columns and types",
    usage:
      "ciudata inspect <file|url> [--encoding windows-1252] [--delimiter ;] [--format text|json|md|html] [--out file]\nExits 2 when the input cannot be read as a table.",
    "flag.encoding": "Force the encoding",
    "flag.delimiter": "Force the delimiter",
    title: (p) => `How ${p.file} is written`,
  },
  pt: {
    summary:
      "Mostra como uma tabela está escrita: codificação, separador, cabeçalho, linhas, colunas e tipos",
    usage:
      "ciudata inspect <arquivo|url> [--encoding windows-1252] [--delimiter ;] [--format text|json|md|html] [--out arquivo]\nSai com 2 se a entrada não puder ser lida como tabela.",
    "flag.encoding": "Força a codificação",
    "flag.delimiter": "Força o separador",
    title: (p) => `Como ${p.file} está escrita`,
  },
});
