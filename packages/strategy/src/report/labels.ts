import { LANGS, type Lang, type PerLang, translator } from "@ciudata/core";
import type { Light } from "../compute/indicators";
import type { RiskReason } from "../compute/risk";
import { strategyMessages } from "../messages/messages";
import { ACTION_STATUSES, type ActionStatus } from "../model/action";

function byLang<K extends string>(keys: readonly K[], prefix: string): PerLang<Record<K, string>> {
  const out = {} as Record<Lang, Record<K, string>>;
  for (const lang of LANGS) {
    const { t } = translator(strategyMessages, lang);
    out[lang] = Object.fromEntries(keys.map((k) => [k, t(`${prefix}:${k}` as "status:complete")])) as Record<
      K,
      string
    >;
  }
  return out;
}

/**
 * Status names per language (from `strategyMessages`).
 *
 * @example
 * ```ts
 * STATUS_LABELS.es.in_progress; //=> "En curso"
 * ```
 */
export const STATUS_LABELS: PerLang<Record<ActionStatus, string>> = byLang(ACTION_STATUSES, "status");

/** Traffic-light names per language. @internal */
export const LIGHT_LABELS: PerLang<Record<Light, string>> = byLang(
  ["green", "yellow", "red", "none"] as const,
  "light",
);

/**
 * A risk reason as a sentence.
 *
 * @example
 * ```ts
 * reasonText({ code: "overdue", due: "2024-05-31", daysLate: 123 }, "es"); //=> "vencida hace 123 días (plazo 2024-05-31)"
 * ```
 */
export function reasonText(r: RiskReason, lang: Lang): string {
  const { t } = translator(strategyMessages, lang);
  switch (r.code) {
    case "overdue":
      return t("reason:overdue", r);
    case "due-soon-not-started":
      return t("reason:due-soon-not-started", r);
    case "stale":
      return t("reason:stale", r);
    case "dependency-overdue":
      return t("reason:dependency-overdue", r);
    case "indicator-off-track":
      return t("reason:indicator-off-track", r);
  }
}

const REPORT_KEYS = [
  "report",
  "asOf",
  "city",
  "period",
  "vision",
  "priorities",
  "overall",
  "complete",
  "weighted",
  "actions",
  "pillar",
  "aspiration",
  "action",
  "status",
  "owners",
  "deadline",
  "risk",
  "overdue",
  "noOverdue",
  "next",
  "noNext",
  "indicators",
  "indicator",
  "baseline",
  "latest",
  "target",
  "change",
  "progress",
  "light",
  "byOwner",
  "roadmap",
  "existing",
  "planned",
  "timeline",
  "asWritten",
  "undated",
  "goals",
  "generated",
] as const;

/** The fixed texts of a report in one language, plus `none` (`—`) for an empty cell. @internal */
export type ReportText = Record<(typeof REPORT_KEYS)[number] | "none", string>;

/**
 * The fixed texts of a report in one language.
 * @internal
 */
export function reportText(lang: Lang): ReportText {
  const { t } = translator(strategyMessages, lang);
  return { ...Object.fromEntries(REPORT_KEYS.map((k) => [k, t(k)])), none: "—" } as ReportText;
}
