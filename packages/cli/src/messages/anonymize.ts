import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/anonymize`, in es, en and pt. */
export const anonymizeMessages = defineCatalogs({
  es: {
    summary:
      "Anonimiza una tabla según un plan (quitar, enmascarar, generalizar, seudonimizar, suprimir hasta k)",
    usage:
      "ciudata anonymize <archivo> --plan plan.json --out salida.csv [--grid metros | --areas barrios.geojson] [--format text|json|md|html]\nLa clave de seudonimización se lee de la variable o el archivo que indica el plan; nunca se muestra.",
    "flag.plan": "El plan (JSON)",
    "flag.out": "Archivo de salida (la tabla anonimizada, CSV)",
    "flag.grid":
      "Antes del plan, lleva cada punto (lat/lon o WKT) al centro de su celda en una grilla de tantos metros",
    "flag.areas":
      "Antes del plan, reemplaza las coordenadas por el código y el nombre del área (GeoJSON o TopoJSON) que contiene el punto",
    coarsenedFirst:
      "Las coordenadas se hicieron más gruesas antes del plan; «Antes» mide el riesgo ya con ellas.",
    title: "Anonimización",
    belowK: (p: { k: number; classes: number; records: number }, w) =>
      `✖ no se alcanzó k=${w.number(p.k)}: ${w.count(p.classes, { one: "clase", other: "clases" })} con ${w.count(p.records, { one: "registro", other: "registros" })} ${w.form(p.classes, { one: "sigue", other: "siguen" })} por debajo de k. El archivo se escribió, pero NO es k-anónimo; generalizá más los cuasi-identificadores o elegí un k menor.`,
    classSize: "tamaño",
    more: "más",
    rowsWritten: (p: { rows: number; out: string }, w) => `filas escritas: ${w.number(p.rows)} → ${p.out}`,
    dropped: (p: { columns: string }) => `columnas quitadas: ${p.columns}`,
    suppressions: (p: { list: string }) => `supresiones: ${p.list}`,
    before: "Antes",
    after: "Después",
  },
  en: {
    summary: "Anonymise a table with a plan (drop, mask, generalise, pseudonymise, suppress to reach k)",
    usage:
      "ciudata anonymize <file> --plan plan.json --out out.csv [--grid metres | --areas barrios.geojson] [--format text|json|md|html]\nThe pseudonymisation key is read from the variable or file the plan names; it is never shown.",
    "flag.plan": "The plan (JSON)",
    "flag.out": "Output file (the anonymised table, CSV)",
    "flag.grid":
      "Before the plan, moves each point (lat/lon or WKT) to its cell's centre in a grid of that many metres",
    "flag.areas":
      "Before the plan, replaces the coordinates by the code and name of the area (GeoJSON or TopoJSON) that holds the point",
    coarsenedFirst:
      "The coordinates were coarsened before the plan; “Before” measures the risk with them coarsened.",
    title: "Anonymisation",
    belowK: (p, w) =>
      `✖ k=${w.number(p.k)} not reached: ${w.count(p.classes, { one: "class", other: "classes" })} with ${w.count(p.records, { one: "record", other: "records" })} ${w.form(p.classes, { one: "is", other: "are" })} still below k. The file was written but is NOT k-anonymous; generalise the quasi-identifiers further or choose a smaller k.`,
    classSize: "size",
    more: "more",
    rowsWritten: (p, w) => `rows written: ${w.number(p.rows)} → ${p.out}`,
    dropped: (p) => `columns dropped: ${p.columns}`,
    suppressions: (p) => `suppressions: ${p.list}`,
    before: "Before",
    after: "After",
  },
  pt: {
    summary:
      "Anonimiza uma tabela segundo um plano (remover, mascarar, generalizar, pseudonimizar, suprimir até k)",
    usage:
      "ciudata anonymize <arquivo> --plan plano.json --out saida.csv [--grid metros | --areas barrios.geojson] [--format text|json|md|html]\nA chave de pseudonimização é lida da variável ou do arquivo que o plano indica; nunca é mostrada.",
    "flag.plan": "O plano (JSON)",
    "flag.out": "Arquivo de saída (a tabela anonimizada, CSV)",
    "flag.grid":
      "Antes do plano, leva cada ponto (lat/lon ou WKT) ao centro de sua célula numa grade de tantos metros",
    "flag.areas":
      "Antes do plano, substitui as coordenadas pelo código e o nome da área (GeoJSON ou TopoJSON) que contém o ponto",
    coarsenedFirst: "As coordenadas foram engrossadas antes do plano; «Antes» mede o risco já com elas.",
    title: "Anonimização",
    belowK: (p, w) =>
      `✖ k=${w.number(p.k)} não alcançado: ${w.count(p.classes, { one: "classe", other: "classes" })} com ${w.count(p.records, { one: "registro", other: "registros" })} ${w.form(p.classes, { one: "continua", other: "continuam" })} abaixo de k. O arquivo foi escrito, mas NÃO é k-anônimo; generalize mais os quase-identificadores ou escolha um k menor.`,
    classSize: "tamanho",
    more: "mais",
    rowsWritten: (p, w) => `linhas escritas: ${w.number(p.rows)} → ${p.out}`,
    dropped: (p) => `colunas removidas: ${p.columns}`,
    suppressions: (p) => `supressões: ${p.list}`,
    before: "Antes",
    after: "Depois",
  },
});
