// `ciudata inventory validate`: the quality review, the privacy scan and (for rows about people) the
// disaggregation check on every dataset the inventory can reach, appended to each one's dated history.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { type Lang, translator } from "@ciudata/core";
import { disaggregationChecks, disaggregationIssues } from "@ciudata/disaggregation";
import { scanTable } from "@ciudata/privacy";
import { review } from "@ciudata/quality";
import {
  appendReviews,
  closestIds,
  type DatasetEntry,
  type DatasetReview,
  formatPct,
} from "@ciudata/strategy";
import type { Report } from "@ciudata/table";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { userPath } from "../../io";
import { perLang } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";
import { isPlaceName } from "../_masking";
import { readValid, writeInventory } from "./file";

/** What happened to one dataset. */
type Result =
  | { id: string; kind: "reviewed"; review: DatasetReview }
  | { id: string; kind: "unreachable"; source: string; reason: Record<Lang, string> }
  | { id: string; kind: "skipped" };

/** Runs `inventory validate <inventory.json> [--as-of YYYY-MM-DD] [--dataset id]`. */
export async function validate(file: string, args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const valid = await readValid(ctx, file, args);
  if (typeof valid === "number") return valid;
  const { read, asOf } = valid;
  const all = read.inventory.datasets;
  const only = typeof args.flags.dataset === "string" ? args.flags.dataset : undefined;
  if (only !== undefined && !all.some((d) => d.id === only)) {
    const closest = closestIds(
      only,
      all.map((d) => d.id),
      1,
    ).join("");
    throw new UsageError({
      kind: "custom",
      message: perLang((lang) =>
        translator(inventoryMessages, lang).t("unknownDataset", { id: only, closest }),
      ),
    });
  }
  const base = dirname(userPath(ctx, file));
  const results: Result[] = [];
  for (const d of all.filter((x) => only === undefined || x.id === only))
    results.push(await validateOne(d, base, asOf, ctx.lang));
  const reviews = results.flatMap((r) =>
    r.kind === "reviewed" ? [{ datasetId: r.id, review: r.review }] : [],
  );
  // The history is appended to the file as written; the new file replaces the old one in one rename.
  if (reviews.length) await writeInventory(ctx, file, appendReviews(read.raw, reviews));
  const unreachable = results.filter((r) => r.kind === "unreachable");
  const { t } = translator(inventoryMessages, ctx.lang);
  for (const r of unreachable)
    if (r.kind === "unreachable")
      ctx.io.stderr(`${t("unreachable", { id: r.id, source: r.source, reason: r.reason[ctx.lang] })}\n`);
  const lines = [t("validated", { file, date: asOf, count: reviews.length })];
  for (const r of results) {
    if (r.kind === "skipped") lines.push(`  ${t("skipped", { id: r.id })}`);
    if (r.kind !== "reviewed") continue;
    const q = r.review.quality;
    const p = r.review.privacy;
    lines.push(
      t("reviewLine", {
        id: r.id,
        score: q.overall === null ? "—" : formatPct(q.overall, ctx.lang).replace("%", "").trim(),
        outcome: q.outcome,
        personal: p.directIdentifiers
          ? t("directFound", { columns: p.personalColumns.join(", ") })
          : t("noDirect"),
        disaggregation: r.review.disaggregation ? t("disaggregationFindings", r.review.disaggregation) : "",
      }),
    );
  }
  return {
    exitCode: unreachable.length ? EXIT_INVALID : 0,
    report: {
      json: () => ({
        file,
        asOf,
        results: results.map((r) =>
          r.kind === "unreachable" ? { id: r.id, kind: r.kind, source: r.source, reason: r.reason.en } : r,
        ),
      }),
      text: () => `${lines.join("\n")}\n`,
      doc: () => ({
        title: lines[0] as string,
        lang: ctx.lang,
        blocks: [{ kind: "list", items: lines.slice(1) }],
      }),
    },
  };
}

/** The bytes of a distribution: an http(s) URL fetched, or a path read relative to the inventory's folder. */
async function bytesOf(source: string, base: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { redirect: "follow" });
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
    return new Uint8Array(await response.arrayBuffer());
  }
  return new Uint8Array(await readFile(isAbsolute(source) ? source : resolve(base, source)));
}

/** Why a distribution could not be read, in every language (never a stack trace). */
export function reasonOf(error: unknown): Record<Lang, string> {
  const e = error as { code?: string; status?: number; cause?: { code?: string } };
  const key =
    e.status !== undefined
      ? "reasonStatus"
      : e.code === "ENOENT"
        ? "reasonNotFound"
        : e.code === "EISDIR"
          ? "reasonFolder"
          : "reasonNetwork";
  const detail = String(e.status ?? e.code ?? e.cause?.code ?? (error as Error)?.message ?? error);
  return perLang((lang) => translator(inventoryMessages, lang).t(key, { detail }));
}

async function validateOne(d: DatasetEntry, base: string, asOf: string, lang: Lang): Promise<Result> {
  const dist = d.distribution.find((x) => x.downloadURL ?? x.accessURL);
  const source = dist?.downloadURL ?? dist?.accessURL;
  if (source === undefined || d.state === "planned" || d.state === "retired")
    return { id: d.id, kind: "skipped" };
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(source, base);
  } catch (error) {
    return { id: d.id, kind: "unreachable", source, reason: reasonOf(error) };
  }
  const { review } = await reviewBytes(bytes, { source, personalData: d.personalData, asOf, lang });
  return { id: d.id, kind: "reviewed", review };
}

/** A dataset's review (quality, privacy scan, disaggregation when about people) and the fields read. */
export interface BytesReview {
  review: DatasetReview;
  /** The Table Schema fields the review read (given or inferred), name and type. */
  fields: { name: string; type: string }[];
}

/**
 * Reviews a dataset's bytes as `inventory validate` does: the privacy scan, the quality review as of a
 * day and, for rows about people (declared, or personal columns found), the disaggregation checks.
 * Shared with `ciudata watch`.
 */
export async function reviewBytes(
  bytes: Uint8Array,
  o: { source: string; personalData: boolean; asOf: string; lang: Lang },
): Promise<BytesReview> {
  const scan = await scanTable(bytes, { isPlaceName });
  const aboutPeople = o.personalData || (scan.personalColumns.length > 0 && !scan.institutions);
  const { report, scores } = await review(bytes, {
    lang: o.lang,
    asOf: o.asOf,
    ...(aboutPeople ? { checks: disaggregationChecks(), catalogs: disaggregationIssues } : {}),
  });
  const dimensions = Object.fromEntries(Object.entries(scores.dimensions).map(([k, s]) => [k, s.score]));
  const fields = (report.tasks[0]?.detected.schema?.fields ?? []).map((f) => ({
    name: f.name,
    type: f.type ?? "string",
  }));
  return {
    fields,
    review: {
      date: o.asOf,
      source: o.source,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      rows: scores.rows,
      quality: {
        overall: scores.overall,
        outcome: scores.outcome,
        formulaVersion: scores.formulaVersion,
        dimensions,
        errors: report.stats.errors,
      },
      privacy: {
        directIdentifiers: scan.findings.some((f) => f.role === "direct"),
        personalColumns: [...scan.personalColumns],
      },
      ...(aboutPeople ? { disaggregation: disaggregationCounts(report) } : {}),
    },
  };
}

/** Findings of the disaggregation checks, counted from every finding (not the listed ones). */
function disaggregationCounts(report: Report): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const task of report.tasks)
    for (const [type, n] of Object.entries(task.totals?.byType ?? {}))
      if (type.startsWith("disaggregation/")) {
        errors += n.errors;
        warnings += n.warnings;
      }
  return { errors, warnings };
}
