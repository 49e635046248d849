import { CiudataError, type Issue } from "@ciudata/core";
import {
  CLEAN_STEPS,
  type CleanChange,
  type CleanStep,
  type CleanSummary,
  cleanRows,
  createCleaner,
  fileChanges,
  maskedColumns,
  type OpenedTable,
  openTable,
  type ParsedCleanProfile,
  parseCleanProfile,
  type RawRow,
  writeCsv,
} from "@ciudata/table";
import { type CellRange, writeFileAtomic } from "@ciudata/table/node";
import type { CommandContext, Handler, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { asUsageError, openInput, readJson, refuseOverwrite, userPath } from "../../io";
import { localized } from "../../messages";
import { cleanMessages } from "../../messages/clean";
import { maskingOf } from "../_masking";
import { maskOf, normalisers } from "./fixers";
import { cleanHere, type LocalPlan, planHere } from "./here";
import { LogText, type LogWriter, openLog } from "./log";
import type { CleanSetup } from "./ranges";
import { RowSpans } from "./repeats";
import { summaryPrintable } from "./summary";
import { cleanInThreads, planThreads, ReadAgain } from "./threads";
import { readVariants, suggestVariants } from "./variants";

const PROFILE_EXAMPLE =
  '{"steps":{"trim":true,"blank-rows":true,"iso-dates":{"formats":{"fecha":"%d/%m/%Y"}}}}';
const SAMPLE = 1000;

/**
 * Runs `ciudata clean`: reads the profile and flags, opens the table (nothing is written when it cannot
 * be read), streams the cleaned rows to `--out` atomically and the change log to `--log`, and reports
 * the counts per step.
 */
export const runClean: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  const [out, log, suggest, profilePath, variantsPath, encoding] = [
    flag("out"),
    flag("log"),
    flag("suggest-variants"),
    flag("profile"),
    flag("variants"),
    flag("encoding"),
  ];
  const inputs = [target, profilePath, variantsPath];
  refuseOverwrite(ctx, [out, log, suggest], inputs);
  if (suggest) return runSuggest(ctx, args, target, suggest, inputs, encoding);
  if (!out) throw new UsageError({ kind: "missing-value", flag: "--out" });
  if (log) refuseOverwrite(ctx, [log], [out]);
  const profile = await settleProfile(ctx, args, profilePath, variantsPath);

  const table = await openReadable(ctx, target, encoding);
  const { sample, batches } = await peek(table.batches(), profile.sample ?? SAMPLE);
  // Masking costs (the privacy scan of the sample, a look-up per value): only a log shows the values.
  const personal = log ? maskedColumns(maskingOf(args), table.labels, sample) : null;
  const mask = maskOf(personal);
  const eol =
    args.flags.eol === "crlf"
      ? "\r\n"
      : args.flags.eol === "lf"
        ? "\n"
        : (profile.output?.lineTerminator ?? "\n");
  const files = fileChanges(
    {
      encoding: table.encoding?.encoding ?? "utf-8",
      bom: table.encoding?.bom ?? false,
      delimiter: table.dialect?.delimiter ?? ",",
      lineTerminator: table.dialect?.lineTerminator ?? "\n",
    },
    eol,
  );
  const options = {
    ...(log ? { mask } : { changes: false }),
    ...(profile.steps.disaggregation ? { disaggregation: normalisers(profile) } : {}),
  };
  // Values as they are (formula escaping would change values the log does not hold); one writer call a batch.
  const dialect = { lineTerminator: eol, escapeFormulas: false } as const;
  const atomic = { inputs: inputs.filter(Boolean).map((p) => userPath(ctx, p as string)) };
  const plan = planThreads(table, threadsOf(args));
  let logger: LogWriter | null = null;
  let summary: CleanSummary | null = null;
  let threaded = false;
  try {
    if (plan) {
      // Large local files: byte ranges cleaned in worker threads, written here in order (the same bytes).
      logger = log ? openLog(userPath(ctx, log)) : null;
      const setup: CleanSetup = {
        labels: table.labels,
        sample,
        profile,
        personal: personal ? [...personal] : null,
        log: logger ? (logger.json ? "json" : "csv") : null,
        eol,
      };
      const here = createCleaner(table.labels, sample, profile, options);
      const inThreads = cleanInThreads(plan, setup, here, logger);
      const head = logger;
      async function* text(): AsyncGenerator<string> {
        yield `${writeCsv([here.labels], dialect)}${eol}`;
        await head?.add([...files, ...here.headerChanges]);
        yield* inThreads.text;
      }
      try {
        await writeFileAtomic(userPath(ctx, out), text(), atomic);
        summary = inThreads.summary();
        threaded = true;
      } catch (error) {
        if (!(error instanceof ReadAgain)) throw error;
        // Bytes a range read cannot take exactly: nothing kept, cleaned again in one pass.
        await logger?.abort();
        logger = null;
      }
    }
    const local = summary === null && !plan ? planHere(table) : null;
    if (summary === null && local) {
      // A local text file: its byte ranges cleaned in this thread, in order (each row read is ours to rewrite).
      logger = log ? openLog(userPath(ctx, log)) : null;
      // A repeat found by its fingerprint is confirmed: the earlier row read again, cleaned alike, compared.
      const spans = profile.steps["duplicate-rows"]
        ? new RowSpans(local.firstRow, local.ranges[0] as CellRange, () =>
            createCleaner(table.labels, sample, profile, {
              ...options,
              changes: false,
              findRepeats: false,
              inPlace: true,
            }),
          )
        : null;
      // The log's lines written straight as text from the changes (no change object per change).
      const sink = logger ? new LogText(logger.json, table.labels, mask, logger) : null;
      const here = createCleaner(table.labels, sample, profile, {
        ...options,
        expectedRows: expectedRows(table.source?.size ?? 0, sample),
        inPlace: true,
        ...(sink ? { sink } : {}),
        ...(spans ? { confirmRepeat: spans.same } : {}),
      });
      const head = logger;
      async function* text(): AsyncGenerator<string> {
        yield `${writeCsv([here.labels], dialect)}${eol}`;
        await head?.add([...files, ...here.headerChanges]);
        yield* cleanHere(local as LocalPlan, here, sink, eol, spans);
      }
      try {
        await writeFileAtomic(userPath(ctx, out), text(), atomic);
        summary = here.summary();
      } catch (error) {
        if (!(error instanceof ReadAgain)) throw error;
        await logger?.abort();
        logger = null;
      }
    }
    if (summary === null) {
      const run = cleanRows(table.labels, batches, profile, options);
      const onePass = log ? openLog(userPath(ctx, log)) : null;
      logger = onePass;
      async function* text(): AsyncGenerator<string> {
        const cleaner = await first(run);
        yield `${writeCsv([cleaner.head.labels], dialect)}${eol}`;
        await onePass?.add([...files, ...cleaner.head.headerChanges]);
        for await (const batch of cleaner.rest) {
          const rows: string[][] = [];
          const changes: CleanChange[] = [];
          for (const r of batch) {
            if (r.cells) rows.push(r.cells);
            for (const c of r.changes) changes.push(c);
          }
          await onePass?.add(changes);
          if (rows.length) yield `${writeCsv(rows, dialect)}${eol}`;
        }
      }
      await writeFileAtomic(userPath(ctx, out), text(), atomic);
      summary = (await run.cleaner).summary();
    }
  } catch (error) {
    await logger?.abort();
    throw asUsageError(error);
  } finally {
    await table.close();
  }
  summary = { ...summary, counts: inStepOrder(summary.counts), leftAsIs: inStepOrder(summary.leftAsIs) };
  for (const c of files) summary.counts[c.step] = 1;
  await logger?.commit(summary);
  return summaryPrintable(ctx.lang, {
    summary,
    out,
    log: log ?? null,
    entries: logger?.entries ?? 0,
    files,
    threads: threaded ? (plan?.threads ?? 1) : 1,
  });
};

/** Counts per step in the order of the steps (whatever order the rows met them in, in one pass or threads). */
function inStepOrder<T extends Partial<Record<string, number>>>(counts: T): T {
  const out: Partial<Record<string, number>> = {};
  for (const step of CLEAN_STEPS) if (counts[step]) out[step] = counts[step];
  for (const [k, v] of Object.entries(counts)) if (!(k in out) && v) out[k] = v;
  return out as T;
}

/** About how many rows a file of `size` bytes holds, by its sample's characters per row (at most 2^22: a table grows past). */
function expectedRows(size: number, sample: readonly (readonly string[])[]): number {
  let chars = 0;
  for (const row of sample) for (const cell of row) chars += cell.length + 1;
  return sample.length && chars ? Math.min(2 ** 22, Math.ceil(size / (chars / sample.length))) : 0;
}

/** `--threads N` (a whole number from 1), or `undefined` to decide by the file's size. */
function threadsOf(args: ParsedArgs): number | undefined {
  const value = args.flags.threads;
  if (typeof value !== "string") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError({ kind: "custom", message: localized(cleanMessages, "badThreads", { value }) });
  return n;
}

/** The profile: `--profile`, then the steps of `--steps` turned on, `--date-format` and `--variants` added. */
async function settleProfile(
  ctx: CommandContext,
  args: ParsedArgs,
  path: string | undefined,
  variantsPath: string | undefined,
): Promise<ParsedCleanProfile> {
  let profile: ParsedCleanProfile = { steps: {} };
  if (path) {
    const data = await readJson(ctx, path, PROFILE_EXAMPLE);
    const r = parseCleanProfile(data);
    if (!r.ok) throw located(r.errors, path);
    profile = r.profile;
  }
  const steps = { ...profile.steps } as Record<CleanStep, unknown>;
  const asked = typeof args.flags.steps === "string" ? args.flags.steps.split(",").filter(Boolean) : [];
  // `all` means every step that needs nothing more: variants only with a mapping.
  const all = CLEAN_STEPS.filter((s) => s !== "variants" || variantsPath !== undefined);
  for (const name of asked.includes("all") ? all : asked) {
    if (!(CLEAN_STEPS as readonly string[]).includes(name))
      throw new UsageError({
        kind: "bad-choice",
        flag: "--steps",
        value: name,
        choices: ["all", ...CLEAN_STEPS].join(", "),
      });
    if (steps[name as CleanStep] === undefined || steps[name as CleanStep] === false)
      steps[name as CleanStep] = true;
  }
  const dateFormats =
    typeof args.flags["date-format"] === "string" ? args.flags["date-format"].split(",") : [];
  if (dateFormats.length) {
    const current = steps["iso-dates"];
    const formats: Record<string, string> = {
      ...(typeof current === "object" && current
        ? (current as { formats?: Record<string, string> }).formats
        : {}),
    };
    for (const pair of dateFormats) {
      const at = pair.indexOf("=");
      if (at < 1 || at === pair.length - 1)
        throw new UsageError({
          kind: "custom",
          message: localized(cleanMessages, "badDateFormat", { value: pair }),
        });
      formats[pair.slice(0, at)] = pair.slice(at + 1);
    }
    steps["iso-dates"] = { ...(typeof current === "object" && current ? current : {}), formats };
  }
  if (variantsPath) {
    const mapping = await readVariants(ctx, variantsPath);
    const current = steps.variants;
    const merged = {
      ...(typeof current === "object" && current ? (current as { mapping: object }).mapping : {}),
      ...mapping,
    };
    steps.variants = { mapping: merged };
  }
  if (steps.variants === true)
    throw new UsageError({ kind: "custom", message: localized(cleanMessages, "needsVariants") });
  const settled = { ...profile, steps } as ParsedCleanProfile;
  if (!Object.values(steps).some((v) => v !== undefined && v !== false))
    throw new UsageError({ kind: "custom", message: localized(cleanMessages, "noSteps") });
  return settled;
}

/** The profile's problems, each placed in its file. */
function located(issues: Issue[], file: string): CiudataError {
  return new CiudataError(
    issues.map((i) => ({
      ...i,
      params: { ...i.params, path: `${file}: ${String(i.params.path ?? "")}` },
    })) as unknown as [Issue, ...Issue[]],
  );
}

/** Opens the table; one that cannot be read (a PDF, an encoding error, a broken header) is exit 2, nothing written. */
async function openReadable(
  ctx: CommandContext,
  target: string,
  encoding: string | undefined,
): Promise<OpenedTable> {
  const input = await openInput(target, ctx);
  const table = await openTable(input, encoding ? { encoding } : {});
  const errors = table.issues.filter((i) => i.severity !== "warning");
  if (table.stopped || errors.length > 0) {
    await table.close();
    const issues = errors.length ? errors : table.issues;
    if (issues.length) throw asUsageError(new CiudataError(issues as [Issue, ...Issue[]]));
    throw new UsageError({
      kind: "custom",
      message: localized(cleanMessages, "unreadable", { file: target }),
    });
  }
  return table;
}

/** The first `n` rows (to settle the columns and the privacy scan), and every batch, those included. */
async function peek(
  source: AsyncIterable<readonly RawRow[]>,
  n: number,
): Promise<{ sample: string[][]; batches: AsyncIterable<readonly RawRow[]> }> {
  const iterator = source[Symbol.asyncIterator]();
  const held: (readonly RawRow[])[] = [];
  let count = 0;
  while (count < n) {
    const next = await iterator.next();
    if (next.done) break;
    held.push(next.value);
    count += next.value.length;
  }
  const sample = held
    .flat()
    .slice(0, n)
    .map((r) => r.cells);
  return { sample, batches: chained(held, iterator) };
}

/** The values already taken from an iterator, then the rest of it. */
async function* chained<T>(taken: readonly T[], iterator: AsyncIterator<T>): AsyncGenerator<T> {
  yield* taken;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

/** The cleaner once the sample is read: its header, and the rest of the batches. */
async function first(run: ReturnType<typeof cleanRows>) {
  const iterator = run.batches[Symbol.asyncIterator]();
  const firstBatch = await iterator.next();
  const head = await run.cleaner;
  return { head, rest: chained(firstBatch.done ? [] : [firstBatch.value], iterator) };
}

/** `ciudata clean <file> --suggest-variants variants.json`: the mapping validate suggests, to edit. */
async function runSuggest(
  ctx: CommandContext,
  args: ParsedArgs,
  target: string,
  path: string,
  inputs: readonly (string | undefined)[],
  encoding: string | undefined,
) {
  const table = await openReadable(ctx, target, encoding);
  const { sample } = await peek(table.batches(), SAMPLE);
  await table.close();
  const personal = maskedColumns(maskingOf(args), table.labels, sample);
  const names = new Set(table.labels.filter((_, i) => personal.has(i)));
  const mapping = await suggestVariants(await openInput(target, ctx), names, encoding);
  for (const column of names) delete mapping[column];
  await writeFileAtomic(userPath(ctx, path), `${JSON.stringify(mapping, null, 2)}\n`, {
    inputs: inputs.filter(Boolean).map((p) => userPath(ctx, p as string)),
  });
  const text = localized(cleanMessages, "suggested", { columns: Object.keys(mapping).length, out: path })[
    ctx.lang
  ];
  return { exitCode: 0, report: { json: () => mapping, text: () => `${text}\n` } };
}
