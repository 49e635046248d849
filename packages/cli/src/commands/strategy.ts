import { type Issue, type Lang, translator } from "@ciudata/core";
import {
  diffStrategy,
  formatPct,
  isRealDate,
  PRESETS,
  renderHtml,
  renderJson,
  renderMarkdown,
  STATUS_LABELS,
  type StrategyDocument,
  strategyReport,
  todayIn,
} from "@ciudata/strategy";
import { loadStrategySource, type StrategyFileRead } from "@ciudata/strategy/node";
import { issueText } from "../catalogs";
import { UsageError } from "../errors";
import { EXIT_INVALID } from "../exit-codes";
import { localized } from "../messages";
import { strategyMessages } from "../messages/strategy";
import type { Command, CommandContext, ParsedArgs } from "../types";
import { refuseOverwrite, userPath, writeOutput } from "./_io";

const SUBCOMMANDS = ["check", "status", "report", "diff"] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const FORMATS = ["md", "html", "json"] as const;
type Format = (typeof FORMATS)[number];

const presetList = Object.keys(PRESETS).join(", ");

/**
 * `ciudata strategy check|status|report|diff <file|preset>`: check a strategy file, show its status or write
 * its report (Markdown, HTML or JSON) as of a date, or show what changed between two dates.
 */
export const strategyCommand: Command = {
  name: "strategy",
  summary: localized(strategyMessages, "summary"),
  usage: localized(strategyMessages, "usage", { presetList }),
  flags: {
    preset: {
      type: "string",
      description: localized(strategyMessages, "flag.preset", { presetList }),
    },
    "as-of": {
      type: "string",
      description: localized(strategyMessages, "flag.asOf"),
    },
    from: {
      type: "string",
      description: localized(strategyMessages, "flag.from"),
    },
    to: {
      type: "string",
      description: localized(strategyMessages, "flag.to"),
    },
    format: {
      type: "string",
      description: localized(strategyMessages, "flag.format"),
    },
    out: {
      type: "string",
      description: localized(strategyMessages, "flag.out"),
    },
  },
  async run(args, ctx) {
    const [sub, target, extra] = args.positionals;
    if (sub === undefined)
      throw new UsageError({ kind: "missing-argument", argument: "check|status|report|diff" });
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw badChoice("subcommand", sub, SUBCOMMANDS);
    const preset = typeof args.flags.preset === "string" ? args.flags.preset : undefined;
    if (extra !== undefined || (preset !== undefined && target !== undefined))
      throw new UsageError({ kind: "extra-argument", argument: extra ?? (target as string) });
    const source = preset ?? target;
    if (source === undefined) throw new UsageError({ kind: "missing-argument", argument: "file|preset" });
    if (preset !== undefined && !(preset in PRESETS))
      throw badChoice("--preset", preset, Object.keys(PRESETS));
    refuseOverwrite(
      ctx,
      [typeof args.flags.out === "string" ? args.flags.out : undefined],
      [source in PRESETS ? undefined : source],
    );

    const read = await readSource(source, ctx);
    const w = translator(strategyMessages, ctx.lang).t;
    if (!read.ok) {
      ctx.io.stderr(`${w("invalid")} (${read.source}):\n${lines(read.issues, ctx.lang)}\n`);
      return EXIT_INVALID;
    }
    const doc = read.document;
    const warnings = read.issues.filter((i) => i.severity === "warning");
    if (warnings.length) ctx.io.stderr(`${w("warnings")}:\n${lines(warnings, ctx.lang)}\n`);

    switch (sub as Subcommand) {
      case "check":
        ctx.io.stdout(
          `${w("checked", {
            title: doc.strategy.title[ctx.lang] ?? doc.strategy.title.es,
            pillars: doc.pillars.length,
            actions: doc.actions.length,
            indicators: doc.indicators.length,
          })}\n`,
        );
        return 0;
      case "status":
        return status(doc, args, ctx);
      case "report":
        return report(doc, args, ctx);
      case "diff":
        return diff(doc, args, ctx);
    }
  },
};

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
  if (value === undefined || value === false) return todayIn(doc.city.timeZone, new Date());
  return checkDate(String(value), flag);
}

function checkDate(value: string, flag: string): string {
  if (isRealDate(value)) return value;
  throw new UsageError({
    kind: "custom",
    message: localized(strategyMessages, "checkDate", { flag, value }),
  });
}

function badChoice(what: string, received: string, options: readonly string[]): UsageError {
  const list = options.join(", ");
  return new UsageError({
    kind: "custom",
    message: localized(strategyMessages, "badChoice", { what, list, received }),
  });
}

function chooseFormat(args: ParsedArgs, fallback: Format | "text"): Format | "text" {
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  const fromOut = out ? /\.(json|md|html)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
  const value = args.flags.format ?? fromOut;
  if (value === undefined || value === false) return fallback;
  if (typeof value === "string" && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw badChoice("--format", String(value), FORMATS);
}

async function emit(text: string, args: ParsedArgs, ctx: CommandContext): Promise<void> {
  if (typeof args.flags.out === "string") {
    const source = typeof args.flags.preset === "string" ? undefined : args.positionals[1];
    const path = await writeOutput(ctx, args.flags.out, text, { inputs: [source] });
    ctx.io.stdout(`${translator(strategyMessages, ctx.lang).t("wrote")}: ${path}\n`);
  } else ctx.io.stdout(text);
}

async function status(doc: StrategyDocument, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const asOf = asOfFlag(args, doc);
  const format = chooseFormat(args, "text");
  const r = strategyReport(doc, asOf, { lang: ctx.lang });
  if (format !== "text") {
    await emit(
      format === "json" ? renderJson(r) : format === "html" ? renderHtml(r) : renderMarkdown(r),
      args,
      ctx,
    );
    return 0;
  }
  const w = translator(strategyMessages, ctx.lang).t;
  const pct = (p: typeof r.progress) =>
    `${formatPct(p.completePct, ctx.lang)} ${w("complete")} (${p.counts.complete}/${p.total}), ${formatPct(p.weightedPct, ctx.lang)} ${w("weighted")}`;
  const out = [`${r.strategy.title} — ${w("asOf")} ${asOf}`, `${w("overall")}: ${pct(r.progress)}`];
  for (const p of r.pillars) out.push(`  ${p.order}. ${p.title}: ${pct(p.progress)}`);
  const title = new Map(r.actions.map((a) => [a.id, a]));
  out.push(`${w("overdue")} (${r.overdue.length}):`);
  for (const id of r.overdue) {
    const a = title.get(id);
    if (a) out.push(`  - ${a.due} ${a.title} [${a.statusLabel}]`);
  }
  out.push(`${w("next")}:`);
  for (const n of r.nextDeadlines) out.push(`  - ${n.due} ${n.title} [${STATUS_LABELS[ctx.lang][n.status]}]`);
  if (!r.nextDeadlines.length) out.push(`  ${w("none")}`);
  await emit(`${out.join("\n")}\n`, args, ctx);
  return 0;
}

async function report(doc: StrategyDocument, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const asOf = asOfFlag(args, doc);
  const format = chooseFormat(args, "md");
  const r = strategyReport(doc, asOf, { lang: ctx.lang });
  await emit(
    format === "json" ? renderJson(r) : format === "html" ? renderHtml(r) : renderMarkdown(r),
    args,
    ctx,
  );
  return 0;
}

async function diff(doc: StrategyDocument, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (typeof args.flags.from !== "string") throw new UsageError({ kind: "missing-value", flag: "from" });
  const from = checkDate(args.flags.from, "from");
  const to = asOfFlag(args, doc, "to");
  if (from > to)
    throw new UsageError({
      kind: "custom",
      message: localized(strategyMessages, "diff", { from, to }),
    });
  const d = diffStrategy(doc, from, to);
  const format = chooseFormat(args, "text");
  if (format === "json") {
    await emit(`${JSON.stringify(d, null, 2)}\n`, args, ctx);
    return 0;
  }
  const w = translator(strategyMessages, ctx.lang).t;
  const labels = STATUS_LABELS[ctx.lang];
  const name = new Map(doc.actions.map((a) => [a.id, a.title[ctx.lang] ?? a.title.es]));
  const out = [`${doc.strategy.title[ctx.lang] ?? doc.strategy.title.es}: ${from} → ${to}`];
  out.push(
    `${w("progress")}: ${formatPct(d.progress.from.weightedPct, ctx.lang)} → ${formatPct(d.progress.to.weightedPct, ctx.lang)}`,
  );
  out.push(`${w("changes")} (${d.statusChanges.length}):`);
  for (const c of d.statusChanges)
    out.push(`  - ${name.get(c.actionId)}: ${labels[c.from]} → ${labels[c.to]}`);
  out.push(`${w("newlyOverdue")} (${d.newlyOverdue.length}):`);
  for (const id of d.newlyOverdue) out.push(`  - ${name.get(id)}`);
  await emit(`${out.join("\n")}\n`, args, ctx);
  return 0;
}
