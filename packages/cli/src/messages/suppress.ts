import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/suppress`, in es, en and pt. */
export const suppressMessages = defineCatalogs({
  es: {
    summary:
      "Suprime celdas chicas de una tabla de conteos y las que las protegen (todas OBS_STATUS Q, contadas juntas)",
    usage:
      "ciudata suppress <tabla.csv> [--threshold 3|5|10|11] [--format text|json|md|html] [--out archivo]\nLa tabla: primera columna con etiquetas de fila, el resto conteos. La salida (CSV largo) lleva totales y OBS_STATUS; con --out va a ese archivo (CSV, o JSON, Markdown o HTML según la extensión) y se muestra el resumen.",
    "flag.threshold": "Umbral (por defecto 5)",
    "flag.out": "Escribe la tabla larga en este archivo (CSV, o .json, .md, .html)",
    title: "Supresión de celdas chicas",
    badThreshold: "--threshold debe ser un entero ≥ 1",
    suppressed: (p: { hidden: number; threshold: number }, w) =>
      `${w.count(p.hidden, { one: "celda suprimida", other: "celdas suprimidas" })}, chicas o para protegerlas, sin decir cuáles (umbral ${w.number(p.threshold)})`,
    readCounts:
      "La tabla debe tener una columna de etiquetas y conteos no negativos en el resto (números enteros, como 12 o 1.234).",
  },
  en: {
    summary:
      "Suppress small cells of a table of counts and those protecting them (all OBS_STATUS Q, counted together)",
    usage:
      "ciudata suppress <table.csv> [--threshold 3|5|10|11] [--format text|json|md|html] [--out file]\nThe table: first column row labels, the rest counts. The output (long CSV) has totals and OBS_STATUS; with --out it goes to that file (CSV, or JSON, Markdown or HTML by its extension) and the summary is shown.",
    "flag.threshold": "Threshold (default 5)",
    "flag.out": "Write the long table to this file (CSV, or .json, .md, .html)",
    title: "Small-cell suppression",
    badThreshold: "--threshold must be an integer ≥ 1",
    suppressed: (p, w) =>
      `${w.count(p.hidden, { one: "cell suppressed", other: "cells suppressed" })}, small or protecting one, without saying which (threshold ${w.number(p.threshold)})`,
    readCounts:
      "The table needs one label column and non-negative counts in the rest (whole numbers, such as 12 or 1,234).",
  },
  pt: {
    summary:
      "Suprime células pequenas de uma tabela de contagens e as que as protegem (todas OBS_STATUS Q, contadas juntas)",
    usage:
      "ciudata suppress <tabela.csv> [--threshold 3|5|10|11] [--format text|json|md|html] [--out arquivo]\nA tabela: primeira coluna com rótulos de linha, o resto contagens. A saída (CSV longo) tem totais e OBS_STATUS; com --out vai para esse arquivo (CSV, ou JSON, Markdown ou HTML pela extensão) e o resumo é mostrado.",
    "flag.threshold": "Limiar (padrão 5)",
    "flag.out": "Escreve a tabela longa neste arquivo (CSV, ou .json, .md, .html)",
    title: "Supressão de células pequenas",
    badThreshold: "--threshold deve ser um inteiro ≥ 1",
    suppressed: (p, w) =>
      `${w.count(p.hidden, { one: "célula suprimida", other: "células suprimidas" })}, pequenas ou para protegê-las, sem dizer quais (limiar ${w.number(p.threshold)})`,
    readCounts:
      "A tabela precisa de uma coluna de rótulos e contagens não negativas no resto (números inteiros, como 12 ou 1.234).",
  },
});
