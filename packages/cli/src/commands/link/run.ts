import { basename, join } from "node:path";
import { CiudataError, createIssue, type Issue, translator } from "@ciudata/core";
import {
  type BlockingChange,
  type BlockingCount,
  type Decision,
  dedupe,
  defaultSettings,
  type EngineFactory,
  evaluate,
  LINK_DEFAULTS,
  type LinkMapping,
  type LinkOptions,
  type LinkResult,
  type LinkSettings,
  link,
  type Records,
  type Truth,
} from "@ciudata/linkage";
import { readRecords } from "@ciudata/linkage/node";
import { writeFileAtomic } from "@ciudata/table/node";
import type { CommandContext, Handler, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { escapeFormulas, refuseOverwrite, reportFormat, userPath } from "../../io";
import { linkMessages } from "../../messages/link";
import { stepProgress } from "../_progress";
import { type LinkConfig, readConfig } from "./config";
import { suggestedMapping } from "./mapping";
import { openCsv } from "./open";
import { clustersCsv, linkedCsv, pairsCsv, pairsJsonl, reviewCsv } from "./outputs";
import { linkReport } from "./report";
import { readTruth, truthFromIds, truthPattern } from "./truth";

// `ciudata link` and `ciudata dedupe`: read both sides with their mappings (declared or suggested), show
// the comparisons each blocking rule makes before comparing, run the pipeline, write the outputs into
// `--out` (each file atomically, and only once the run has succeeded) and print the report.

/** The files a run writes into `--out`. */
const FILES = [
  "linked.csv",
  "pairs.csv",
  "pairs.jsonl",
  "clusters.csv",
  "review.csv",
  "report.html",
] as const;

/** Runs `ciudata link …` (and its subcommands `review`, `encode`, `encoded`). */
export const runLink: Handler = async (args, ctx) => {
  const [first, ...rest] = args.positionals;
  if (first === "review") return runReview(args, ctx);
  if (first === "encode" || first === "encoded") {
    const { runEncoding } = await import("./encoding");
    return runEncoding(first, args, ctx);
  }
  if (rest.length === 0) throw new UsageError({ kind: "missing-argument", argument: "b" });
  if (rest.length > 1) throw new UsageError({ kind: "extra-argument", argument: rest[1] as string });
  return runPipeline(args, ctx, [first as string, rest[0] as string]);
};

/** Runs `ciudata dedupe <registry>`. */
export const runDedupe: Handler = (args, ctx) => runPipeline(args, ctx, [args.positionals[0] as string]);

/** `link review <review.csv> <a> <b>`: the decisions re-imported, then the run again. */
async function runReview(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, reviewFile, a, b, ...extra] = args.positionals;
  if (reviewFile === undefined) throw new UsageError({ kind: "missing-argument", argument: "review.csv" });
  if (a === undefined) throw new UsageError({ kind: "missing-argument", argument: "a" });
  if (extra.length) throw new UsageError({ kind: "extra-argument", argument: extra[0] as string });
  const { readDecisions } = await import("./decisions");
  const decisions = await readDecisions(ctx, reviewFile);
  return runPipeline(args, ctx, b === undefined ? [a] : [a, b], { decisions, inputs: [reviewFile] });
}

interface PipelineOptions {
  decisions?: { list: Decision[]; yes: number; no: number };
  inputs?: readonly string[];
}

/** The files a run would write into `out`, for the overwrite check. */
const outFiles = (out: string | undefined) => (out === undefined ? [] : FILES.map((f) => join(out, f)));

async function runPipeline(
  args: ParsedArgs,
  ctx: CommandContext,
  files: readonly string[],
  options: PipelineOptions = {},
): Promise<Outcome> {
  const { t } = translator(linkMessages, ctx.lang);
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  const out = flag("out");
  const configPath = flag("config");
  const truthPath = flag("truth");
  const inputs = [...files, ...(options.inputs ?? []), configPath, truthPath];
  refuseOverwrite(ctx, outFiles(out), inputs);
  const truthKey = flag("truth-key");
  const keyPattern = truthKey === undefined ? undefined : truthPattern(truthKey);

  // The truth is read before the run, so a bad truth file stops it before anything is compared.
  const truthFile = truthPath === undefined ? undefined : await readTruth(ctx, truthPath);
  const config: LinkConfig = configPath === undefined ? {} : await readConfig(ctx, configPath);
  const names = sourceNames(files);
  const notes: string[] = [];
  const mappings: LinkMapping[] = [];
  for (const [i, file] of files.entries()) {
    const declared = i === 0 ? config.left : (config.right ?? config.left);
    mappings.push(declared ?? (await suggestedMapping(ctx, file)));
  }
  const anySuggested = files.some(
    (_, i) => (i === 0 ? config.left : (config.right ?? config.left)) === undefined,
  );

  const sides: Records[] = [];
  for (const [i, file] of files.entries())
    sides.push(await readSide(ctx, file, mappings[i] as LinkMapping, names[i] as string));
  for (const [i, side] of sides.entries())
    if (side.ids.length === 0)
      throw new CiudataError([createIssue("linkage/empty-side", { params: { file: files[i] as string } })]);

  const truth: Truth | undefined = truthFile ?? (keyPattern ? truthFromIds(keyPattern, sides) : undefined);
  if (truth) checkTruth(truth, sides, truthPath ?? "--truth-key");
  const defaults = defaultSettings(sharedFields(sides));
  if (args.flags["suggest-config"] === true) {
    const suggestion = {
      left: mappings[0],
      ...(mappings[1] ? { right: mappings[1] } : {}),
      settings: { blocking: config.settings?.blocking ?? defaults.blocking, ...config.settings },
    };
    ctx.io.stderr(`${t("suggested")}\n`);
    ctx.io.stdout(`${JSON.stringify(suggestion, null, 2)}\n`);
    return 0;
  }
  if (anySuggested) notes.push(t("usingSuggested"));

  const settings: Partial<LinkSettings> = { ...config.settings };
  const left = sides[0] as Records;
  const right = sides[1] ?? null;

  const steps = linkMessages[ctx.lang] as Readonly<Record<string, unknown>>;
  const bar = stepProgress(ctx.io, (step) => {
    const words = steps[`step.${step}`];
    return typeof words === "string" ? words : step;
  });
  let result: LinkResult;
  try {
    const engine = flag("engine") === "duckdb" ? await duckdb() : undefined;
    const runOptions: LinkOptions = {
      // The rules as the run will use them (defaults fitted to the cap), before comparing anything.
      onBlocking: (counts, changes) => showBlocking(ctx, counts, changes, settings.maxComparisons),
      ...(bar.onProgress ? { onProgress: bar.onProgress } : {}),
      ...(engine ? { engine } : {}),
      ...(options.decisions ? { decisions: options.decisions.list } : {}),
      ...(truth ? { truth, truthFile: truthPath ?? "--truth-key" } : {}),
    };
    result = right ? await link(left, right, settings, runOptions) : await dedupe(left, settings, runOptions);
  } finally {
    bar.done();
  }
  if (options.decisions) notes.push(t("decisions", options.decisions));

  const written: string[] = [];
  const report = (files: readonly string[]) => linkReport({ result, sides, notes, files }, ctx.lang);
  if (out !== undefined)
    written.push(...(await writeOutputs(ctx, args, out, result, sides, files, inputs, report)));
  else if (reportFormat(args, false) === "text") notes.push(t("noOut"));
  return { exitCode: 0, report: report(written) };
}

/** The name each side goes by: its file name, or `a`/`b` when both files have the same name. */
function sourceNames(files: readonly string[]): string[] {
  const names = files.map((f) => basename(f));
  return names.length === 2 && names[0] === names[1] ? ["a", "b"] : names;
}

/**
 * The comparisons each blocking rule makes, and how the default rules were fitted to the cap, on standard
 * error, before comparing anything.
 */
function showBlocking(
  ctx: CommandContext,
  counts: readonly BlockingCount[],
  changes: readonly BlockingChange[],
  cap: number | undefined,
): void {
  const { t } = translator(linkMessages, ctx.lang);
  const lines = [t("blockingHead", { cap: cap ?? DEFAULT_CAP })];
  for (const c of counts) lines.push(t("blockingLine", c));
  for (const c of changes) lines.push(t("blockingChange", c));
  ctx.io.stderr(`${lines.join("\n")}\n`);
}

/** The cap the library applies when the settings name none. */
const DEFAULT_CAP = LINK_DEFAULTS.maxComparisons;

/** The standard fields both sides have values in (what the library chooses its defaults from). */
function sharedFields(sides: readonly Records[]): string[] {
  const present = (r: Records) =>
    new Set(Object.keys(r.fields).filter((f) => r.fields[f]?.some((v) => v !== null)));
  const [first, ...rest] = sides.map(present);
  return [...(first ?? [])].filter((f) => rest.every((s) => s.has(f))).sort();
}

/** The DuckDB engine, loaded only when asked for (`--engine duckdb`). */
async function duckdb(): Promise<EngineFactory> {
  const { duckdbEngine } = await import("@ciudata/linkage/node");
  return duckdbEngine();
}

/** Writes the outputs into `out`: the streamed linked table first, then the rest, each atomically. */
async function writeOutputs(
  ctx: CommandContext,
  args: ParsedArgs,
  out: string,
  result: LinkResult,
  sides: readonly Records[],
  files: readonly string[],
  inputs: readonly (string | undefined)[],
  report: (files: readonly string[]) => ReturnType<typeof linkReport>,
): Promise<string[]> {
  const o = { escapeFormulas: escapeFormulas(args) };
  const dir = userPath(ctx, out);
  const left = sides[0] as Records;
  const right = sides[1] ?? null;
  const guard = { inputs: inputs.filter((p): p is string => p !== undefined).map((p) => userPath(ctx, p)) };
  const table = await openCsv(ctx, files[0] as string);
  await writeFileAtomic(
    join(dir, "linked.csv"),
    linkedCsv(result, left, right, table.labels, table.rows(), o),
    guard,
  );
  const jsonl = args.flags["pairs-format"] === "jsonl";
  const written = ["linked.csv", jsonl ? "pairs.jsonl" : "pairs.csv", "clusters.csv"];
  await writeFileAtomic(
    join(dir, written[1] as string),
    jsonl ? pairsJsonl(result) : pairsCsv(result, o),
    guard,
  );
  await writeFileAtomic(join(dir, "clusters.csv"), clustersCsv(result, sides, o), guard);
  await writeFileAtomic(join(dir, "review.csv"), reviewCsv(result, left, right ?? left, o), guard);
  written.push("review.csv", "report.html");
  const { renderPrintable } = await import("../../io");
  await writeFileAtomic(join(dir, "report.html"), renderPrintable(report(written), "html"), guard);
  ctx.io.stderr(
    `${translator(linkMessages, ctx.lang).t("wrote", { dir: out, files: written.join(", ") })}\n`,
  );
  return written;
}

/** Refuses a truth that names ids not in the data before anything is compared (scored on no pairs). */
function checkTruth(truth: Truth, sides: readonly Records[], file: string): void {
  const left = sides[0] as Records;
  const empty: LinkResult = {
    mode: sides.length > 1 ? "link" : "dedupe",
    sides: [],
    blocking: [],
    compared: 0,
    specs: [],
    model: { prior: 0, comparisons: [] },
    pairs: [],
    links: 0,
    review: 0,
    threshold: 1,
    reviewFrom: 1,
    clusters: [],
  };
  evaluate(empty, truth, { left, right: sides[1] ?? null }, { file });
}

/** One side read and standardised; its problems name the file as the user typed it. */
async function readSide(
  ctx: CommandContext,
  file: string,
  mapping: LinkMapping,
  source: string,
): Promise<Records> {
  const path = userPath(ctx, file);
  try {
    return await readRecords(path, mapping, { source });
  } catch (error) {
    if (!(error instanceof CiudataError)) throw error;
    const issues = error.errors.map((issue) =>
      issue.params.file === path ? { ...issue, params: { ...issue.params, file } } : issue,
    );
    throw new CiudataError(issues as [Issue, ...Issue[]], { cause: error });
  }
}
