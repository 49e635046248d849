import { type Issue, type Lang, translator } from "@ciudata/core";
import {
  diffStrategy,
  diffStrategyVersions,
  formatPct,
  type InventoryStatus,
  inventoryStatus,
  isRealDate,
  PRESETS,
  renderHtml,
  renderMarkdown,
  STATUS_LABELS,
  type StrategyDiff,
  type StrategyDocument,
  type StrategyReport,
  strategyReport,
  todayIn,
} from "@ciudata/strategy";
import { loadStrategySource, type StrategyFileRead } from "@ciudata/strategy/node";
import { issueText } from "../../catalogs";
import type { CommandContext, Handler, Outcome, ParsedArgs, Printable } from "../../declare";
import type { Doc } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { userPath } from "../../io";
import { localized } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";
import { strategyMessages } from "../../messages/strategy";
import { listInvalid, readInventory } from "../inventory/file";
import { importStrategy } from "./import";
import { newStrategy } from "./new";
import { update } from "./update";

const presetList = Object.keys(PRESETS).join(", ");

/**
 * Runs `ciudata strategy new|import|check|status|report|diff|update` (`new` writes the template, `import` a
 * strategy from a sheet of actions): reads the strategy (a file or a built-in one), and
 * returns what the subcommand shows; an invalid strategy is listed on standard error (exit 1). `update`
 * appends a status change to an action's history in the file (written atomically, untouched on any error).
 */
export const runStrategy: Handler = async (args, ctx) => {
  const [sub, target, second] = args.positionals as [string, string | undefined, string | undefined];
  const preset = typeof args.flags.preset === "string" ? args.flags.preset : undefined;
  if (preset !== undefined && target !== undefined)
    throw new UsageError({ kind: "extra-argument", argument: target });
  // Only `diff` compares two files.
  if (second !== undefined && sub !== "diff")
    throw new UsageError({ kind: "extra-argument", argument: second });
  const source = preset ?? target;
  if (source === undefined) throw new UsageError({ kind: "missing-argument", argument: "file|preset" });
  if ((sub === "new" || sub === "import") && preset !== undefined)
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "writeNeedsFile", { sub }) });
  if (sub === "new") return newStrategy(source, args, ctx);
  if (sub === "import") return importStrategy(source, args, ctx);
  if (sub === "update") return update(source, preset !== undefined || source in PRESETS, args, ctx);

  const read = await readSource(source, ctx);
  const w = translator(strategyMessages, ctx.lang).t;
  if (!read.ok) {
    ctx.io.stderr(`${w("invalid")} (${read.source}):\n${lines(read.issues, ctx.lang)}\n`);
    return EXIT_INVALID;
  }
  const doc = read.document;
  const warnings = read.issues.filter((i) => i.severity === "warning");
  // `check` lists the warnings; the other subcommands only say how many there are.
  if (warnings.length && sub === "check") ctx.io.stderr(`${w("warnings")}:\n${lines(warnings, ctx.lang)}\n`);
  else if (warnings.length) ctx.io.stderr(`${w("warningsHint", { count: warnings.length })}\n`);

  switch (sub) {
    case "check":
      return ok(checked(doc, warnings, ctx.lang));
    case "status": {
      const asOf = asOfFlag(args, doc);
      const r = strategyReport(doc, asOf, { lang: ctx.lang, ...(await inventoryOption(args, asOf, ctx)) });
      return ok({ ...reportRenderings(r), text: () => strategyStatusText(r, ctx.lang) });
    }
    case "report": {
      const asOf = asOfFlag(args, doc);
      const r = strategyReport(doc, asOf, { lang: ctx.lang, ...(await inventoryOption(args, asOf, ctx)) });
      // The report is a document: Markdown unless another format is asked for.
      return ok({ ...reportRenderings(r), text: () => renderMarkdown(r) });
    }
    default: {
      if (second === undefined) return ok(diff(doc, args, ctx.lang));
      const other = await readSource(second, ctx);
      if (!other.ok) {
        ctx.io.stderr(`${w("invalid")} (${other.source}):\n${lines(other.issues, ctx.lang)}\n`);
        return EXIT_INVALID;
      }
      const asOf = asOfFlag(args, other.document);
      const d = diffStrategyVersions(doc, other.document, asOf);
      const title = `${titleOf(other.document, ctx.lang)}: ${source} → ${second} (${w("asOf")} ${asOf})`;
      return ok(diffPrintable(other.document, d, title, ctx.lang));
    }
  }
};

const ok = (report: Printable): Outcome => ({ exitCode: 0, report });

/** `--inventory <file>`: the inventory's status on the day, for the inventory action's measured progress. */
async function inventoryOption(
  args: ParsedArgs,
  asOf: string,
  ctx: CommandContext,
): Promise<{ inventory?: { status: InventoryStatus } }> {
  if (typeof args.flags.inventory !== "string") return {};
  const read = await readInventory(ctx, args.flags.inventory);
  if (!read.ok) {
    listInvalid(ctx, args.flags.inventory, read.issues);
    throw new UsageError({
      kind: "custom",
      message: localized(inventoryMessages, "invalid", { file: args.flags.inventory }),
    });
  }
  return { inventory: { status: inventoryStatus(read.inventory, asOf) } };
}

async function readSource(source: string, ctx: CommandContext): Promise<StrategyFileRead> {
  const path = source in PRESETS ? source : userPath(ctx, source);
  try {
    return await loadStrategySource(path);
  } catch {
    throw new UsageError({
      kind: "custom",
      message: localized(strategyMessages, "readSource", { source, presetList }),
    });
  }
}

function lines(issues: readonly Issue[], lang: Lang): string {
  return issues.map((i) => `  ${issueText(i, lang)}`).join("\n");
}

function asOfFlag(args: ParsedArgs, doc: StrategyDocument, flag = "as-of"): string {
  const value = args.flags[flag];
  if (typeof value !== "string") return todayIn(doc.city.timeZone, new Date());
  return checkDate(value, flag);
}

function checkDate(value: string, flag: string): string {
  if (isRealDate(value)) return value;
  throw new UsageError({
    kind: "custom",
    message: localized(strategyMessages, "checkDate", { flag, value }),
  });
}

const titleOf = (doc: StrategyDocument, lang: Lang) => doc.strategy.title[lang] ?? doc.strategy.title.es;

function checked(doc: StrategyDocument, warnings: readonly Issue[], lang: Lang): Printable {
  const { t } = translator(strategyMessages, lang);
  const counts = {
    pillars: doc.pillars.length,
    actions: doc.actions.length,
    indicators: doc.indicators.length,
  };
  const line = t("checked", { title: titleOf(doc, lang), ...counts });
  const warningTexts = warnings.map((i) => issueText(i, lang));
  return {
    json: () => ({ valid: true, title: titleOf(doc, lang), ...counts, warnings: warningTexts }),
    text: () => `${line}\n`,
    doc: () => ({
      title: t("valid"),
      lang,
      blocks: [
        { kind: "paragraph", text: line },
        ...(warningTexts.length
          ? [
              { kind: "heading", text: t("warnings") } as const,
              { kind: "list", items: warningTexts } as const,
            ]
          : []),
      ],
    }),
  };
}

/** The JSON, Markdown and HTML of a strategy report, from `@ciudata/strategy`'s renderers. */
function reportRenderings(r: StrategyReport): Printable {
  return { json: () => r, md: () => renderMarkdown(r), html: () => renderHtml(r) };
}

/**
 * A strategy's status as text: progress overall and per pillar, the overdue actions and the next
 * deadlines (what `ciudata strategy status` prints; the demo shows its first lines).
 *
 * @example
 * ```ts
 * strategyStatusText(strategyReport(doc, "2024-10-01", { lang: "es" }), "es");
 * // "Estrategia de Datos de Mendoza 2024-2026 — al 2024-10-01\nAvance: …"
 * ```
 */
export function strategyStatusText(r: StrategyReport, lang: Lang): string {
  const w = translator(strategyMessages, lang).t;
  const pct = (p: StrategyReport["progress"]) =>
    `${formatPct(p.completePct, lang)} ${w("complete")} (${p.counts.complete}/${p.total}), ${formatPct(p.weightedPct, lang)} ${w("weighted")}`;
  const out = [`${r.strategy.title} — ${w("asOf")} ${r.asOf}`, `${w("overall")}: ${pct(r.progress)}`];
  for (const p of r.pillars) out.push(`  ${p.order}. ${p.title}: ${pct(p.progress)}`);
  const byId = new Map(r.actions.map((a) => [a.id, a]));
  out.push(`${w("overdue")} (${r.overdue.length}):`);
  for (const id of r.overdue) {
    const a = byId.get(id);
    if (a) out.push(`  - ${a.due} ${a.title} [${a.statusLabel}]`);
  }
  out.push(`${w("next")}:`);
  for (const n of r.nextDeadlines) out.push(`  - ${n.due} ${n.title} [${STATUS_LABELS[lang][n.status]}]`);
  if (!r.nextDeadlines.length) out.push(`  ${w("none")}`);
  return `${out.join("\n")}\n`;
}

function diff(doc: StrategyDocument, args: ParsedArgs, lang: Lang): Printable {
  if (typeof args.flags.from !== "string") throw new UsageError({ kind: "missing-value", flag: "--from" });
  const from = checkDate(args.flags.from, "from");
  const to = asOfFlag(args, doc, "to");
  if (from > to)
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "diff", { from, to }) });
  return diffPrintable(doc, diffStrategy(doc, from, to), `${titleOf(doc, lang)}: ${from} → ${to}`, lang);
}

/** A strategy diff as text, JSON, Markdown and HTML (through the one report printer). */
function diffPrintable(doc: StrategyDocument, d: StrategyDiff, title: string, lang: Lang): Printable {
  const w = translator(strategyMessages, lang).t;
  const labels = STATUS_LABELS[lang];
  const name = new Map(doc.actions.map((a) => [a.id, a.title[lang] ?? a.title.es]));
  const progress = `${w("progress")}: ${formatPct(d.progress.from.weightedPct, lang)} → ${formatPct(d.progress.to.weightedPct, lang)}`;
  const changes = d.statusChanges.map((c) => `${name.get(c.actionId)}: ${labels[c.from]} → ${labels[c.to]}`);
  const overdue = d.newlyOverdue.map((id) => name.get(id) ?? id);
  const asDoc = (): Doc => ({
    title,
    lang,
    blocks: [
      { kind: "paragraph", text: progress },
      { kind: "heading", text: `${w("changes")} (${changes.length})` },
      changes.length ? { kind: "list", items: changes } : { kind: "paragraph", text: w("none") },
      { kind: "heading", text: `${w("newlyOverdue")} (${overdue.length})` },
      overdue.length ? { kind: "list", items: overdue } : { kind: "paragraph", text: w("none") },
    ],
  });
  const text = [
    title,
    progress,
    `${w("changes")} (${changes.length}):`,
    ...changes.map((c) => `  - ${c}`),
    `${w("newlyOverdue")} (${overdue.length}):`,
    ...overdue.map((o) => `  - ${o}`),
  ];
  return { json: () => d, text: () => `${text.join("\n")}\n`, doc: asDoc };
}
