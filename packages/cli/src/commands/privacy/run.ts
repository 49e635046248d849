import { numberWords, translator } from "@ciudata/core";
import {
  type ColumnFinding,
  measureRisk,
  privacyMessages as privacyWords,
  type Role,
  type ScanReport,
  scanTable,
} from "@ciudata/privacy";
import type { CommandContext, Handler, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { openInput } from "../../io";
import { localized } from "../../messages";
import { privacyMessages } from "../../messages/privacy";
import type { Lang } from "../../types";
import { readLimits } from "../_limits";
import { columnList } from "../_lists";
import { isPlaceName } from "../_masking";
import { riskLines } from "./risk-text";

/** Runs `ciudata privacy scan|risk`: personal data found, or the re-identification risk. */
export const runPrivacy: Handler = async (args, ctx) =>
  args.positionals[0] === "scan" ? scan(args, ctx) : risk(args, ctx);

async function scan(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const target = args.positionals[1] as string;
  const report = await scanTable(await openInput(target, ctx), { limits: readLimits(args), isPlaceName });
  const { t } = translator(privacyMessages, ctx.lang);
  const words = translator(privacyWords, ctx.lang).t;
  const rows = scanRows(report.findings, ctx.lang);
  // Only institutions' contact fields: no personal data, and the title says so.
  const title = t(report.personalColumns.length || !rows.length ? "scanTitle" : "scanTitleInstitutions");
  const head = [t("column"), t("category"), t("role"), t("confidence"), t("matched"), t("samples")];
  const notes: string[] = [];
  if (report.institutions) notes.push(words("institutions", report.institutions));
  const level = args.flags["fail-on"];
  const gate = level === "direct" || level === "quasi" ? failOn(report, level) : undefined;
  if (gate) notes.push(t(gate.columns.length ? "failOn.failed" : "failOn.passed", gate));
  return {
    exitCode: gate?.columns.length ? 1 : 0,
    report: {
      json: () => ({
        ...report,
        findings: report.findings.map((f) => ({
          ...f,
          categoryName: words(`category.${f.category}`),
          roleName: words(`role.${f.role}`),
        })),
        ...(report.institutions ? { note: words("institutions", report.institutions) } : {}),
        ...(gate ? { failOn: { ...gate, failed: gate.columns.length > 0 } } : {}),
      }),
      text: () =>
        (rows.length
          ? `${title}:\n${rows.map((r) => `  ${r.join("  ·  ")}`).join("\n")}\n`
          : `${t("none")}\n`) + notes.map((n) => `${n}\n`).join(""),
      doc: () => ({
        title,
        lang: ctx.lang,
        blocks: [
          rows.length ? { kind: "table", head, rows } : { kind: "paragraph", text: t("none") },
          ...notes.map((text) => ({ kind: "paragraph" as const, text })),
        ],
      }),
    },
  };
}

/** The roles each `--fail-on` level stops on: direct ⊃ quasi (quasi also stops on direct and sensitive). */
const FAIL_ROLES: Readonly<Record<"direct" | "quasi", readonly Role[]>> = {
  direct: ["direct"],
  quasi: ["direct", "quasi", "sensitive"],
};

/** `--fail-on direct|quasi`: the columns at that level or above (none: the scan passes). */
function failOn(report: ScanReport, level: "direct" | "quasi"): { level: string; columns: string[] } {
  const roles = FAIL_ROLES[level];
  const columns = [...new Set(report.findings.filter((f) => roles.includes(f.role)).map((f) => f.column))];
  return { level, columns };
}

async function risk(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const target = args.positionals[1] as string;
  if (args.flags["fail-on"] !== undefined)
    throw new UsageError({ kind: "custom", message: localized(privacyMessages, "failOnRisk") });
  const qi = list(args.flags.qi);
  if (qi.length === 0) throw new UsageError({ kind: "missing-value", flag: "--qi" });
  const k = args.flags.k === undefined ? 3 : Number(args.flags.k);
  if (!Number.isInteger(k) || k < 2)
    throw new UsageError({ kind: "custom", message: localized(privacyMessages, "badK") });
  const report = await measureRisk(await openInput(target, ctx), {
    qi,
    k,
    limits: readLimits(args),
    sensitive: list(args.flags.sensitive),
    missingMatchesAny: args.flags["missing-matches-any"] === true,
    ...(typeof args.flags.weight === "string" ? { weight: args.flags.weight } : {}),
  });
  const lines = riskLines(report, ctx.lang);
  return {
    exitCode: report.kAnonymous ? 0 : 1,
    report: {
      json: () => report,
      text: () => `${lines.join("\n")}\n`,
      doc: () => ({
        title: translator(privacyMessages, ctx.lang).t("riskTitle"),
        lang: ctx.lang,
        blocks: [
          { kind: "paragraph", text: `QI: ${report.qi.join(", ")}` },
          { kind: "list", items: lines.slice(1) },
        ],
      }),
    },
  };
}

function scanRows(findings: readonly ColumnFinding[], lang: Lang): string[][] {
  const n = numberWords(lang);
  const { t } = translator(privacyWords, lang);
  return findings.map((f) => [
    f.column,
    t(`category.${f.category}`) + (f.idType ? ` (${f.idType})` : ""),
    t(`role.${f.role}`),
    n.number(f.confidence, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    `${n.number(f.counts.matched)}/${n.number(f.counts.sampled)}`,
    f.samples.join(" | ") + (f.laws ? ` — ${f.laws.join("; ")}` : ""),
  ]);
}

/** A comma-separated option as a list of names (`--qi edad,sexo`), empty when not given. */
const list = (value: string | boolean | undefined): string[] => columnList(value) ?? [];
