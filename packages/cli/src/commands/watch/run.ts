// `ciudata watch <inventory|catalog-url>`: one run (`--once`) or a run at every time a cron expression
// names (`--every`), each recorded in the history database; and `ciudata watch report`.
import { CiudataError, type Lang, translator } from "@ciudata/core";
import { createPortal, DEFAULT_MAX_DOWNLOAD_BYTES } from "@ciudata/open-data";
import { maskDatabaseUrl } from "@ciudata/open-data/node";
import { todayIn } from "@ciudata/strategy";
import { issueText } from "../../catalogs";
import type { CommandContext, Handler, Outcome, ParsedArgs, Printable } from "../../declare";
import { UsageError } from "../../errors";
import { renderPrintable, reportFormat, userPath } from "../../io";
import { localized, perLang } from "../../messages";
import { watchMessages } from "../../messages/watch";
import { dateFlag } from "../inventory/flags";
import { type Alert, alertsFor, type WatchResult } from "./alerts";
import { checkTarget } from "./check";
import { type Cron, nextRun, parseCron } from "./cron";
import { DEFAULT_DB, databaseOf, openHistory } from "./history";
import { watchReport } from "./report";
import { readTargets } from "./targets";
import { alertText, runDoc } from "./text";
import { postWebhook, webhookOf } from "./webhook";

/** Settings of a watch, read once from the command line. */
interface Settings {
  source: string;
  db: string;
  /** `--database postgres://…`: the history on PostgreSQL instead of the `db` file. */
  database: string | undefined;
  threshold: number;
  webhook: URL | null;
  asOf: string | undefined;
}

/** Runs `ciudata watch`. */
export const runWatch: Handler = async (args, ctx) => {
  const [first] = args.positionals as [string];
  if (first === "report") return watchReport(args, ctx);
  const settings: Settings = {
    source: first,
    db: typeof args.flags.db === "string" ? args.flags.db : DEFAULT_DB,
    database: databaseOf(args),
    threshold: thresholdOf(args),
    webhook: webhookOf(args, ctx),
    asOf: dateFlag(args, "as-of"),
  };
  const every = typeof args.flags.every === "string" ? cronOf(args.flags.every) : null;
  if (every && args.flags.once === true)
    throw new UsageError({ kind: "custom", message: localized(watchMessages, "onceOrEvery") });
  if (!every) return watchOnce(settings, ctx);
  return loop(every, settings, args, ctx);
};

function thresholdOf(args: ParsedArgs): number {
  const raw = args.flags.threshold;
  if (raw === undefined) return 80;
  const n = typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!(n >= 0 && n <= 100))
    throw new UsageError({
      kind: "custom",
      message: localized(watchMessages, "badThreshold", { value: String(raw) }),
    });
  return n;
}

function cronOf(expression: string): Cron {
  const r = parseCron(expression);
  if (r.ok) return r.cron;
  const p = r.problem;
  throw new UsageError({
    kind: "custom",
    message: perLang((lang) => {
      const { t } = translator(watchMessages, lang);
      const why =
        p.reason === "count"
          ? t("cronCount", { count: expression.trim().split(/\s+/).filter(Boolean).length })
          : p.reason === "never"
            ? t("cronNever")
            : p.reason === "range"
              ? t("cronRange", {
                  field: t(`cronField${p.field}` as "cronField1"),
                  found: p.found,
                  min: p.min ?? 0,
                  max: p.max ?? 0,
                })
              : t("cronSyntax", { field: t(`cronField${p.field}` as "cronField1"), found: p.found });
      return t("badCron", { expression, why });
    }),
  });
}

/** One run: every dataset checked, recorded, alerts raised (exit 1 when any, 0 when none). */
async function watchOnce(s: Settings, ctx: CommandContext): Promise<Outcome> {
  const startedAt = new Date().toISOString();
  const asOf = s.asOf ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  const read = await readTargets(s.source, ctx);
  if (typeof read === "number") return read;
  const history = await openHistory(
    s.database === undefined ? { path: userPath(ctx, s.db), shown: s.db } : { database: s.database },
  );
  try {
    const previous = await history.previous(read.source);
    // Downloads of an inventory's URLs go through the same client (timeouts, retries, size cap).
    const portal = createPortal(read.portal ?? "http://127.0.0.1/", { platform: "ckan" });
    const results: WatchResult[] = [];
    for (const t of read.targets)
      results.push(
        await checkTarget(t, previous.get(t.id), {
          portal,
          asOf,
          lang: ctx.lang,
          maxBytes: DEFAULT_MAX_DOWNLOAD_BYTES,
        }),
      );
    const alerts = results.flatMap((r) => alertsFor(r, previous.get(r.datasetId), s.threshold, asOf));
    const run = {
      startedAt,
      asOf,
      source: read.source,
      threshold: s.threshold,
      datasets: results.length,
      downloaded: results.filter((r) => r.downloaded).length,
      alerts: alerts.length,
    };
    const runId = await history.record(run, results, alerts);
    for (const r of results)
      if (r.reason)
        ctx.io.stderr(
          `${translator(watchMessages, ctx.lang).t("unreachable", { id: r.datasetId, url: r.url, reason: r.reason[ctx.lang] })}\n`,
        );
    let webhook: { sent: boolean; error?: string } | null = null;
    if (s.webhook && alerts.length) {
      const failure = await postWebhook(s.webhook, webhookBody({ runId, ...run }, alerts, ctx.lang));
      webhook = failure ? { sent: false, error: failure[ctx.lang] } : { sent: true };
      if (failure) ctx.io.stderr(`${failure[ctx.lang]}\n`);
    }
    const json = {
      format: "ciudata-watch-run",
      version: 1,
      run: { runId, ...run, db: s.database === undefined ? s.db : maskDatabaseUrl(s.database) },
      results,
      alerts,
      webhook,
    };
    const report: Printable = {
      json: () => json,
      doc: () => runDoc({ runId, ...run }, results, alerts, ctx.lang),
    };
    return { exitCode: alerts.length ? 1 : 0, report };
  } finally {
    await history.close();
  }
}

/** The webhook's JSON: the run, each alert with its sentence, and `text` (what chat webhooks show). */
function webhookBody(
  run: { runId: number; asOf: string; source: string },
  alerts: readonly Alert[],
  lang: Lang,
) {
  const lines = alerts.map((a) => alertText(a, lang));
  return {
    format: "ciudata-watch-alerts",
    version: 1,
    text: `${translator(watchMessages, lang).t("webhookTitle", { source: run.source, count: alerts.length })}\n${lines.map((l) => `• ${l}`).join("\n")}`,
    run,
    alerts: alerts.map((a, i) => ({ ...a, message: lines[i] })),
  };
}

/**
 * Runs at every time the cron expression names until SIGINT or SIGTERM: a signal while waiting stops at
 * once; during a run, the run finishes and is recorded first. Each run's report goes to standard output.
 */
async function loop(cron: Cron, s: Settings, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const { t } = translator(watchMessages, ctx.lang);
  let stopped = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    wake?.();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    while (!stopped) {
      const next = nextRun(cron, new Date()) as Date;
      ctx.io.stderr(`${t("nextRun", { at: next.toString() })}\n`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        // Long waits in steps (timers cap near 24.8 days), checking the clock again after each.
        const step = () => {
          const left = next.getTime() - Date.now();
          if (left <= 0) return resolve();
          timer = setTimeout(step, Math.min(left, 3_600_000));
        };
        step();
      });
      wake = null;
      if (stopped) break;
      const outcome = await watchOnce(s, ctx).catch((error: unknown) => {
        // A run that cannot start (the inventory went missing) is reported; the loop goes on.
        if (error instanceof CiudataError) {
          for (const e of error.errors) ctx.io.stderr(`ciudata: ${issueText(e, ctx.lang)}\n`);
          return 2;
        }
        throw error;
      });
      if (typeof outcome !== "number") ctx.io.stdout(renderPrintable(outcome.report, reportFormat(args)));
    }
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  ctx.io.stderr(`${t("stopped")}\n`);
  return 0;
}
