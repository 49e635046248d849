import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata conformance`, in es, en and pt. */
export const conformanceMessages = defineCatalogs({
  es: {
    summary: "Corre una suite de conformidad (frictionless, ids, sdc, opendata) y cuenta los casos que pasan",
    usage:
      "ciudata conformance frictionless <carpeta-con-expected.json> [--verbose] [--format text|json|md|html] [--out archivo]\nciudata conformance ids <vectors.json> [--verbose] [--format text|json|md|html] [--out archivo]\nciudata conformance sdc <carpeta> [--verbose] [--format text|json|md|html] [--out archivo]\nciudata conformance opendata <carpeta> [--verbose] [--format text|json|md|html] [--out archivo]\nSale con 0 si ningún caso falla, 1 si alguno falla, 2 si el comando está mal escrito.",
    "flag.verbose": "Lista cada caso",
    title: (p: { suite: string }) => `Conformidad: ${p.suite}`,
  },
  en: {
    summary: "Run a conformance suite (frictionless, ids, sdc, opendata) and count the cases that pass",
    usage:
      "ciudata conformance frictionless <folder-with-expected.json> [--verbose] [--format text|json|md|html] [--out file]\nciudata conformance ids <vectors.json> [--verbose] [--format text|json|md|html] [--out file]\nciudata conformance sdc <folder> [--verbose] [--format text|json|md|html] [--out file]\nciudata conformance opendata <folder> [--verbose] [--format text|json|md|html] [--out file]\nExits 0 when no case fails, 1 when one fails, 2 for a usage mistake.",
    "flag.verbose": "List every case",
    title: (p) => `Conformance: ${p.suite}`,
  },
  pt: {
    summary:
      "Executa uma suíte de conformidade (frictionless, ids, sdc, opendata) e conta os casos que passam",
    usage:
      "ciudata conformance frictionless <pasta-com-expected.json> [--verbose] [--format text|json|md|html] [--out arquivo]\nciudata conformance ids <vectors.json> [--verbose] [--format text|json|md|html] [--out arquivo]\nciudata conformance sdc <pasta> [--verbose] [--format text|json|md|html] [--out arquivo]\nciudata conformance opendata <pasta> [--verbose] [--format text|json|md|html] [--out arquivo]\nSai com 0 se nenhum caso falhar, 1 se algum falhar, 2 se o comando estiver mal escrito.",
    "flag.verbose": "Lista cada caso",
    title: (p) => `Conformidade: ${p.suite}`,
  },
});
