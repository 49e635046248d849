import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/suppress.ts`, in es, en and pt. */
export const suppressMessages = defineCatalogs({
  es: {
    summary: "Suprime celdas chicas de una tabla de conteos (primaria y secundaria, OBS_STATUS Q)",
    usage:
      "ciudata suppress <tabla.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out archivo]\nLa tabla: primera columna con etiquetas de fila, el resto conteos. La salida (CSV largo) lleva totales y OBS_STATUS.",
    "flag.threshold": "Umbral (por defecto 5)",
    "flag.format": "text, json o html",
    "flag.json": "Salida en JSON",
    "flag.html": "Salida en HTML",
    "flag.out": "Archivo de salida",
    badThreshold: "--threshold debe ser un entero ≥ 1",
    suppressed: (p: { primary: number; secondary: number; threshold: number }, w) =>
      `suprimidas: ${w.number(p.primary)} primarias, ${w.number(p.secondary)} secundarias (umbral ${w.number(p.threshold)})\n`,
    readCounts:
      "La tabla debe tener una columna de etiquetas y conteos no negativos en el resto (números enteros, como 12 o 1.234).",
  },
  en: {
    summary: "Suppress small cells of a table of counts (primary and secondary, OBS_STATUS Q)",
    usage:
      "ciudata suppress <table.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out file]\nThe table: first column row labels, the rest counts. The output (long CSV) has totals and OBS_STATUS.",
    "flag.threshold": "Threshold (default 5)",
    "flag.format": "text, json or html",
    "flag.json": "Output JSON",
    "flag.html": "Output HTML",
    "flag.out": "Output file",
    badThreshold: "--threshold must be an integer ≥ 1",
    suppressed: (p, w) =>
      `suppressed: ${w.number(p.primary)} primary, ${w.number(p.secondary)} secondary (threshold ${w.number(p.threshold)})\n`,
    readCounts:
      "The table needs one label column and non-negative counts in the rest (whole numbers, such as 12 or 1,234).",
  },
  pt: {
    summary: "Suprime células pequenas de uma tabela de contagens (primária e secundária, OBS_STATUS Q)",
    usage:
      "ciudata suppress <tabela.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out arquivo]\nA tabela: primeira coluna com rótulos de linha, o resto contagens. A saída (CSV longo) tem totais e OBS_STATUS.",
    "flag.threshold": "Limiar (padrão 5)",
    "flag.format": "text, json ou html",
    "flag.json": "Saída em JSON",
    "flag.html": "Saída em HTML",
    "flag.out": "Arquivo de saída",
    badThreshold: "--threshold deve ser um inteiro ≥ 1",
    suppressed: (p, w) =>
      `suprimidas: ${w.number(p.primary)} primárias, ${w.number(p.secondary)} secundárias (limiar ${w.number(p.threshold)})\n`,
    readCounts:
      "A tabela precisa de uma coluna de rótulos e contagens não negativas no resto (números inteiros, como 12 ou 1.234).",
  },
});
