import { type Lang, numberWords, translator } from "@ciudata/core";
import type { BlockingCount, LinkResult, Records, ScoredPair } from "@ciudata/linkage";
import type { Printable } from "../../declare";
import type { Block, Doc } from "../../doc";
import { linkMessages } from "../../messages/link";
import { modelRows } from "./levels";
import { type WaterfallStep, waterfallSteps, waterfallSvg, waterfallText } from "./waterfall";

// The linkage report: sides and fields read, blocking counts, the trained model in words, links / review /
// groups, the evaluation, and a waterfall for the strongest links and the pairs under review. Record ids,
// levels and weights only: no value of any record appears in it, in any format.

/** What a report is made from: the run's result and the records of each side. */
export interface LinkRun {
  result: LinkResult;
  sides: readonly Records[];
  /** Lines to print before the report (suggested mapping in use, decisions imported…). */
  notes: readonly string[];
  /** The files written into `--out`, if any. */
  files: readonly string[];
}

/** How many strongest links and review pairs get a waterfall. */
const TOP = 3;
const REVIEW = 5;

/** Per field of one side: how many records have a value. */
export interface FieldStats {
  field: string;
  present: number;
  missing: number;
}

/** The fields worth reporting: those the comparisons and blocking rules read, and the national ID. */
function reportedFields(result: LinkResult, records: Records): string[] {
  const wanted = new Set<string>(result.specs.flatMap((s) => s.fields));
  if ("nationalId" in records.fields) wanted.add("nationalId");
  return Object.keys(records.fields).filter((f) => wanted.has(f));
}

/**
 * Nulls per reported field of one side.
 *
 * @example
 * ```ts
 * fieldStats(result, left)[0]; //=> { field: "surname1", present: 29, missing: 1 }
 * ```
 */
export function fieldStats(result: LinkResult, records: Records): FieldStats[] {
  return reportedFields(result, records).map((field) => {
    const values = records.fields[field] ?? [];
    let missing = 0;
    for (const v of values) if (v === null || v === "") missing++;
    return { field, present: values.length - missing, missing };
  });
}

/** IDs whose check digit failed (`nationalIdValid` = `0`). */
function invalidIds(records: Records): number {
  let n = 0;
  for (const v of records.fields.nationalIdValid ?? []) if (v === "0") n++;
  return n;
}

interface ExplainedPair {
  left: string;
  right: string;
  probability: number;
  weight: number;
  steps: WaterfallStep[];
}

function explained(pairs: readonly ScoredPair[], result: LinkResult, lang: Lang): ExplainedPair[] {
  return pairs.map((p) => ({
    left: p.left,
    right: p.right,
    probability: p.probability,
    weight: p.weight,
    steps: waterfallSteps(p, result.specs, lang),
  }));
}

/** The pairs shown with a waterfall: the strongest links, and the first pairs of the review band. */
function shownPairs(result: LinkResult): { top: ScoredPair[]; review: ScoredPair[] } {
  const top = result.pairs.filter((p) => p.link).slice(0, TOP);
  const review = result.pairs.filter((p) => !p.link && p.decision === undefined).slice(0, REVIEW);
  return { top, review };
}

/** Records in groups of more than one. */
function groupedRecords(result: LinkResult): { clusters: number; people: number } {
  const big = result.clusters.filter((c) => c.members.length > 1);
  return { clusters: big.length, people: big.reduce((n, c) => n + c.members.length, 0) };
}

/** The blocking rules' table: the pairs each rule adds (its marginal) and the running total. */
export function blockingTable(blocking: readonly BlockingCount[], lang: Lang): Block {
  const { t, words: n } = translator(linkMessages, lang);
  return {
    kind: "table",
    head: [t("rule"), t("marginal"), t("cumulative")],
    rows: blocking.map((b) => [b.rule, n.number(b.marginal), n.number(b.cumulative)]),
  };
}

/**
 * The report of a run as a `Printable` (JSON, text, Markdown and HTML with inline SVG waterfalls).
 *
 * @example
 * ```ts
 * const printable = linkReport({ result, sides: [left, right], notes: [], files: [] }, "es");
 * ```
 */
export function linkReport(run: LinkRun, lang: Lang): Printable {
  const { result } = run;
  const { t } = translator(linkMessages, lang);
  const n = numberWords(lang);
  const shown = shownPairs(result);
  const top = explained(shown.top, result, lang);
  const review = explained(shown.review, result, lang);
  const model = modelRows(result.model, result.specs, lang);
  const grouped = groupedRecords(result);
  const fixed = (v: number, digits = 4) =>
    Number.isFinite(v) ? n.number(v, { maximumFractionDigits: digits }) : "—";

  const summary = [
    t("compared", { count: result.compared }),
    t("linksLine", { links: result.links, threshold: result.threshold }),
    t("reviewLine", { review: result.review, from: result.reviewFrom, threshold: result.threshold }),
    t("clustersLine", grouped),
  ];
  const flagged = result.clusters.filter((c) => c.flags?.length);
  if (flagged.length)
    summary.push(
      t("flaggedLine", {
        count: flagged.length,
        large: flagged.filter((c) => c.flags?.includes("large")).length,
        conflicting: flagged.filter((c) => c.flags?.includes("conflicting-ids")).length,
      }),
    );
  const evaluation = result.evaluation
    ? [
        t("evalPairs", result.evaluation),
        t("evalCounts", result.evaluation),
        ...(result.evaluation.clusters ? [t("evalClusters", result.evaluation.clusters)] : []),
      ]
    : [];

  const doc = (): Doc => {
    const blocks: Block[] = [];
    if (run.notes.length) blocks.push({ kind: "list", items: [...run.notes] });
    blocks.push({ kind: "heading", text: t("sides") });
    for (const side of run.sides) {
      const invalid = invalidIds(side);
      blocks.push({
        kind: "paragraph",
        text: `${side.source}: ${n.number(side.ids.length)} ${t("records")}${invalid ? `; ${t("invalidIds", { count: invalid })}` : ""}`,
      });
      const read = side.stats?.fields ?? [];
      if (read.length)
        blocks.push({
          kind: "table",
          head: [t("field"), t("column"), t("present"), t("missing"), t("invalid"), t("unparsed")],
          rows: read.map((f) => [
            f.role,
            f.column,
            n.number(f.values),
            n.number(f.nulls),
            f.invalid === undefined ? "" : n.number(f.invalid),
            f.unparsed === undefined ? "" : n.number(f.unparsed),
          ]),
        });
      else {
        const stats = fieldStats(result, side);
        if (stats.length)
          blocks.push({
            kind: "table",
            head: [t("field"), t("present"), t("missing")],
            rows: stats.map((s) => [s.field, n.number(s.present), n.number(s.missing)]),
          });
      }
      const dates = side.stats?.dateFormat;
      if (dates)
        blocks.push({ kind: "paragraph", text: t(dates.detected ? "dateDetected" : "dateDeclared", dates) });
    }
    blocks.push(
      { kind: "heading", text: t("blocking") },
      blockingTable(result.blocking, lang),
      ...(result.blockingChanges?.length
        ? [{ kind: "list" as const, items: result.blockingChanges.map((c) => t("blockingChange", c)) }]
        : []),
      { kind: "heading", text: t("model") },
      { kind: "paragraph", text: t("prior", { prior: result.model.prior }) },
      {
        kind: "table",
        head: [t("comparison"), t("level"), "m", "u", t("weight")],
        rows: model.map((r) => [r.comparison, r.level, fixed(r.m), fixed(r.u, 6), fixed(r.weight, 2)]),
      },
      { kind: "heading", text: t("results") },
      { kind: "list", items: summary },
    );
    if (evaluation.length)
      blocks.push({ kind: "heading", text: t("evaluation") }, { kind: "list", items: evaluation });
    for (const [heading, pairs] of [
      [t("topPairs"), top],
      [t("reviewPairs"), review],
    ] as const) {
      if (!pairs.length) continue;
      blocks.push({ kind: "heading", text: heading });
      for (const p of pairs) {
        const head = t("pairHead", p);
        const text = waterfallText(p.steps, lang);
        blocks.push({ kind: "paragraph", text: head });
        blocks.push({ kind: "figure", text, svg: waterfallSvg(p.steps, lang, head) });
      }
    }
    if (run.files.length)
      blocks.push({ kind: "paragraph", text: t("wroteFiles", { files: run.files.join(", ") }) });
    return { title: result.mode === "link" ? t("titleLink") : t("titleDedupe"), lang, blocks };
  };

  return {
    json: () => ({
      mode: result.mode,
      sides: run.sides.map((side) => ({
        source: side.source,
        records: side.ids.length,
        invalidIds: invalidIds(side),
        fields: fieldStats(result, side),
        ...(side.stats ? { read: side.stats } : {}),
      })),
      blocking: result.blocking,
      ...(result.blockingChanges ? { blockingChanges: result.blockingChanges } : {}),
      compared: result.compared,
      model: {
        prior: result.model.prior,
        comparisons: result.model.comparisons.map((c) => ({
          name: c.name,
          levels: c.levels.map((l) => {
            const row = model.find((r) => r.comparison === c.name && r.id === l.id);
            return { ...l, words: row?.level, weight: row?.weight };
          }),
        })),
      },
      threshold: result.threshold,
      reviewFrom: result.reviewFrom,
      links: result.links,
      review: result.review,
      clusters: grouped.clusters,
      recordsInClusters: grouped.people,
      flaggedClusters: flagged.map((c) => ({ id: c.id, members: c.members.length, flags: c.flags })),
      ...(result.evaluation ? { evaluation: result.evaluation } : {}),
      topPairs: top,
      reviewPairs: review,
      notes: run.notes,
      files: run.files,
    }),
    doc,
  };
}
