import { translator } from "@ciudata/core";
import type { AnonymizeReport, BelowK } from "@ciudata/privacy";
import { anonymizeFile } from "@ciudata/privacy/node";
import type { Handler } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { escapeFormulas, readJson, refuseOverwrite, reportFormat, userPath } from "../../io";
import { anonymizeMessages } from "../../messages/anonymize";
import type { Lang } from "../../types";
import { readLimits } from "../_limits";
import { riskLines } from "../privacy/risk-text";
import { coarsenFirst } from "./coarsen-first";

const PLAN_EXAMPLE = '{"columns":{"dni":{"action":"drop"}},"kAnonymity":{"k":3,"qi":["edad","barrio"]}}';

/**
 * Runs `ciudata anonymize`: applies the plan, writes `--out` atomically (never over the input or the
 * plan) and reports what was done with the risk before and after. Exits 1 when k is not reached.
 */
export const runAnonymize: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const { plan, out } = args.flags;
  if (typeof plan !== "string") throw new UsageError({ kind: "missing-value", flag: "--plan" });
  if (typeof out !== "string") throw new UsageError({ kind: "missing-value", flag: "--out" });
  const areas = typeof args.flags.areas === "string" ? [args.flags.areas] : [];
  refuseOverwrite(ctx, [out], [target, plan, ...areas]);
  const limits = readLimits(args);
  const planData = await readJson(ctx, plan, PLAN_EXAMPLE);
  // --grid / --areas: the points are coarsened first, into a temporary copy (the input is untouched).
  const first = await coarsenFirst(args, ctx, target);
  let report: AnonymizeReport;
  try {
    // anonymizeFile checks the output again (real paths, links) and writes it atomically.
    report = await anonymizeFile(first?.path ?? userPath(ctx, target), planData, userPath(ctx, out), {
      env: ctx.io.env,
      cwd: ctx.io.cwd,
      escapeFormulas: escapeFormulas(args),
      limits,
    });
  } finally {
    await first?.remove();
  }
  // k asked for and not reached: exit 1 (the file is written, but it is not k-anonymous).
  const below = report.belowK && report.belowK.classes > 0 ? report.belowK : null;
  if (below && reportFormat(args, false) !== "json")
    ctx.io.stderr(`${belowKLines(below, ctx.lang).join("\n")}\n`);
  const { t } = translator(anonymizeMessages, ctx.lang);
  const done = [...(first?.lines ?? []), ...doneLines(report, out, ctx.lang)];
  const risk = (heading: string, r: AnonymizeReport["before"]): string[] =>
    r ? [`\n${heading}:`, ...riskLines(r, ctx.lang).map((l) => `  ${l}`)] : [];
  return {
    exitCode: below ? 1 : 0,
    report: {
      json: () => (first ? { ...report, coarsened: first.data } : report),
      text: () =>
        `${[...done, ...risk(t("before"), report.before), ...risk(t("after"), report.after)].join("\n")}\n`,
      doc: () => {
        const blocks: Block[] = [{ kind: "list", items: done }];
        for (const [heading, r] of [
          [t("before"), report.before],
          [t("after"), report.after],
        ] as const)
          if (r)
            blocks.push({ kind: "heading", text: heading }, { kind: "list", items: riskLines(r, ctx.lang) });
        if (below) {
          const [head, ...examples] = belowKLines(below, ctx.lang);
          blocks.push({ kind: "paragraph", text: head as string });
          if (examples.length) blocks.push({ kind: "list", items: examples.map((e) => e.trim()) });
        }
        return { title: t("title"), lang: ctx.lang, blocks };
      },
    },
  };
};

/** Rows written, columns dropped, cells suppressed. */
function doneLines(report: AnonymizeReport, out: string, lang: Lang): string[] {
  const { t, words: n } = translator(anonymizeMessages, lang);
  const suppressions = Object.entries(report.suppressions).map(([k, count]) => `${k} ${n.number(count)}`);
  return [
    t("rowsWritten", { rows: report.rows, out }),
    t("dropped", { columns: report.dropped.join(", ") || "-" }),
    t("suppressions", { list: suppressions.join(", ") || "-" }),
  ];
}

/** The classes that still break k: sizes and masked or generalised values only. */
function belowKLines(b: BelowK, lang: Lang): string[] {
  const { t } = translator(anonymizeMessages, lang);
  const lines = [t("belowK", { k: b.k, classes: b.classes, records: b.records })];
  for (const e of b.examples)
    lines.push(
      `  ${t("classSize")} ${e.size}: ${Object.entries(e.values)
        .map(([q, v]) => `${q}=${JSON.stringify(v)}`)
        .join(", ")}`,
    );
  if (b.classes > b.examples.length) lines.push(`  … ${b.classes - b.examples.length} ${t("more")}`);
  return lines;
}
