import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translator } from "@ciudata/core";
import { disaggregationChecks } from "@ciudata/disaggregation";
import { createPortal, type Dataset } from "@ciudata/open-data";
import { servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { personalFields, riskCheck } from "@ciudata/privacy";
import { renderHtml, renderJson, renderText, review } from "@ciudata/quality";
import {
  getPreset,
  isRealDate,
  MENDOZA_2024_2026,
  type StrategyDocument,
  strategyReport,
  todayIn,
} from "@ciudata/strategy";
import { inspectTable } from "@ciudata/table";
import { issueCatalogs } from "../../catalogs";
import type { CommandContext, Handler } from "../../declare";
import { DEMO_SCHEMA, demoBytes } from "../../demo/data";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { userPath, writeOutput } from "../../io";
import { localized } from "../../messages";
import { demoMessages } from "../../messages/demo";
import { strategyMessages } from "../../messages/strategy";
import { detectedText } from "../_detected-text";
import { strategyStatusText } from "../strategy/run";

/**
 * Runs `ciudata demo`: the main job, offline, on the embedded defaults: a local portal with the sample
 * catalog, a resource downloaded and reviewed in one pass, a messy registry, and the strategy's status.
 */
export const runDemo: Handler = async (args, ctx) => {
  const w = translator(demoMessages, ctx.lang).t;
  const asOf =
    typeof args.flags["as-of"] === "string"
      ? checkDate(args.flags["as-of"])
      : todayIn(MENDOZA_2024_2026.city.timeZone, new Date());
  const dir =
    typeof args.flags.out === "string"
      ? userPath(ctx, args.flags.out)
      : await mkdtemp(join(tmpdir(), "ciudata-demo-"));
  const t = transcript();
  const summary: Record<string, unknown> = { asOf, folder: dir };

  // 1. A local portal with the generated sample catalog, on loopback only.
  const snapshot = join(dir, "portal");
  await writeSampleSnapshot(snapshot);
  const server = await servePortal(snapshot);
  const written: string[] = [];
  try {
    t.heading(`${w("portal")} ${server.url}`);
    summary.portal = server.url;

    // 2. The catalog through the same client a city's CKAN would use.
    const portal = createPortal(server.url, { platform: "ckan" });
    const datasets: Dataset[] = [];
    for await (const d of portal.datasets()) datasets.push(d);
    t.heading(w("catalog"));
    t.items(
      datasets.map(
        (d) => `${d.title} (${d.organization?.title ?? "—"}, ${d.resources.map((r) => r.format).join(", ")})`,
      ),
    );
    summary.datasets = datasets.map((d) => d.name);

    // 3. Download one resource and review it in ONE pass: quality, privacy risk and disaggregation.
    t.heading(w("registry"));
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
        // Privacy and disaggregation findings worded by their own packages' catalogs.
        catalogs: issueCatalogs,
        masking: { personal: personalFields },
      });
      t.pre(
        renderText(report, scores, ctx.lang, { formulas: false, maxPerType: 2, catalogs: issueCatalogs }),
      );
      const violations = risk.result()?.violations.find((v) => v.k === 5)?.records ?? 0;
      t.line(w("risk", { k: 5, records: violations }));
      const html = join(dir, `${registry.name ?? "registro"}.html`);
      await writeOutput(ctx, html, renderHtml(report, scores, ctx.lang, { catalogs: issueCatalogs }));
      written.push(html);
      summary.registry = {
        name: registry.name,
        valid: report.valid,
        score: scores.overall,
        belowK5: violations,
      };
    }
  } finally {
    await server.close();
  }

  // 4. The embedded messy registry: how it is written, then the review against its schema.
  t.heading(w("padron"));
  const info = await inspectTable(demoBytes(), {
    lang: ctx.lang,
    name: "padron-demo",
    masking: { personal: personalFields },
  });
  t.pre(detectedText(info, ctx.lang));
  const { report, scores } = await review(demoBytes(), {
    schema: DEMO_SCHEMA,
    lang: ctx.lang,
    name: "padron-demo",
    asOf,
    masking: { personal: personalFields },
  });
  t.pre(renderText(report, scores, ctx.lang, { formulas: false, maxPerType: 3, catalogs: issueCatalogs }));
  const padronHtml = join(dir, "padron-demo.html");
  await writeOutput(ctx, padronHtml, renderHtml(report, scores, ctx.lang, { catalogs: issueCatalogs }));
  await writeOutput(ctx, join(dir, "padron-demo.report.json"), renderJson(report, scores));
  await writeOutput(ctx, join(dir, "padron-demo.schema.json"), `${JSON.stringify(info.schema, null, 2)}\n`);
  written.push(padronHtml);
  summary.padron = { valid: report.valid, score: scores.overall, errors: report.stats.errors };

  // 5. The strategy's status as of the review date.
  t.heading(`${w("strategy")} ${asOf}`);
  t.pre(strategyStatus(asOf, ctx));

  t.heading(`${w("look")}:`);
  t.items(written.map((path) => `${w("wrote")}: ${path}`));
  t.line(w("masked"));
  t.line(w("next"));
  summary.written = written;
  return {
    exitCode: 0,
    report: {
      json: () => summary,
      text: () => `${w("title")}\n${t.text()}`,
      doc: () => ({ title: w("title"), lang: ctx.lang, blocks: t.blocks }),
    },
  };
};

/** The demo's walkthrough, kept as terminal text and as document blocks (for md and html). */
function transcript() {
  const blocks: Block[] = [];
  const parts: string[] = [];
  return {
    blocks,
    text: () => parts.join(""),
    heading(text: string) {
      blocks.push({ kind: "heading", text });
      parts.push(`\n${text}\n`);
    },
    line(text: string) {
      blocks.push({ kind: "paragraph", text });
      parts.push(`  ${text}\n`);
    },
    items(items: readonly string[]) {
      blocks.push({ kind: "list", items });
      parts.push(...items.map((i) => `  - ${i}\n`));
    },
    pre(text: string) {
      blocks.push({ kind: "pre", text });
      parts.push(indent(text.endsWith("\n") ? text : `${text}\n`));
    },
  };
}

function strategyStatus(asOf: string, ctx: CommandContext): string {
  const strategy = getPreset("mendoza-2024-2026") as StrategyDocument; // a built-in preset: always there
  const text = strategyStatusText(strategyReport(strategy, asOf, { lang: ctx.lang }), ctx.lang);
  // The first lines (progress per pillar, overdue count) are the status; the long lists stay in the report.
  const lines = text.split("\n");
  const cut = lines.findIndex((l, i) => i > 0 && /^\S.*\(\d+\):$/.test(l));
  return `${lines.slice(0, cut > 0 ? cut + 4 : 12).join("\n")}\n`;
}

function checkDate(value: string): string {
  if (isRealDate(value)) return value;
  throw new UsageError({
    kind: "custom",
    message: localized(strategyMessages, "checkDate", { flag: "as-of", value }),
  });
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
