// `ciudata watch report`: each dataset's score run after run (a sparkline in HTML, inline SVG) and the
// latest alerts, from the history database. Every count comes from the whole history.
import { stat } from "node:fs/promises";
import { escapeHtml, type Lang, translator } from "@ciudata/core";
import { maskDatabaseUrl } from "@ciudata/open-data/node";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import type { Block, Doc } from "../../doc";
import { UsageError } from "../../errors";
import { userPath } from "../../io";
import { localized } from "../../messages";
import { watchMessages } from "../../messages/watch";
import type { Alert, WatchResult } from "./alerts";
import { DEFAULT_DB, databaseOf, hasPostgresHistory, openHistory, type RunRow } from "./history";
import { alertText, scoreText } from "./text";

/** Alerts listed in the report (the most recent); the heading says how many there are in all. */
export const REPORT_ALERTS = 20;

/** One dataset's trend: its result in every run that watched it. */
export interface DatasetTrend {
  id: string;
  title: string;
  points: {
    runId: number;
    asOf: string;
    status: WatchResult["status"];
    score: number | null;
    rows: number | null;
  }[];
  latest: WatchResult;
  /** Latest score minus the first, `null` with fewer than two scores. */
  change: number | null;
}

/** The history summed up, as plain JSON-ready data. */
export interface WatchReport {
  format: "ciudata-watch-report";
  version: 1;
  runs: number;
  first: string | null;
  last: string | null;
  datasets: DatasetTrend[];
  alerts: {
    total: number;
    byKind: Record<string, number>;
    latest: (Alert & { runId: number; asOf: string })[];
  };
}

/** Sums up a history: every run, every dataset, every alert counted; the latest alerts listed. */
export function watchReportOf(
  runs: readonly RunRow[],
  results: readonly (WatchResult & { runId: number })[],
  alerts: readonly (Alert & { runId: number })[],
): WatchReport {
  const asOf = new Map(runs.map((r) => [r.runId, r.asOf]));
  const byId = new Map<string, (WatchResult & { runId: number })[]>();
  for (const r of results) {
    const list = byId.get(r.datasetId);
    if (list === undefined) byId.set(r.datasetId, [r]);
    else list.push(r);
  }
  const datasets = [...byId.entries()].map(([id, rs]): DatasetTrend => {
    const latest = rs.at(-1) as WatchResult & { runId: number };
    const scores = rs.map((r) => r.score).filter((s): s is number => s !== null);
    return {
      id,
      title: latest.title,
      latest,
      points: rs.map((r) => ({
        runId: r.runId,
        asOf: asOf.get(r.runId) ?? "",
        status: r.status,
        score: r.score,
        rows: r.rows,
      })),
      change: scores.length >= 2 ? (scores.at(-1) as number) - (scores[0] as number) : null,
    };
  });
  const byKind: Record<string, number> = {};
  for (const a of alerts) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  return {
    format: "ciudata-watch-report",
    version: 1,
    runs: runs.length,
    first: runs[0]?.startedAt ?? null,
    last: runs.at(-1)?.startedAt ?? null,
    datasets,
    alerts: {
      total: alerts.length,
      byKind,
      latest: alerts
        .slice(-REPORT_ALERTS)
        .reverse()
        .map((a) => ({ ...a, asOf: asOf.get(a.runId) ?? "" })),
    },
  };
}

/**
 * Runs `watch report [--db history.duckdb | --database postgres://…]`; a history that does not exist is a
 * usage error (nothing is created).
 */
export async function watchReport(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const database = databaseOf(args);
  const db = typeof args.flags.db === "string" ? args.flags.db : DEFAULT_DB;
  const path = userPath(ctx, db);
  const shown = database === undefined ? db : maskDatabaseUrl(database);
  const found =
    database === undefined
      ? await stat(path).then(
          (s) => s.isFile(),
          () => false,
        )
      : await hasPostgresHistory(database);
  if (!found)
    throw new UsageError({
      kind: "custom",
      message:
        database === undefined
          ? localized(watchMessages, "noHistory", { path: db })
          : localized(watchMessages, "noHistoryDatabase", { url: shown }),
    });
  const history = await openHistory(database === undefined ? { path, shown: db } : { database });
  try {
    const r = watchReportOf(await history.runs(), await history.results(), await history.alerts());
    return { exitCode: 0, report: { json: () => r, doc: () => reportDoc(r, shown, ctx.lang) } };
  } finally {
    await history.close();
  }
}

const BARS = "▁▂▃▄▅▆▇█";

/** Scores 0–100 as a text sparkline (a space where a run had no score). */
export function sparkText(scores: readonly (number | null)[]): string {
  return scores
    .map((s) => (s === null ? " " : BARS[Math.min(7, Math.max(0, Math.floor((s / 100) * 8)))]))
    .join("");
}

/** Scores 0–100 as a small inline SVG line (no external asset), with a text title for screen readers. */
export function sparkSvg(scores: readonly (number | null)[], title: string): string {
  const width = 160;
  const height = 32;
  const step = scores.length > 1 ? width / (scores.length - 1) : 0;
  const xy = scores.map((s, i) => (s === null ? null : [i * step, height - 2 - (s / 100) * (height - 4)]));
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of xy) {
    if (p === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${p[0]?.toFixed(1)},${p[1]?.toFixed(1)}`);
  }
  if (current.length) segments.push(current.join(" "));
  const lines = segments
    .map((pts) =>
      pts.includes(" ")
        ? `<polyline fill="none" stroke="#1f6feb" stroke-width="2" points="${pts}"/>`
        : `<circle r="2.5" fill="#1f6feb" cx="${pts.split(",")[0]}" cy="${pts.split(",")[1]}"/>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="-3 0 ${width + 6} ${height}"><title>${escapeHtml(title)}</title><line x1="0" x2="${width}" y1="${height - 2}" y2="${height - 2}" stroke="#d0d7de"/>${lines}</svg>`;
}

/** The report as a document: a summary, each dataset's trend (a sparkline in HTML), the latest alerts. */
export function reportDoc(r: WatchReport, db: string, lang: Lang): Doc {
  const { t } = translator(watchMessages, lang);
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: t("reportSummary", {
        runs: r.runs,
        first: r.first ?? "—",
        last: r.last ?? "—",
        datasets: r.datasets.length,
        alerts: r.alerts.total,
      }),
    },
    { kind: "heading", text: t("trends") },
  ];
  for (const d of r.datasets) {
    const scores = d.points.map((p) => p.score);
    const line = d.points.map((p) => `${p.asOf}: ${scoreText(p.score, lang)}`).join(" · ");
    const change = d.change === null ? "—" : `${d.change > 0 ? "+" : ""}${scoreText(d.change, lang)}`;
    const personal = d.latest.directIdentifiers
      ? t("personalDirect", { count: d.latest.personalColumns.length })
      : d.latest.personalColumns.length
        ? t("personalSome", { count: d.latest.personalColumns.length })
        : "";
    const text = `${d.title} (${d.id}) — ${t(`status.${d.latest.status}`)}; ${t("change")}: ${change}${d.latest.stale ? `; ${t("late", { due: d.latest.due ?? "—" })}` : ""}${personal ? `; ${personal}` : ""}`;
    blocks.push({ kind: "paragraph", text });
    blocks.push({
      kind: "figure",
      text: `${sparkText(scores)}  ${line}`,
      svg: sparkSvg(scores, `${d.id}: ${line}`),
    });
  }
  const shown = r.alerts.latest.length;
  blocks.push({
    kind: "heading",
    text: t("latestAlerts", { shown, total: r.alerts.total }),
  });
  blocks.push(
    shown
      ? { kind: "list", items: r.alerts.latest.map((a) => `${a.asOf}: ${alertText(a, lang)}`) }
      : { kind: "paragraph", text: t("noAlerts") },
  );
  return { title: t("reportTitle", { db }), lang, blocks };
}
