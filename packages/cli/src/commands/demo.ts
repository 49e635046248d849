import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translator } from "@ciudata/core";
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
    const w = translator(demoMessages, ctx.lang).t;
    const out = ctx.io.stdout;
    const asOf =
      typeof args.flags["as-of"] === "string"
        ? args.flags["as-of"]
        : todayIn(MENDOZA_2024_2026.city.timeZone, new Date());
    const dir =
      typeof args.flags.out === "string"
        ? userPath(ctx, args.flags.out)
        : await mkdtemp(join(tmpdir(), "ciudata-demo-"));
    out(`${w("title")}\n\n`);

    // 1. A local portal with the generated sample catalog, on loopback only.
    const snapshot = join(dir, "portal");
    await writeSampleSnapshot(snapshot);
    const server = await servePortal(snapshot);
    const written: string[] = [];
    try {
      out(`${w("portal")} ${server.url}\n`);

      // 2. The catalog through the same client a city's CKAN would use.
      const portal = createPortal(server.url, { platform: "ckan" });
      out(`\n${w("catalog")}\n`);
      const datasets: Dataset[] = [];
      for await (const d of portal.datasets()) {
        datasets.push(d);
        out(
          `  - ${d.title} (${d.organization?.title ?? "—"}, ${d.resources.map((r) => r.format).join(", ")})\n`,
        );
      }

      // 3. Download one resource and review it in ONE pass: quality, privacy risk and disaggregation.
      out(`\n${w("registry")}\n`);
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
        out(`  ${w("risk", { k: 5, records: violations })}\n`);
        const html = join(dir, `${registry.name ?? "registro"}.html`);
        await writeFileAtomic(html, renderHtml(report, scores, ctx.lang));
        written.push(html);
      }
    } finally {
      await server.close();
    }

    // 4. The embedded messy registry: how it is written, then the review against its schema.
    out(`\n${w("padron")}\n`);
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
    out(`\n${w("strategy")} ${asOf}\n`);
    await strategyStatus(asOf, ctx);

    out(`\n${w("look")}:\n`);
    for (const path of written) out(`  ${w("wrote")}: ${path}\n`);
    out(`  ${w("masked")}\n  ${w("next")}\n`);
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
