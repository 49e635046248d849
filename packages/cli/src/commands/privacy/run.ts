import { CiudataError, numberWords, translator } from "@ciudata/core";
import { type ColumnFinding, measureRisk, type RiskReport, scanTable } from "@ciudata/privacy";
import { asUsageError, UsageError } from "../errors";
import { localized } from "../messages";
import { privacyMessages } from "../messages/privacy";
import type { Command, CommandContext, Lang } from "../types";
import { openInput } from "./_input";
import { refuseOverwrite, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

/** Output formats of the privacy commands. @internal */
export type PrivacyFormat = "text" | "json" | "html";

/** Reads `--format` / `--json` / `--html`. @internal */
export function privacyFormat(flags: Record<string, string | boolean>): PrivacyFormat {
  if (flags.json === true) return "json";
  if (flags.html === true) return "html";
  const f = flags.format;
  if (f === undefined || f === true) return "text";
  if (f === "text" || f === "json" || f === "html") return f;
  throw new UsageError({
    kind: "custom",
    message: localized(privacyMessages, "privacyFormat"),
  });
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal self-contained HTML page with a title and a table. @internal */
export function htmlPage(
  title: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  lang: Lang,
): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n");
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style>
</head><body><h1>${esc(title)}</h1><table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table></body></html>\n`;
}

/** Writes the output to `--out` atomically (never over one of `inputs`), or to stdout. @internal */
export async function emit(
  text: string,
  ctx: CommandContext,
  out: string | boolean | undefined,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  if (typeof out === "string") {
    await writeOutput(ctx, out, text, { inputs });
    return;
  }
  ctx.io.stdout(text);
}

/** Runs `fn`, turning a `CiudataError` (unknown column, bad plan, missing key) into a usage error. @internal */
export async function userErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof CiudataError) throw asUsageError(error);
    throw error;
  }
}

const W = {
  column: localized(privacyMessages, "column"),
  category: localized(privacyMessages, "category"),
  role: localized(privacyMessages, "role"),
  confidence: localized(privacyMessages, "confidence"),
  matched: localized(privacyMessages, "matched"),
  samples: localized(privacyMessages, "samples"),
  none: localized(privacyMessages, "none"),
  scanTitle: localized(privacyMessages, "scanTitle"),
  riskTitle: localized(privacyMessages, "riskTitle"),
  records: localized(privacyMessages, "records"),
  classes: localized(privacyMessages, "classes"),
  uniques: localized(privacyMessages, "uniques"),
  mean: localized(privacyMessages, "mean"),
  max: localized(privacyMessages, "max"),
};

function scanRows(findings: readonly ColumnFinding[], lang: Lang): string[][] {
  const n = numberWords(lang);
  return findings.map((f) => [
    f.column,
    f.category + (f.idType ? ` (${f.idType})` : ""),
    f.role,
    n.number(f.confidence, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    `${n.number(f.counts.matched)}/${n.number(f.counts.sampled)}`,
    f.samples.join(" | ") + (f.laws ? ` — ${f.laws.join("; ")}` : ""),
  ]);
}

/** The risk report as lines of text in a language. @internal */
export function riskLines(r: RiskReport, lang: Lang): string[] {
  const { t, words: n } = translator(privacyMessages, lang);
  const lines = [
    `${W.riskTitle[lang]} — QI: ${r.qi.join(", ")}`,
    `${W.records[lang]}: ${n.number(r.records)}; ${W.classes[lang]}: ${n.number(r.classes)}`,
    ...r.violations.map((v) => t("violatingK", { k: v.k, records: v.records, share: v.share })),
    `${W.uniques[lang]}: ${n.number(r.sampleUniques)}`,
    `${W.mean[lang]}: ${n.number(r.risk.mean, { maximumFractionDigits: 4 })}; ${W.max[lang]}: ${n.number(r.risk.max, { maximumFractionDigits: 4 })}`,
    ...r.lDiversity.map((l) =>
      t("ldivLine", { column: l.column, distinct: l.distinctMin, entropy: l.entropyMin }),
    ),
  ];
  if (r.weighted)
    lines.push(
      t("weighted", {
        global: r.weighted.globalRisk,
        expected: r.weighted.expectedReidentifications,
      }),
    );
  return lines;
}

const list = (v: string | boolean | undefined) =>
  typeof v === "string"
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** `ciudata privacy scan <file>` and `ciudata privacy risk <file> --qi a,b,c`. */
export const privacyCommand: Command = {
  name: "privacy",
  summary: localized(privacyMessages, "summary"),
  usage: localized(privacyMessages, "usage"),
  flags: {
    qi: {
      type: "string",
      description: localized(privacyMessages, "flag.qi"),
    },
    sensitive: {
      type: "string",
      description: localized(privacyMessages, "flag.sensitive"),
    },
    k: {
      type: "string",
      description: localized(privacyMessages, "flag.k"),
    },
    weight: {
      type: "string",
      description: localized(privacyMessages, "flag.weight"),
    },
    "missing-matches-any": {
      type: "boolean",
      description: localized(privacyMessages, "flag.missingMatchesAny"),
    },
    format: {
      type: "string",
      description: localized(privacyMessages, "flag.format"),
    },
    json: { type: "boolean", description: localized(privacyMessages, "flag.json") },
    html: { type: "boolean", description: localized(privacyMessages, "flag.html") },
    out: {
      type: "string",
      description: localized(privacyMessages, "flag.out"),
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [sub, target, extra] = args.positionals;
    if (sub !== "scan" && sub !== "risk")
      throw new UsageError(
        sub === undefined
          ? { kind: "missing-argument", argument: "scan|risk" }
          : { kind: "unknown-command", command: `privacy ${sub}`, suggestion: "scan" },
      );
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const format = privacyFormat(args.flags);
    const lang = ctx.lang;
    const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
    refuseOverwrite(ctx, [out], [target]);
    const limits = readLimits(args);
    if (sub === "scan") {
      const report = await userErrors(async () => scanTable(await openInput(target, ctx), { limits }));
      const head = [W.column, W.category, W.role, W.confidence, W.matched, W.samples].map((w) => w[lang]);
      const text =
        format === "json"
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === "html"
            ? htmlPage(W.scanTitle[lang], head, scanRows(report.findings, lang), lang)
            : report.findings.length
              ? `${W.scanTitle[lang]}:\n${scanRows(report.findings, lang)
                  .map((r) => `  ${r.join("  ·  ")}`)
                  .join("\n")}\n`
              : `${W.none[lang]}\n`;
      await emit(text, ctx, out, [target]);
      return 0;
    }
    const qi = list(args.flags.qi);
    if (qi.length === 0) throw new UsageError({ kind: "missing-value", flag: "qi" });
    const k = args.flags.k === undefined ? 3 : Number(args.flags.k);
    if (!Number.isInteger(k) || k < 2)
      throw new UsageError({
        kind: "custom",
        message: localized(privacyMessages, "badK"),
      });
    const report = await userErrors(async () =>
      measureRisk(await openInput(target, ctx), {
        qi,
        k,
        limits,
        sensitive: list(args.flags.sensitive),
        missingMatchesAny: args.flags["missing-matches-any"] === true,
        ...(typeof args.flags.weight === "string" ? { weight: args.flags.weight } : {}),
      }),
    );
    const lines = riskLines(report, lang);
    const text =
      format === "json"
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === "html"
          ? htmlPage(
              W.riskTitle[lang],
              ["", ""],
              lines.slice(1).map((l) => l.split(/:\s(?=[^:]*$)/)),
              lang,
            )
          : `${lines.join("\n")}\n`;
    await emit(text, ctx, out, [target]);
    return report.kAnonymous ? 0 : 1;
  },
};
