import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/demo.ts`, in es, en and pt. */
export const demoMessages = defineCatalogs({
  es: {
    summary: "Corre el trabajo principal de punta a punta, sin conexión, sobre datos sintéticos incluidos",
    usage: "ciudata demo [--out carpeta] [--as-of AAAA-MM-DD] [--lang es|en|pt]",
    "flag.out": "Carpeta de los informes (por omisión, una carpeta temporal)",
    "flag.asOf": "Fecha de la revisión (por omisión, hoy en Mendoza)",
  },
  en: {
    summary: "Run the main job end to end, offline, on embedded synthetic data",
    usage: "ciudata demo [--out folder] [--as-of YYYY-MM-DD] [--lang es|en|pt]",
    "flag.out": "Folder for the reports (default: a temporary folder)",
    "flag.asOf": "Review date (default: today in Mendoza)",
  },
  pt: {
    summary: "Executa o trabalho principal de ponta a ponta, offline, sobre dados sintéticos incluídos",
    usage: "ciudata demo [--out pasta] [--as-of AAAA-MM-DD] [--lang es|en|pt]",
    "flag.out": "Pasta dos relatórios (por padrão, uma pasta temporária)",
    "flag.asOf": "Data da revisão (por padrão, hoje em Mendoza)",
  },
});
