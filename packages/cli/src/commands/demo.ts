import { resolve } from "node:path";
import { renderHtml, renderJson, renderText, review } from "@ciudata/quality";
import { inspectTable } from "@ciudata/table";
import { writeFileAtomic } from "@ciudata/table/node";
import { DEMO_SCHEMA, demoBytes } from "../demo/data";
import type { Command } from "../types";
import { detectedText } from "./_detected-text";

const t = {
  es: {
    title: "ciudata demo — un padrón municipal sintético, de punta a punta y sin conexión",
    step1: "1/3 Leer: bytes windows-1252 embebidos (fila de título, «;», coma decimal, dd/mm/aaaa, s/d)",
    step2:
      "2/3 Revisar la calidad contra el Table Schema que publicaría la ciudad (una sola pasada, puntaje por dimensión)",
    step3: "3/3 Resultado",
    wrote: "Escrito",
    next: "Siga con: pnpm ciudata inspect <su-archivo.csv>  ·  pnpm ciudata validate <archivo> --schema <esquema.json>",
    masked: "Las celdas se muestran enmascaradas: los reportes nunca imprimen datos personales.",
  },
  en: {
    title: "ciudata demo — a synthetic municipal registry, end to end and offline",
    step1: "1/3 Read: embedded windows-1252 bytes (title row, ';', decimal comma, dd/mm/yyyy, s/d)",
    step2:
      "2/3 Review quality against the Table Schema the city would publish (one pass, scored by dimension)",
    step3: "3/3 Result",
    wrote: "Wrote",
    next: "Next: pnpm ciudata inspect <your-file.csv>  ·  pnpm ciudata validate <file> --schema <schema.json>",
    masked: "Cells are shown masked: reports never print personal data.",
  },
  pt: {
    title: "ciudata demo — um cadastro municipal sintético, de ponta a ponta e offline",
    step1: "1/3 Ler: bytes windows-1252 embutidos (linha de título, ';', vírgula decimal, dd/mm/aaaa, s/d)",
    step2:
      "2/3 Revisar a qualidade contra o Table Schema que a cidade publicaria (uma só passada, pontuação por dimensão)",
    step3: "3/3 Resultado",
    wrote: "Gravado",
    next: "Continue com: pnpm ciudata inspect <seu-arquivo.csv>  ·  pnpm ciudata validate <arquivo> --schema <esquema.json>",
    masked: "As células aparecem mascaradas: os relatórios nunca imprimem dados pessoais.",
  },
} as const;

/** `ciudata demo`: the main job on the embedded synthetic padrón, offline. */
export const demoCommand: Command = {
  name: "demo",
  summary: {
    es: "Corre el trabajo principal sobre un padrón sintético embebido, sin conexión",
    en: "Run the main job on an embedded synthetic registry, offline",
    pt: "Executa o trabalho principal sobre um cadastro sintético embutido, offline",
  },
  usage: {
    es: "ciudata demo [--out carpeta] [--lang es|en|pt]",
    en: "ciudata demo [--out folder] [--lang es|en|pt]",
    pt: "ciudata demo [--out pasta] [--lang es|en|pt]",
  },
  flags: {
    out: {
      type: "string",
      description: {
        es: "Guarda esquema inferido y reporte JSON en esta carpeta",
        en: "Save the inferred schema and JSON report in this folder",
        pt: "Grava o esquema inferido e o relatório JSON nesta pasta",
      },
    },
  },
  async run(args, ctx) {
    const w = t[ctx.lang];
    const out = ctx.io.stdout;
    out(`${w.title}\n\n${w.step1}\n`);
    const info = await inspectTable(demoBytes(), { lang: ctx.lang, name: "padron-demo" });
    out(indent(detectedText(info, ctx.lang)));
    out(`\n${w.step2}\n`);
    const { report, scores } = await review(demoBytes(), {
      schema: DEMO_SCHEMA,
      lang: ctx.lang,
      name: "padron-demo",
      asOf: "2026-11-22",
    });
    out(indent(renderText(report, scores, ctx.lang)));
    out(`\n${w.step3}\n  ${w.masked}\n`);
    if (typeof args.flags.out === "string") {
      const dir = resolve(ctx.io.cwd, args.flags.out);
      const schemaPath = resolve(dir, "padron-demo.schema.json");
      const reportPath = resolve(dir, "padron-demo.report.json");
      const htmlPath = resolve(dir, "padron-demo.report.html");
      await writeFileAtomic(schemaPath, `${JSON.stringify(info.schema, null, 2)}\n`);
      await writeFileAtomic(reportPath, renderJson(report, scores));
      await writeFileAtomic(htmlPath, renderHtml(report, scores, ctx.lang));
      out(`  ${w.wrote}: ${schemaPath}\n  ${w.wrote}: ${reportPath}\n  ${w.wrote}: ${htmlPath}\n`);
    }
    out(`  ${w.next}\n`);
    return 0;
  },
};

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
