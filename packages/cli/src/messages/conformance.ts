import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/conformance.ts`, in es, en and pt. */
export const conformanceMessages = defineCatalogs({
  es: {
    summary: "Corre una suite de conformidad (frictionless) y cuenta los casos que pasan",
    usage:
      "ciudata conformance frictionless <carpeta-con-expected.json> [--verbose]\nciudata conformance ids <vectors.json>\nciudata conformance sdc <carpeta>\nciudata conformance opendata <carpeta>",
    "flag.verbose": "Lista cada caso",
    noSuite: (p: { file: string }) =>
      `No se encontró una suite válida en ${p.file}: la carpeta debe tener expected.json con "cellCases".`,
  },
  en: {
    summary: "Run a conformance suite (frictionless) and count the cases that pass",
    usage:
      "ciudata conformance frictionless <folder-with-expected.json> [--verbose]\nciudata conformance ids <vectors.json>\nciudata conformance sdc <folder>\nciudata conformance opendata <folder>",
    "flag.verbose": "List every case",
    noSuite: (p) => `No valid suite at ${p.file}: the folder must hold expected.json with "cellCases".`,
  },
  pt: {
    summary: "Executa uma suíte de conformidade (frictionless) e conta os casos que passam",
    usage:
      "ciudata conformance frictionless <pasta-com-expected.json> [--verbose]\nciudata conformance ids <vectors.json>\nciudata conformance sdc <pasta>\nciudata conformance opendata <pasta>",
    "flag.verbose": "Lista cada caso",
    noSuite: (p) => `Nenhuma suíte válida em ${p.file}: a pasta deve ter expected.json com "cellCases".`,
  },
});
