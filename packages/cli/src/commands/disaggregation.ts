import { type Lang, maskCell, translator } from "@ciudata/core";
import {
  aggregateJson,
  aggregateRows,
  aggregateTable,
  createNormaliser,
  type DisaggregationCheckOptions,
  detectLayout,
  disaggregationChecks,
  type Mapping,
  mendozaStandard,
  NormaliseAudit,
  type Normaliser,
  type Standard,
  withCodeList,
} from "@ciudata/disaggregation";
import { loadBarrioList, loadMapping, loadStandard } from "@ciudata/disaggregation/node";
import {
  type Check,
  type ReadLimits,
  type Report,
  type TableError,
  validateTable,
  writeCsv,
} from "@ciudata/table";
import { issueText } from "../catalogs";
import { UsageError } from "../errors";
import { EXIT_INVALID, EXIT_UNREADABLE, isUnreadable } from "../exit-codes";
import { localized, perLang } from "../messages";
import { disaggregationMessages } from "../messages/disaggregation";
import type { Command, CommandContext, LocalizedText } from "../types";
import { openInput } from "./_input";
import { escapeFormulas, NO_FORMULA_ESCAPE, refuseOverwrite, userPath, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

const SUBCOMMANDS = ["check", "normalize", "aggregate"] as const;
type Sub = (typeof SUBCOMMANDS)[number];

const custom = (message: LocalizedText) => new UsageError({ kind: "custom", message });

/**
 * `ciudata disaggregation check|normalize|aggregate <file>`: the disaggregated-data standard on a table —
 * checks (required dimensions, unknowns, code lists, age bands, totals, cross-cells), normalisation of messy
 * values with a suggested mapping, and aggregation from microdata with small-cell suppression.
 */
export const disaggregationCommand: Command = {
  name: "disaggregation",
  summary: localized(disaggregationMessages, "summary"),
  usage: localized(disaggregationMessages, "usage"),
  flags: {
    standard: {
      type: "string",
      description: localized(disaggregationMessages, "flag.standard"),
    },
    dataset: {
      type: "string",
      description: localized(disaggregationMessages, "flag.dataset"),
    },
    mapping: {
      type: "string",
      description: localized(disaggregationMessages, "flag.mapping"),
    },
    "mapping-out": {
      type: "string",
      description: localized(disaggregationMessages, "flag.mappingOut"),
    },
    barrios: {
      type: "string",
      description: localized(disaggregationMessages, "flag.barrios"),
    },
    "sex-letters": {
      type: "string",
      description: localized(disaggregationMessages, "flag.sexLetters"),
    },
    by: {
      type: "string",
      description: localized(disaggregationMessages, "flag.by"),
    },
    measure: {
      type: "string",
      description: localized(disaggregationMessages, "flag.measure"),
    },
    threshold: {
      type: "string",
      description: localized(disaggregationMessages, "flag.threshold"),
    },
    format: {
      type: "string",
      description: localized(disaggregationMessages, "flag.format"),
    },
    encoding: {
      type: "string",
      description: localized(disaggregationMessages, "flag.encoding"),
    },
    json: {
      type: "boolean",
      description: localized(disaggregationMessages, "flag.json"),
    },
    out: {
      type: "string",
      description: localized(disaggregationMessages, "flag.out"),
    },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [sub, target, extra] = args.positionals;
    if (sub === undefined)
      throw new UsageError({ kind: "missing-argument", argument: "check|normalize|aggregate" });
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw custom(localized(disaggregationMessages, "unknownSubcommand", { sub }));
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const flag = (name: string) =>
      typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
    // No output may be one of the files read: checked before reading any of them.
    refuseOverwrite(
      ctx,
      [flag("out"), flag("mapping-out")],
      [target, flag("standard"), flag("barrios"), flag("mapping")],
    );
    const limits = readLimits(args);
    const options = { ...(await commonOptions(flag, ctx, target, escapeFormulas(args))), limits };
    switch (sub as Sub) {
      case "check":
        return check(target, options, flag, args.flags.json === true, ctx);
      case "normalize":
        return normalize(target, options, flag, ctx);
      default:
        return aggregate(target, options, flag, ctx);
    }
  },
};

type Flag = (name: string) => string | undefined;
interface Common {
  /** Every file read, so no output is written over one. */
  inputs: string[];
  /** Escape formula-leading cells in CSV output (unless `--no-formula-escape`). */
  escapeFormulas: boolean;
  standard: Standard;
  mapping?: Mapping;
  checks: DisaggregationCheckOptions;
  encoding?: string;
  /** Reader limits from `--limit`. */
  limits?: Partial<ReadLimits>;
}

function problems(what: LocalizedText, errors: readonly TableError[]): UsageError {
  return custom(
    perLang((lang) => [`${what[lang]}:`, ...errors.map((e) => `  ${issueText(e, lang)}`)].join("\n")),
  );
}

async function commonOptions(
  flag: Flag,
  ctx: CommandContext,
  target: string,
  escapeCsv: boolean,
): Promise<Common> {
  const inputs = [target, flag("standard"), flag("barrios"), flag("mapping")].filter(
    (p): p is string => p !== undefined,
  );
  let standard = mendozaStandard();
  const standardPath = flag("standard");
  if (standardPath) {
    const r = await loadStandard(userPath(ctx, standardPath));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badStandard", { standardPath }), r.errors);
    standard = r.standard;
  }
  const barrios = flag("barrios");
  if (barrios) {
    const r = await loadBarrioList(userPath(ctx, barrios));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badBarrios", { barrios }), r.errors);
    standard = withCodeList(standard, r.list);
  }
  let mapping: Mapping | undefined;
  const mappingPath = flag("mapping");
  if (mappingPath) {
    const r = await loadMapping(userPath(ctx, mappingPath));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badMapping", { mappingPath }), r.errors);
    mapping = r.mapping;
  }
  const letters = flag("sex-letters");
  if (letters !== undefined && letters !== "dni" && letters !== "curp")
    throw custom(localized(disaggregationMessages, "badSexLetters", { letters }));
  const dataset = flag("dataset");
  if (dataset !== undefined && !standard.datasets[dataset])
    throw custom(
      localized(disaggregationMessages, "unknownDataset", {
        dataset,
        value: Object.keys(standard.datasets).join(", "),
      }),
    );
  const checks: DisaggregationCheckOptions = {
    standard,
    ...(mapping ? { mapping } : {}),
    ...(letters ? { sexLetters: letters } : {}),
    ...(dataset ? { dataset } : {}),
  };
  const encoding = flag("encoding");
  return {
    inputs,
    escapeFormulas: escapeCsv,
    standard,
    ...(mapping ? { mapping } : {}),
    checks,
    ...(encoding ? { encoding } : {}),
  };
}

async function check(
  target: string,
  o: Common,
  flag: Flag,
  json: boolean,
  ctx: CommandContext,
): Promise<number> {
  const input = await openInput(target, ctx);
  const report = await validateTable(input, {
    lang: ctx.lang,
    checks: disaggregationChecks(o.checks),
    pickErrors: ["#disaggregation", "#source"],
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.limits ? { limits: o.limits } : {}),
  });
  const out = flag("out");
  const text = json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, ctx.lang);
  if (out) {
    await writeOutput(ctx, out, `${JSON.stringify(report, null, 2)}\n`, { inputs: o.inputs });
    ctx.io.stdout(renderReport(report, ctx.lang));
    ctx.io.stdout(
      `${translator(disaggregationMessages, ctx.lang).t("wrote", { path: userPath(ctx, out) })}\n`,
    );
  } else ctx.io.stdout(text);
  if (isUnreadable(report)) return EXIT_UNREADABLE;
  return report.valid ? 0 : EXIT_INVALID;
}

function renderReport(report: Report, lang: Lang): string {
  const { t } = translator(disaggregationMessages, lang);
  const errors = [...report.errors, ...report.tasks.flatMap((task) => task.errors)];
  if (errors.length === 0) return `${t("ok")}\n`;
  // Worded by the CLI's catalogs (validateTable words only the table's own issue types).
  const lines = errors.map((e) => `${e.severity === "error" ? "✗" : "!"} ${issueText(e, lang)}`);
  lines.push(t("counts", { errors: report.stats.errors, warnings: report.stats.warnings }));
  return `${lines.join("\n")}\n`;
}

async function normalize(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<number> {
  const out = flag("out");
  if (!out) throw new UsageError({ kind: "missing-value", flag: "out" });
  const audit = new NormaliseAudit();
  const rows: string[][] = [];
  let header: string[] = [];
  let columns: Array<{ index: number; dimension: string; label: string; normalise: Normaliser }> = [];
  const collector: Check = {
    name: "disaggregation/normalize",
    onStart(c) {
      header = [...c.labels];
      const layout = detectLayout(header, { standard: o.standard, fields: c.fields });
      columns = layout.long.map((col) => ({
        index: col.index,
        dimension: col.dimension,
        label: col.label,
        normalise: createNormaliser(col.dimension, {
          standard: o.standard,
          ...(o.mapping ? { mapping: o.mapping } : {}),
          ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
        }),
      }));
      for (const g of layout.wide)
        for (const p of g.parts)
          audit.record(g.dimension, p.label, p.label, { code: p.code, rule: "synonym" }, 1);
    },
    onRow(row) {
      if (row.blank) return;
      const cells = [...row.cells];
      for (const col of columns) {
        const raw = cells[col.index] ?? "";
        const r = col.normalise(raw);
        audit.record(col.dimension, col.label, raw, r, row.rowNumber);
        if (r.code !== null) cells[col.index] = r.code;
      }
      rows.push(cells);
    },
  };
  const input = await openInput(target, ctx);
  const report = await validateTable(input, {
    lang: ctx.lang,
    checks: [collector],
    pickErrors: ["#source"],
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.limits ? { limits: o.limits } : {}),
  });
  if (isUnreadable(report)) {
    ctx.io.stdout(renderReport(report, ctx.lang));
    return EXIT_UNREADABLE;
  }
  const csv = `${writeCsv([header, ...rows], { escapeFormulas: o.escapeFormulas })}\r\n`;
  await writeOutput(ctx, out, csv, { inputs: o.inputs });
  const { t } = translator(disaggregationMessages, ctx.lang);
  const lines: string[] = [];
  for (const [dimension, s] of Object.entries(audit.summary()))
    lines.push(t("mappedCounts", { dimension, mapped: s.mapped, unmapped: s.unmapped }));
  for (const e of audit.unmapped().slice(0, 20))
    lines.push(`  ${e.dimension} (${e.column}): «${maskCell(e.raw)}» × ${e.count}`);
  const mappingOut = flag("mapping-out");
  if (mappingOut) {
    await writeOutput(ctx, mappingOut, `${JSON.stringify(audit.suggestMapping(), null, 2)}\n`, {
      inputs: o.inputs,
    });
    lines.push(t("wrote", { path: userPath(ctx, mappingOut) }));
  }
  lines.push(t("wroteRows", { path: userPath(ctx, out), rows: rows.length }));
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return audit.unmapped().length > 0 ? EXIT_INVALID : 0;
}

async function aggregate(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<number> {
  const by = flag("by")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!by || by.length === 0) throw new UsageError({ kind: "missing-value", flag: "by" });
  const thresholdText = flag("threshold");
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0))
    throw custom(localized(disaggregationMessages, "badThreshold", { thresholdText: String(thresholdText) }));
  const out = flag("out");
  const format = flag("format") ?? (out && /\.json$/i.test(out) ? "json" : "csv");
  if (format !== "csv" && format !== "json")
    throw custom(localized(disaggregationMessages, "badFormat", { format }));
  const measure = flag("measure");
  const input = await openInput(target, ctx);
  const { result, report } = await aggregateTable(input, {
    by,
    standard: o.standard,
    ...(o.mapping ? { mapping: o.mapping } : {}),
    ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
    ...(measure ? { measure } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    read: {
      lang: ctx.lang,
      pickErrors: ["#disaggregation", "#source"],
      ...(o.encoding ? { encoding: o.encoding } : {}),
      ...(o.limits ? { limits: o.limits } : {}),
    },
  });
  if (isUnreadable(report)) {
    ctx.io.stdout(renderReport(report, ctx.lang));
    return EXIT_UNREADABLE;
  }
  const errors = report.tasks.flatMap((t) => t.errors);
  if (!result || result.errors.length > 0) {
    const first = errors.find((e) => e.type === "disaggregation/unknown-column") ?? result?.errors[0];
    throw custom(
      first ? perLang((lang) => issueText(first, lang)) : localized(disaggregationMessages, "notAggregated"),
    );
  }
  const text =
    format === "json"
      ? `${JSON.stringify(aggregateJson(result), null, 2)}\n`
      : `${writeCsv(aggregateRows(result), { escapeFormulas: o.escapeFormulas })}\r\n`;
  if (out) {
    await writeOutput(ctx, out, text, { inputs: o.inputs });
    const summary = localized(disaggregationMessages, "aggregated", {
      inputRows: result.inputRows,
      cellsCount: result.cells.length,
      primary: result.suppressed.primary,
      secondary: result.suppressed.secondary,
      threshold: result.threshold,
    });
    ctx.io.stdout(
      `${summary[ctx.lang]}\n${translator(disaggregationMessages, ctx.lang).t("wrote", { path: userPath(ctx, out) })}\n`,
    );
  } else ctx.io.stdout(text);
  return 0;
}
