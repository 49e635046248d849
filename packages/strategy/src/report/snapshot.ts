import { type Lang, resolveLang, translator } from "@ciudata/core";
import { type IndicatorStatus, indicatorStatus } from "../compute/indicators";
import type { InventoryStatus } from "../compute/inventory";
import { type Progress, progressByOwner, progressByPillar, strategyProgress } from "../compute/progress";
import {
  type ActionStanding,
  nextDeadlines,
  type RiskOptions,
  type RiskReason,
  standings,
} from "../compute/risk";
import { strategyMessages } from "../messages/messages";
import type { ActionStatus, Owner } from "../model/action";
import type { Label } from "../model/common";
import type { StrategyDocument } from "../model/document";
import { BUILTIN_ROLES } from "../model/org";
import { formatPct } from "./format";
import { type GovernanceSections, governanceSections } from "./governance";
import { reasonText, reportText, STATUS_LABELS } from "./labels";

const undatedText = (lang: Lang): string => reportText(lang).undated;

/** The format id of JSON reports. */
export const REPORT_FORMAT = "ciudata-strategy-report";

/** Options of {@link strategyReport}. */
export interface ReportOptions extends RiskOptions {
  /** Language of titles and sentences (default `es`; missing translations fall back to Spanish). */
  lang?: Lang;
  /** How many upcoming deadlines to list (default 5). */
  nextLimit?: number;
  /**
   * The data inventory's status on the day (`inventoryStatus` of an inventory file), shown as the measured
   * progress of the inventory action: `actionId`, or else the first action whose id names the inventory
   * (`inventario…`, `inventory…`; the report says it was guessed).
   */
  inventory?: { status: InventoryStatus; actionId?: string };
}

/** One action in a report. */
export interface ReportAction {
  id: string;
  pillarId: string;
  title: string;
  status: ActionStatus;
  statusLabel: string;
  owners: { kind: Owner["kind"]; id: string; name: string; responsibility: Owner["responsibility"] }[];
  deadline: string | null;
  due: string | null;
  overdue: boolean;
  atRisk: boolean;
  reasons: (RiskReason & { text: string })[];
  lastUpdate: string | null;
  /** True when the status is the one the source document states without a date (no staleness then). */
  undated: boolean;
  /** The aspiration of its pillar the action serves, when the strategy names one. */
  aspirationId: string | null;
  /** The facts as the source document wrote them, when the strategy keeps them. */
  asWritten?: Record<string, string>;
  /** For the inventory action, when the report was given the inventory: what the inventory measures. */
  measured?: { coveragePct: number | null; updatedPct: number | null; text: string };
}

/** One indicator in a report. */
export interface ReportIndicator extends IndicatorStatus {
  name: string;
  unit: string;
}

/** A strategy's standing on a day, as plain JSON-ready data. */
export interface StrategyReport {
  format: typeof REPORT_FORMAT;
  version: 1;
  asOf: string;
  timeZone: string;
  lang: Lang;
  city: { id: string; name: string };
  strategy: {
    id: string;
    title: string;
    framework: string;
    period: { from: string; to: string } | null;
    vision: string | null;
    visionBy: string | null;
    goals: string[];
    priorities: string[];
  };
  progress: Progress;
  pillars: {
    id: string;
    order: number;
    title: string;
    aspiration: string;
    /** The pillar's aspirations one by one with their actions (empty when the strategy does not list them). */
    aspirations: { id: string; text: string; actions: string[] }[];
    progress: Progress;
    actions: string[];
  }[];
  actions: ReportAction[];
  /** Ids of the actions overdue on `asOf`. */
  overdue: string[];
  /** Ids of the actions at risk on `asOf` (overdue ones included). */
  atRisk: string[];
  nextDeadlines: {
    actionId: string;
    title: string;
    due: string;
    deadline: string | null;
    status: ActionStatus;
  }[];
  owners: { owner: string; name: string; progress: Progress }[];
  indicators: ReportIndicator[];
  roadmap: { id: string; pillarId: string; title: string; state: "existing" | "planned" }[];
  /**
   * Governance (committees, meetings, commitments), training plans, platforms map and data-use routines, with
   * commitments past their date and series not held within their frequency flagged.
   */
  governance: GovernanceSections;
  /** Present when the report was given the inventory: its status and the action it measures. */
  inventory?: InventoryStatus & { actionId: string | null; actionGuessed: boolean };
}

/**
 * A text in a language, falling back to Spanish.
 *
 * @example
 * ```ts
 * pick({ es: "Gobernanza", en: "Governance" }, "pt"); //=> "Gobernanza"
 * ```
 */
export function pick(label: Label, lang: Lang): string {
  return label[lang] ?? label.es;
}

/**
 * The display name of an owner reference.
 *
 * @example
 * ```ts
 * ownerName(doc, { kind: "committee", id: "cgd" }, "es"); //=> "Comité de Gobernanza de Datos (CGD)"
 * ```
 */
export function ownerName(doc: StrategyDocument, owner: Pick<Owner, "kind" | "id">, lang: Lang): string {
  switch (owner.kind) {
    case "person":
      return doc.people.find((p) => p.id === owner.id)?.name ?? owner.id;
    case "committee": {
      const c = doc.committees.find((x) => x.id === owner.id);
      return c ? pick(c.name, lang) : owner.id;
    }
    case "org-unit": {
      const u = doc.orgUnits.find((x) => x.id === owner.id);
      return u ? pick(u.name, lang) : owner.id;
    }
    case "role": {
      const declared = doc.roles.find((r) => r.id === owner.id);
      if (declared) return pick(declared.name, lang);
      const builtin = BUILTIN_ROLES[owner.id as keyof typeof BUILTIN_ROLES];
      return builtin ? builtin[lang] : owner.id;
    }
  }
}

/**
 * Everything a report shows, computed as of `asOf`: progress overall, per pillar and per owner, every action
 * with its status, owners, deadline, risk reasons (and the source's own wording), overdue actions, next
 * deadlines, indicators and the roadmap. Pure: the same inputs give the same report.
 *
 * @example
 * ```ts
 * const report = strategyReport(getPreset("mendoza-2024-2026")!, "2024-10-01", { lang: "es" });
 * report.overdue.length; //=> 11
 * ```
 */
export function strategyReport(
  doc: StrategyDocument,
  asOf: string,
  options: ReportOptions = {},
): StrategyReport {
  const lang = resolveLang(options.lang);
  const timeZone = options.timeZone ?? doc.city.timeZone;
  const opts = { ...options, timeZone };
  const byId = new Map<string, ActionStanding>(standings(doc, asOf, opts).map((s) => [s.actionId, s]));
  const actions: ReportAction[] = doc.actions.map((a) => {
    const s = byId.get(a.id) as ActionStanding;
    return {
      id: a.id,
      pillarId: a.pillarId,
      title: pick(a.title, lang),
      status: s.status,
      statusLabel: s.undated
        ? `${STATUS_LABELS[lang][s.status]} — ${undatedText(lang)}`
        : STATUS_LABELS[lang][s.status],
      owners: a.owners.map((o) => ({
        kind: o.kind,
        id: o.id,
        name: ownerName(doc, o, lang),
        responsibility: o.responsibility,
      })),
      deadline: a.deadline ?? null,
      due: s.due,
      overdue: s.overdue,
      atRisk: s.atRisk,
      reasons: s.reasons.map((r) => ({ ...r, text: reasonText(r, lang) })),
      lastUpdate: s.lastUpdate,
      undated: s.undated,
      aspirationId: a.aspirationId ?? null,
      ...(a.asWritten ? { asWritten: { ...a.asWritten } } : {}),
    };
  });
  const inventory = inventoryOf(doc, options.inventory);
  if (inventory?.actionId) {
    const a = actions.find((x) => x.id === inventory.actionId) as ReportAction;
    a.measured = {
      coveragePct: inventory.coveragePct,
      updatedPct: inventory.updatedPct,
      text: translator(strategyMessages, lang).t("inventoryMeasured", {
        coverage: formatPct(inventory.coveragePct, lang),
        updated: formatPct(inventory.updatedPct, lang),
      }),
    };
  }
  const pillarProgress = new Map(progressByPillar(doc, asOf, opts).map((p) => [p.pillarId, p.progress]));
  const titleOf = new Map(actions.map((a) => [a.id, a.title]));
  return {
    format: REPORT_FORMAT,
    version: 1,
    asOf,
    timeZone,
    lang,
    city: { id: doc.city.id, name: pick(doc.city.name, lang) },
    strategy: {
      id: doc.strategy.id,
      title: pick(doc.strategy.title, lang),
      framework: doc.strategy.framework,
      period: doc.strategy.period ? { ...doc.strategy.period } : null,
      vision: doc.strategy.vision ? pick(doc.strategy.vision, lang) : null,
      visionBy: doc.strategy.visionBy ?? null,
      goals: doc.strategy.goals.map((g) => pick(g, lang)),
      priorities: doc.strategy.priorities.map((p) => pick(p, lang)),
    },
    progress: strategyProgress(doc, asOf, opts),
    pillars: [...doc.pillars]
      .sort((a, b) => a.order - b.order)
      .map((p) => ({
        id: p.id,
        order: p.order,
        title: pick(p.title, lang),
        aspiration: pick(p.aspiration, lang),
        aspirations: p.aspirations.map((x) => ({
          id: x.id,
          text: pick(x.text, lang),
          actions: doc.actions.filter((a) => a.pillarId === p.id && a.aspirationId === x.id).map((a) => a.id),
        })),
        progress: pillarProgress.get(p.id) as Progress,
        actions: doc.actions.filter((a) => a.pillarId === p.id).map((a) => a.id),
      })),
    actions,
    overdue: actions.filter((a) => a.overdue).map((a) => a.id),
    atRisk: actions.filter((a) => a.atRisk).map((a) => a.id),
    nextDeadlines: nextDeadlines(doc, asOf, options.nextLimit ?? 5, opts).map((s) => ({
      actionId: s.actionId,
      title: titleOf.get(s.actionId) ?? s.actionId,
      due: s.due as string,
      deadline: doc.actions.find((a) => a.id === s.actionId)?.deadline ?? null,
      status: s.status,
    })),
    owners: progressByOwner(doc, asOf, opts).map((o) => ({
      owner: o.owner,
      name: ownerName(doc, { kind: o.kind as Owner["kind"], id: o.id }, lang),
      progress: o.progress,
    })),
    indicators: doc.indicators.map((i) => ({
      ...indicatorStatus(i, doc.observations, asOf),
      name: pick(i.name, lang),
      unit: pick(i.unit, lang),
    })),
    roadmap: doc.roadmap.map((r) => ({
      id: r.id,
      pillarId: r.pillarId,
      title: pick(r.title, lang),
      state: r.state,
    })),
    governance: governanceSections(doc, asOf, lang, (o) => ownerName(doc, o, lang)),
    ...(inventory ? { inventory } : {}),
  };
}

/** The inventory's status with the action it measures: the one named, or the first whose id names the inventory. */
function inventoryOf(
  doc: StrategyDocument,
  given: ReportOptions["inventory"],
): StrategyReport["inventory"] | undefined {
  if (!given) return undefined;
  const named = given.actionId !== undefined && doc.actions.some((a) => a.id === given.actionId);
  const guessed = named ? undefined : doc.actions.find((a) => /inventar|inventor/.test(a.id))?.id;
  return {
    ...given.status,
    actionId: named ? (given.actionId as string) : (guessed ?? null),
    actionGuessed: !named,
  };
}

/**
 * The report as pretty JSON (ends with a newline).
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(report)).format; //=> "ciudata-strategy-report"
 * ```
 */
export function renderJson(report: StrategyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
