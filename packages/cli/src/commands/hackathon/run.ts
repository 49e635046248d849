import { CiudataError, type Issue, numberWords, translator } from "@ciudata/core";
import {
  HackathonError,
  type RankResult,
  type Rubric,
  rank,
  renderRankingMarkdown,
  renderRankingText,
  safeParseChallenge,
  safeParseJudging,
  safeParseRubric,
} from "@ciudata/hackathon";
import { writeChallengePackFromPortal } from "@ciudata/hackathon/node";
import { createPortal, describePortalError, isPortalError } from "@ciudata/open-data";
import { issueText } from "../../catalogs";
import type { CommandContext, Handler, Outcome, ParsedArgs, Printable } from "../../declare";
import type { Doc } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { asUsageError, printReport, readJson, userPath } from "../../io";
import { localized, perLang } from "../../messages";
import { hackathonMessages } from "../../messages/hackathon";
import { runCheck, runReport, runStatus } from "./lifecycle";

const str = (args: ParsedArgs, flag: string) => {
  const v = args.flags[flag];
  return typeof v === "string" ? v : undefined;
};

function bad(flag: string, expected: "positiveMb" | "httpUrl", received: string): UsageError {
  return new UsageError({
    kind: "custom",
    message: perLang((lang) => {
      const { t } = translator(hackathonMessages, lang);
      return t("badFlag", { flag, expected: t(expected), received });
    }),
  });
}

function reportIssues(ctx: CommandContext, file: string, issues: readonly Issue[]): number {
  ctx.io.stderr(`${translator(hackathonMessages, ctx.lang).t("invalid", { file })}\n`);
  for (const issue of issues) ctx.io.stderr(`  ${issueText(issue, ctx.lang)}\n`);
  return EXIT_INVALID;
}

/** The rubric of `--rubric`, or a located problem (exit 1) already printed. */
async function readRubric(ctx: CommandContext, path: string): Promise<Rubric | number> {
  const r = safeParseRubric(await readJson(ctx, path));
  return r.ok ? r.value : reportIssues(ctx, path, r.issues);
}

async function runRank(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const file = args.positionals[1] as string;
  const missing = str(args, "missing") === "exclude" ? "exclude" : "mean";
  const rubricPath = str(args, "rubric");
  const judging = safeParseJudging(await readJson(ctx, file));
  if (!judging.ok) return reportIssues(ctx, file, judging.issues);
  let rubric: Rubric | undefined = judging.value.rubric;
  if (rubricPath !== undefined) {
    const r = await readRubric(ctx, rubricPath);
    if (typeof r === "number") return r;
    rubric = r;
  }
  if (!rubric)
    throw new UsageError({ kind: "custom", message: localized(hackathonMessages, "noRubric", { file }) });
  const { judges, submissions, scores } = judging.value;
  let result: RankResult;
  try {
    result = rank(submissions, scores, rubric, {
      judges,
      missing,
      normalize: args.flags.normalize === true ? "zscore" : "none",
    });
  } catch (e) {
    if (e instanceof HackathonError) return reportIssues(ctx, file, e.errors);
    throw e;
  }
  const shown = rubric;
  const report: Printable = {
    json: () => result,
    text: () => renderRankingText(result, shown, ctx.lang),
    md: () => renderRankingMarkdown(result, shown, ctx.lang),
    doc: () => rankingDoc(result, renderRankingText(result, shown, ctx.lang), ctx),
  };
  // `--out` of rank is the ranking itself, in the format of its extension; never over an input.
  if (str(args, "out") !== undefined) {
    await printReport(ctx, args, report, { outIsReport: true, inputs: [file, rubricPath ?? ""] });
    return 0;
  }
  return { exitCode: 0, report };
}

/** The ranking as a document: one row per submission, then the whole text (rules, conflicts, missing). */
function rankingDoc(result: RankResult, text: string, ctx: CommandContext): Doc {
  const { t } = translator(hackathonMessages, ctx.lang);
  const w = numberWords(ctx.lang);
  const total = (x: number | null) =>
    x === null ? "—" : w.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return {
    title: t("rankTitle"),
    lang: ctx.lang,
    blocks: [
      {
        kind: "table",
        head: [t("position"), t("submission"), t("total")],
        rows: result.ranking.map((r) => [String(r.position), r.title ?? r.submission, total(r.total)]),
      },
      { kind: "heading", text: t("details") },
      { kind: "pre", text },
    ],
  };
}

async function runPack(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const file = args.positionals[1] as string;
  const out = str(args, "out");
  if (out === undefined)
    throw new UsageError({ kind: "custom", message: localized(hackathonMessages, "needOut") });
  const maxMb = str(args, "max-mb");
  const mb = maxMb === undefined ? 20 : Number(maxMb);
  if (!Number.isFinite(mb) || mb <= 0) throw bad("max-mb", "positiveMb", String(maxMb));

  const parsed = safeParseChallenge(await readJson(ctx, file));
  if (!parsed.ok) return reportIssues(ctx, file, parsed.issues);
  const challenge = parsed.value;
  const portalUrl = str(args, "portal") ?? challenge.portal;
  if (portalUrl === undefined)
    throw new UsageError({ kind: "custom", message: localized(hackathonMessages, "needPortal") });
  if (!/^https?:\/\//i.test(portalUrl)) throw bad("portal", "httpUrl", portalUrl);
  let rubric: Rubric | undefined;
  const rubricPath = str(args, "rubric");
  if (rubricPath !== undefined) {
    const r = await readRubric(ctx, rubricPath);
    if (typeof r === "number") return r;
    rubric = r;
  }
  const dir = userPath(ctx, out);
  try {
    const { pack, files } = await writeChallengePackFromPortal(createPortal(portalUrl), challenge, dir, {
      maxBytes: Math.round(mb * 1024 * 1024),
      ...(rubric ? { rubric } : {}),
      // The pack holds a challenge.json and a rubric.json: never written over the files they came from.
      inputs: [userPath(ctx, file), rubricPath === undefined ? undefined : userPath(ctx, rubricPath)],
    });
    const skipped = skippedDownloads(pack.files["datasets.json"] as string);
    const { t } = translator(hackathonMessages, ctx.lang);
    for (const s of skipped) ctx.io.stderr(`${t("skipped", s)}\n`);
    const line = t("wrote", { dir, files: files.length });
    return {
      exitCode: 0,
      report: {
        json: () => ({ dir, files, skipped }),
        text: () => `${line}\n`,
        doc: () => ({
          title: t("packTitle"),
          lang: ctx.lang,
          blocks: [
            { kind: "paragraph", text: line },
            { kind: "list", items: files },
            ...(skipped.length
              ? [{ kind: "list" as const, items: skipped.map((s) => t("skipped", s)) }]
              : []),
          ],
        }),
      },
    };
  } catch (e) {
    if (isPortalError(e)) {
      ctx.io.stderr(`${describePortalError(e, ctx.lang)}\n`);
      return EXIT_INVALID;
    }
    if (e instanceof CiudataError) throw asUsageError(e);
    throw e;
  }
}

/** Datasets and resources a pack could not download, from its `datasets.json`. */
function skippedDownloads(datasetsJson: string): Array<{ id: string; reason: string }> {
  const data = JSON.parse(datasetsJson) as {
    datasets: Array<{
      id: string;
      available: boolean;
      reason?: string | null;
      resources?: Array<{ id: string; skipped: string | null }>;
    }>;
  };
  const skipped: Array<{ id: string; reason: string }> = [];
  for (const d of data.datasets) {
    if (!d.available) skipped.push({ id: d.id, reason: d.reason ?? "?" });
    for (const r of d.resources ?? []) if (r.skipped) skipped.push({ id: r.id, reason: r.skipped });
  }
  return skipped;
}

const ACTIONS: Record<string, (args: ParsedArgs, ctx: CommandContext) => Promise<Outcome>> = {
  check: runCheck,
  status: runStatus,
  report: runReport,
  rank: runRank,
  pack: runPack,
};

/** Runs `ciudata hackathon check|status|report|rank|pack`. */
export const runHackathon: Handler = async (args, ctx) =>
  (ACTIONS[args.positionals[0] as string] ?? runRank)(args, ctx);
