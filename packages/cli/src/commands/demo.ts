import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disaggregationChecks } from "@ciudata/disaggregation";
import { createPortal, type Dataset } from "@ciudata/open-data";
import { servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { riskCheck } from "@ciudata/privacy";
import { renderHtml, renderJson, renderText, review } from "@ciudata/quality";
import { MENDOZA_2024_2026, todayIn } from "@ciudata/strategy";
import { inspectTable } from "@ciudata/table";
import { writeFileAtomic } from "@ciudata/table/node";
import { DEMO_SCHEMA, demoBytes } from "../demo/data";
import { localized } from "../messages";
import { demoMessages } from "../messages/demo";
import type { Command, CommandContext } from "../types";
import { detectedText } from "./_detected-text";
import { userPath } from "./_io";
import { strategyCommand } from "./strategy";

const t = {
  es: {
    title: "ciudata demo — de punta a punta y sin conexión, con datos sintéticos",
    portal: "1/5 Portal local: el catálogo de muestra (Mendoza, sintético) servido en",
    catalog: "2/5 Catálogo, leído con el cliente de portales:",
    registry:
      "3/5 Descargar el registro del programa y revisarlo en una sola pasada (calidad, privacidad, desagregación)",
    padron:
      "4/5 Un padrón municipal con problemas: bytes windows-1252 (fila de título, «;», coma decimal, dd/mm/aaaa, s/d)",
    strategy: "5/5 La estrategia de datos de Mendoza al",
    risk: (k: number, n: number) => `Riesgo de reidentificación: ${n} registros en clases de menos de ${k}`,
    wrote: "Informe",
    look: "Dónde mirar",
    masked: "Las celdas se muestran enmascaradas: los reportes nunca imprimen datos personales.",
    next: "Siga con: pnpm ciudata validate <archivo> --out informe.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
  },
  en: {
    title: "ciudata demo — end to end and offline, on synthetic data",
    portal: "1/5 Local portal: the sample catalog (Mendoza, synthetic) served at",
    catalog: "2/5 Catalog, read with the portal client:",
    registry:
      "3/5 Download the programme registry and review it in one pass (quality, privacy, disaggregation)",
    padron:
      "4/5 A messy municipal registry: windows-1252 bytes (title row, ';', decimal comma, dd/mm/yyyy, s/d)",
    strategy: "5/5 Mendoza's data strategy as of",
    risk: (k: number, n: number) => `Re-identification risk: ${n} records in classes smaller than ${k}`,
    wrote: "Report",
    look: "Where to look",
    masked: "Cells are shown masked: reports never print personal data.",
    next: "Next: pnpm ciudata validate <file> --out report.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
  },
  pt: {
    title: "ciudata demo — de ponta a ponta e offline, com dados sintéticos",
    portal: "1/5 Portal local: o catálogo de amostra (Mendoza, sintético) servido em",
    catalog: "2/5 Catálogo, lido com o cliente de portais:",
    registry:
      "3/5 Baixar o registro do programa e revisá-lo numa só passada (qualidade, privacidade, desagregação)",
    padron:
      "4/5 Um cadastro municipal com problemas: bytes windows-1252 (linha de título, ';', vírgula decimal, dd/mm/aaaa, s/d)",
    strategy: "5/5 A estratégia de dados de Mendoza em",
    risk: (k: number, n: number) => `Risco de reidentificação: ${n} registros em classes menores que ${k}`,
    wrote: "Relatório",
    look: "Onde olhar",
    masked: "As células aparecem mascaradas: os relatórios nunca imprimem dados pessoais.",
    next: "Continue com: pnpm ciudata validate <arquivo> --out relatorio.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
  },
} as const;

/**
 * `ciudata demo`: the main job, offline, on the embedded defaults: a local portal with the sample
 * catalog, a resource downloaded and reviewed in one pass, a messy registry, and the strategy's status.
 */
export const demoCommand: Command = {
  name: "demo",
  summary: localized(demoMessages, "summary"),
  usage: localized(demoMessages, "usage"),
  flags: {
    out: {
      type: "string",
      description: localized(demoMessages, "flag.out"),
    },
    "as-of": {
      type: "string",
      description: localized(demoMessages, "flag.asOf"),
    },
  },
  async run(args, ctx) {
    const w = t[ctx.lang];
    const out = ctx.io.stdout;
    const asOf =
      typeof args.flags["as-of"] === "string"
        ? args.flags["as-of"]
        : todayIn(MENDOZA_2024_2026.city.timeZone, new Date());
    const dir =
      typeof args.flags.out === "string"
        ? userPath(ctx, args.flags.out)
        : await mkdtemp(join(tmpdir(), "ciudata-demo-"));
    out(`${w.title}\n\n`);

    // 1. A local portal with the generated sample catalog, on loopback only.
    const snapshot = join(dir, "portal");
    await writeSampleSnapshot(snapshot);
    const server = await servePortal(snapshot);
    const written: string[] = [];
    try {
      out(`${w.portal} ${server.url}\n`);

      // 2. The catalog through the same client a city's CKAN would use.
      const portal = createPortal(server.url, { platform: "ckan" });
      out(`\n${w.catalog}\n`);
      const datasets: Dataset[] = [];
      for await (const d of portal.datasets()) {
        datasets.push(d);
        out(
          `  - ${d.title} (${d.organization?.title ?? "—"}, ${d.resources.map((r) => r.format).join(", ")})\n`,
        );
      }

      // 3. Download one resource and review it in ONE pass: quality, privacy risk and disaggregation.
      out(`\n${w.registry}\n`);
      const registry = datasets.find((d) => d.name?.startsWith("registro-programa")) ?? datasets[0];
      const resource = registry?.resources[0];
      if (registry && resource) {
        const download = await portal.download(resource);
        const risk = riskCheck({ qi: ["seccion", "grupo_etario", "integrantes_hogar"], k: 5 });
        const { report, scores } = await review(download.body, {
          lang: ctx.lang,
          name: registry.name ?? "registro",
          asOf,
          checks: [risk, ...disaggregationChecks()],
        });
        out(indent(renderText(report, scores, ctx.lang, { formulas: false, maxPerType: 2 })));
        const violations = risk.result()?.violations.find((v) => v.k === 5)?.records ?? 0;
        out(`  ${w.risk(5, violations)}\n`);
        const html = join(dir, `${registry.name ?? "registro"}.html`);
        await writeFileAtomic(html, renderHtml(report, scores, ctx.lang));
        written.push(html);
      }
    } finally {
      await server.close();
    }

    // 4. The embedded messy registry: how it is written, then the review against its schema.
    out(`\n${w.padron}\n`);
    const info = await inspectTable(demoBytes(), { lang: ctx.lang, name: "padron-demo" });
    out(indent(detectedText(info, ctx.lang)));
    const { report, scores } = await review(demoBytes(), {
      schema: DEMO_SCHEMA,
      lang: ctx.lang,
      name: "padron-demo",
      asOf,
    });
    out(`\n${indent(renderText(report, scores, ctx.lang, { formulas: false, maxPerType: 3 }))}`);
    const padronHtml = join(dir, "padron-demo.html");
    await writeFileAtomic(padronHtml, renderHtml(report, scores, ctx.lang));
    await writeFileAtomic(join(dir, "padron-demo.report.json"), renderJson(report, scores));
    await writeFileAtomic(join(dir, "padron-demo.schema.json"), `${JSON.stringify(info.schema, null, 2)}\n`);
    written.push(padronHtml);

    // 5. The strategy's status as of the review date.
    out(`\n${w.strategy} ${asOf}\n`);
    await strategyStatus(asOf, ctx);

    out(`\n${w.look}:\n`);
    for (const path of written) out(`  ${w.wrote}: ${path}\n`);
    out(`  ${w.masked}\n  ${w.next}\n`);
    return 0;
  },
};

async function strategyStatus(asOf: string, ctx: CommandContext): Promise<void> {
  let text = "";
  const inner: CommandContext = { ...ctx, io: { ...ctx.io, stdout: (s) => (text += s) } };
  await strategyCommand.run(
    { positionals: ["status"], flags: { preset: "mendoza-2024-2026", "as-of": asOf } },
    inner,
  );
  // The first lines (progress per pillar, overdue count) are the status; the long lists stay in the report.
  const lines = text.split("\n");
  const cut = lines.findIndex((l, i) => i > 0 && /^\S.*\(\d+\):$/.test(l));
  ctx.io.stdout(indent(`${lines.slice(0, cut > 0 ? cut + 4 : 12).join("\n")}\n`));
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
