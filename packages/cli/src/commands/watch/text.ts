// The words of a watch run: one sentence per alert, and the run's report as a document.
import { type Lang, numberWords, translator } from "@ciudata/core";
import type { Doc } from "../../doc";
import { watchMessages } from "../../messages/watch";
import type { Alert, WatchResult } from "./alerts";

/** A run as its report names it. */
export interface RunSummary {
  runId: number;
  asOf: string;
  source: string;
  threshold: number;
  datasets: number;
  downloaded: number;
  alerts: number;
}

const list = (items: readonly string[], lang: Lang) => numberWords(lang).list(items);

/**
 * One alert as a sentence in a language (dataset ids, field names and dates; never a cell value).
 *
 * @example
 * ```ts
 * alertText({ datasetId: "barrios", kind: "schema", added: [], removed: ["seccion"], retyped: [] }, "en");
 * //=> "«barrios»: its fields changed — removed: seccion."
 * ```
 */
export function alertText(a: Alert, lang: Lang): string {
  const { t } = translator(watchMessages, lang);
  const w = numberWords(lang);
  switch (a.kind) {
    case "stale":
      return t("alertStale", {
        id: a.datasetId,
        periodicity: a.periodicity,
        lastUpdate: a.lastUpdate ?? t("unknown"),
        due: a.due ?? "—",
        days: a.daysOverdue ?? 0,
      });
    case "score":
      return t("alertScore", {
        id: a.datasetId,
        score: w.number(a.score),
        threshold: w.number(a.threshold),
        previous: a.previous === null ? "" : w.number(a.previous),
      });
    case "schema": {
      const parts = [
        a.added.length ? t("fieldsAdded", { names: list(a.added, lang) }) : "",
        a.removed.length ? t("fieldsRemoved", { names: list(a.removed, lang) }) : "",
        a.retyped.length
          ? t("fieldsRetyped", {
              names: list(
                a.retyped.map((r) => `${r.name} (${r.from} → ${r.to})`),
                lang,
              ),
            })
          : "",
      ].filter(Boolean);
      return t("alertSchema", { id: a.datasetId, changes: parts.join("; ") });
    }
    default:
      return t("alertUnreachable", { id: a.datasetId, reason: a.reason[lang] });
  }
}

/** A result's score as shown: the number, or a dash when not scored. */
export function scoreText(score: number | null, lang: Lang): string {
  return score === null ? "—" : numberWords(lang).number(Math.round(score * 10) / 10);
}

/**
 * A run's report as a document: what happened to each dataset and the alerts raised.
 *
 * @example
 * ```ts
 * docText(runDoc(run, results, alerts, "es"));
 * ```
 */
export function runDoc(
  run: RunSummary,
  results: readonly WatchResult[],
  alerts: readonly Alert[],
  lang: Lang,
): Doc {
  const { t } = translator(watchMessages, lang);
  const w = numberWords(lang);
  return {
    title: t("runTitle", { source: run.source, asOf: run.asOf, runId: run.runId }),
    lang,
    blocks: [
      {
        kind: "paragraph",
        text: t("runSummary", {
          datasets: run.datasets,
          downloaded: run.downloaded,
          alerts: run.alerts,
          threshold: w.number(run.threshold),
        }),
      },
      {
        kind: "table",
        head: [t("dataset"), t("status"), t("score"), t("lastUpdate"), t("due")],
        rows: results.map((r) => [
          r.datasetId,
          t(`status.${r.status}`),
          r.validatedAsOf && r.validatedAsOf !== run.asOf
            ? t("scoreFrom", { score: scoreText(r.score, lang), date: r.validatedAsOf })
            : scoreText(r.score, lang),
          r.lastUpdate ?? t("unknown"),
          r.due === null ? "—" : r.stale ? t("late", { due: r.due }) : r.due,
        ]),
      },
      { kind: "heading", text: `${t("alerts")} (${w.number(alerts.length)})` },
      alerts.length
        ? { kind: "list", items: alerts.map((a) => alertText(a, lang)) }
        : { kind: "paragraph", text: t("noAlerts") },
    ],
  };
}
