import { translator } from "@ciudata/core";
import type { BelowK } from "@ciudata/privacy";
import { anonymizeFile } from "@ciudata/privacy/node";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { anonymizeMessages } from "../messages/anonymize";
import type { Command, Lang } from "../types";
import { escapeFormulas, NO_FORMULA_ESCAPE, userPath } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { riskLines, userErrors } from "./privacy";

/** `ciudata anonymize <file> --plan plan.json --out out.csv`: applies a plan, writes atomically, prints before/after risk. */
export const anonymizeCommand: Command = {
  name: "anonymize",
  summary: localized(anonymizeMessages, "summary"),
  usage: localized(anonymizeMessages, "usage"),
  flags: {
    plan: {
      type: "string",
      description: localized(anonymizeMessages, "flag.plan"),
    },
    out: {
      type: "string",
      description: localized(anonymizeMessages, "flag.out"),
    },
    json: {
      type: "boolean",
      description: localized(anonymizeMessages, "flag.json"),
    },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const { plan, out } = args.flags;
    if (typeof plan !== "string") throw new UsageError({ kind: "missing-value", flag: "plan" });
    if (typeof out !== "string") throw new UsageError({ kind: "missing-value", flag: "out" });
    const limits = readLimits(args);
    const abs = (p: string) => userPath(ctx, p);
    // The output guard (real paths, links) is anonymizeFile's: output-is-input, exit 2.
    let planPath: unknown;
    try {
      planPath = JSON.parse(await (await import("node:fs/promises")).readFile(abs(plan), "utf8"));
    } catch {
      throw new UsageError({
        kind: "custom",
        message: localized(anonymizeMessages, "unreadablePlan", { plan }),
      });
    }
    const report = await userErrors(() =>
      anonymizeFile(abs(target), planPath, abs(out), {
        env: ctx.io.env,
        cwd: ctx.io.cwd,
        escapeFormulas: escapeFormulas(args),
        limits,
      }),
    );
    // k asked for and not reached: exit 1 (the file is written, but it is not k-anonymous).
    const status = report.belowK && report.belowK.classes > 0 ? 1 : 0;
    if (args.flags.json) {
      ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return status;
    }
    const { t, words: n } = translator(anonymizeMessages, ctx.lang);
    const suppressions = Object.entries(report.suppressions).map(([k, count]) => `${k} ${n.number(count)}`);
    const lines = [
      t("rowsWritten", { rows: report.rows, out }),
      t("dropped", { columns: report.dropped.join(", ") || "-" }),
      t("suppressions", { list: suppressions.join(", ") || "-" }),
    ];
    if (report.before)
      lines.push(`\n${t("before")}:`, ...riskLines(report.before, ctx.lang).map((l) => `  ${l}`));
    if (report.after)
      lines.push(`\n${t("after")}:`, ...riskLines(report.after, ctx.lang).map((l) => `  ${l}`));
    ctx.io.stdout(`${lines.join("\n")}\n`);
    if (status !== 0 && report.belowK) ctx.io.stderr(`${belowKLines(report.belowK, ctx.lang).join("\n")}\n`);
    return status;
  },
};

/** The classes that still break k, for stderr: sizes and masked or generalised values only. */
function belowKLines(b: BelowK, lang: Lang): string[] {
  const head = localized(anonymizeMessages, "belowK", { k: b.k, classes: b.classes, records: b.records })[
    lang
  ];
  const size = localized(anonymizeMessages, "classSize")[lang];
  const more = localized(anonymizeMessages, "more")[lang];
  const lines = [head];
  for (const e of b.examples)
    lines.push(
      `  ${size} ${e.size}: ${Object.entries(e.values)
        .map(([q, v]) => `${q}=${JSON.stringify(v)}`)
        .join(", ")}`,
    );
  if (b.classes > b.examples.length) lines.push(`  … ${b.classes - b.examples.length} ${more}`);
  return lines;
}
