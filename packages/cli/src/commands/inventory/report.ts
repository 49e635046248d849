// `ciudata inventory report`: coverage by area, stale datasets, personal data without review, score trends.
import { type Lang, numberWords, translator } from "@ciudata/core";
import { formatPct, type InventoryReport, inventoryReport, todayIn } from "@ciudata/strategy";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import type { Block, Doc } from "../../doc";
import { EXIT_INVALID } from "../../exit-codes";
import { inventoryMessages } from "../../messages/inventory";
import { listInvalid, readInventory } from "./file";
import { dateFlag } from "./flags";

/** Runs `inventory report <inventory.json> [--as-of YYYY-MM-DD]`; the CLI prints it in the format asked. */
export async function report(file: string, args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const asOf =
    dateFlag(args, "as-of") ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  const read = await readInventory(ctx, file);
  if (!read.ok) {
    listInvalid(ctx, file, read.issues);
    return EXIT_INVALID;
  }
  const r = inventoryReport(read.inventory, asOf);
  return { exitCode: 0, report: { json: () => r, doc: () => inventoryDoc(r, ctx.lang) } };
}

/**
 * An inventory report as a document (text, Markdown and HTML are rendered from it): every number comes
 * from the report, which counts every dataset.
 *
 * @example
 * ```ts
 * docText(inventoryDoc(inventoryReport(inventory, "2026-06-30"), "es"));
 * ```
 */
export function inventoryDoc(r: InventoryReport, lang: Lang): Doc {
  const { t } = translator(inventoryMessages, lang);
  const w = numberWords(lang);
  const pct = (v: number | null) => (v === null ? "—" : formatPct(v, lang));
  const score = (v: number | null) => (v === null ? "—" : w.number(v));
  const yes = (b: boolean) => (b ? t("yes") : t("no"));
  const none = (rows: readonly (readonly string[])[], head: string[]): Block =>
    rows.length ? { kind: "table", head, rows } : { kind: "paragraph", text: t("none") };
  return {
    title: t("reportTitle", { city: r.city ?? "", asOf: r.asOf }),
    lang,
    blocks: [
      {
        kind: "paragraph",
        text: t("summaryLine", {
          datasets: r.datasets,
          inventoried: r.coverage.inventoried,
          areas: r.coverage.areas,
          passed: r.coverage.passedProtocol,
        }),
      },
      {
        kind: "paragraph",
        text: t("statusLine", {
          coverage: pct(r.status.coveragePct),
          updated: pct(r.status.updatedPct),
          required: pct(r.status.requiredPct),
        }),
      },
      { kind: "heading", text: t("coverage") },
      {
        kind: "table",
        head: [t("area"), t("datasets"), t("reviewed"), t("passed"), t("protocol")],
        rows: r.areas.map((a) => [
          `${a.name} (${a.id})`,
          w.number(a.datasets),
          `${w.number(a.reviewed)}/${w.number(a.toReview)}`,
          `${w.number(a.passed)}/${w.number(a.toReview)}`,
          yes(a.passedProtocol),
        ]),
      },
      { kind: "paragraph", text: t("passedRule") },
      { kind: "heading", text: `${t("stale")} (${w.number(r.stale.length)})` },
      none(
        r.stale.map((s) => [
          `${s.title} (${s.id})`,
          s.periodicity,
          s.modified ?? t("never"),
          s.due ?? "—",
          s.daysOverdue === null ? "—" : w.number(s.daysOverdue),
        ]),
        [t("dataset"), t("periodicity"), t("modified"), t("due"), t("daysOverdue")],
      ),
      {
        kind: "heading",
        text: `${t("personalNoReview")} (${w.number(r.personalWithoutPrivacyReview.length)})`,
      },
      none(
        r.personalWithoutPrivacyReview.map((d) => [`${d.title} (${d.id})`, d.orgUnitId]),
        [t("dataset"), t("area")],
      ),
      { kind: "heading", text: t("trends") },
      none(
        r.trends
          .filter((d) => d.reviews.length)
          .map((d) => [
            `${d.title} (${d.id})`,
            d.reviews.map((p) => `${p.date}: ${score(p.overall)} (${p.outcome})`).join(" · "),
            d.change === null ? "—" : `${d.change > 0 ? "+" : ""}${w.number(d.change)}`,
            d.sourceChanged === null ? "—" : yes(d.sourceChanged),
          ]),
        [t("dataset"), t("reviews"), t("change"), t("sourceChanged")],
      ),
    ],
  };
}
