import { readFile } from "node:fs/promises";
import { CiudataError, type Issue, translator } from "@ciudata/core";
import {
  HackathonError,
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
import { issueText } from "../catalogs";
import { asUsageError, UsageError } from "../errors";
import { EXIT_INVALID } from "../exit-codes";
import { localized, perLang } from "../messages";
import { hackathonMessages } from "../messages/hackathon";
import type { Command, CommandContext, LocalizedText, ParsedArgs } from "../types";
import { userPath } from "./_io";

const ACTIONS = ["rank", "pack"] as const;
const FORMATS = ["text", "json", "md"] as const;
type Format = (typeof FORMATS)[number];

const str = (args: ParsedArgs, flag: string) => {
  const v = args.flags[flag];
  return typeof v === "string" ? v : undefined;
};

function bad(flag: string, expected: LocalizedText, received: string): UsageError {
  return new UsageError({
    kind: "custom",
    message: perLang((lang) =>
      translator(hackathonMessages, lang).t("badFlag", { flag, expected: expected[lang], received }),
    ),
  });
}

async function readJson(ctx: CommandContext, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(userPath(ctx, path), "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError({
      kind: "custom",
      message: localized(hackathonMessages, "unreadable", { path, reason }),
    });
  }
  return text;
}

function reportIssues(ctx: CommandContext, file: string, issues: readonly Issue[]): number {
  ctx.io.stderr(`${translator(hackathonMessages, ctx.lang).t("invalid", { file })}\n`);
  for (const issue of issues) ctx.io.stderr(`  ${issueText(issue, ctx.lang)}\n`);
  return EXIT_INVALID;
}

async function runRank(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, file, extra] = args.positionals;
  if (file === undefined) throw new UsageError({ kind: "missing-argument", argument: "scores.json" });
  if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
  const format = (str(args, "format") ?? (args.flags.json === true ? "json" : "text")) as Format;
  if (!FORMATS.includes(format)) throw bad("format", localized(hackathonMessages, "formats"), format);
  const missing = str(args, "missing") ?? "mean";
  if (missing !== "mean" && missing !== "exclude")
    throw bad("missing", localized(hackathonMessages, "missingModes"), missing);
  const rubricPath = str(args, "rubric");

  const judging = safeParseJudging(await readJson(ctx, file));
  if (!judging.ok) return reportIssues(ctx, file, judging.issues);
  let rubric: Rubric | undefined = judging.value.rubric;
  if (rubricPath !== undefined) {
    const r = safeParseRubric(await readJson(ctx, rubricPath));
    if (!r.ok) return reportIssues(ctx, rubricPath, r.issues);
    rubric = r.value;
  }
  if (!rubric)
    throw new UsageError({
      kind: "custom",
      message: localized(hackathonMessages, "noRubric", { file }),
    });
  const { judges, submissions, scores } = judging.value;
  let result: ReturnType<typeof rank>;
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
  if (format === "json") ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === "md") ctx.io.stdout(renderRankingMarkdown(result, rubric, ctx.lang));
  else ctx.io.stdout(renderRankingText(result, rubric, ctx.lang));
  return 0;
}

async function runPack(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, file, extra] = args.positionals;
  if (file === undefined) throw new UsageError({ kind: "missing-argument", argument: "challenge.json" });
  if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
  const out = str(args, "out");
  if (out === undefined) throw new UsageError({ kind: "missing-value", flag: "out" });
  const maxMb = str(args, "max-mb");
  const mb = maxMb === undefined ? 20 : Number(maxMb);
  if (!Number.isFinite(mb) || mb <= 0)
    throw bad("max-mb", localized(hackathonMessages, "positiveMb"), String(maxMb));

  const raw = await readJson(ctx, file);
  const parsed = safeParseChallenge(raw);
  if (!parsed.ok) return reportIssues(ctx, file, parsed.issues);
  const challenge = parsed.value;
  const portalUrl = str(args, "portal") ?? challenge.portal;
  if (portalUrl === undefined) throw new UsageError({ kind: "missing-value", flag: "portal" });
  if (!/^https?:\/\//i.test(portalUrl))
    throw bad("portal", localized(hackathonMessages, "httpUrl"), portalUrl);
  let rubric: Rubric | undefined;
  const rubricPath = str(args, "rubric");
  if (rubricPath !== undefined) {
    const r = safeParseRubric(await readJson(ctx, rubricPath));
    if (!r.ok) return reportIssues(ctx, rubricPath, r.issues);
    rubric = r.value;
  }
  const dir = userPath(ctx, out);
  try {
    const { pack, files } = await writeChallengePackFromPortal(createPortal(portalUrl), challenge, dir, {
      maxBytes: Math.round(mb * 1024 * 1024),
      ...(rubric ? { rubric } : {}),
      // The pack holds a challenge.json and a rubric.json: never written over the files they came from.
      inputs: [userPath(ctx, file), rubricPath === undefined ? undefined : userPath(ctx, rubricPath)],
    });
    const data = JSON.parse(pack.files["datasets.json"] as string) as {
      datasets: Array<{
        id: string;
        available: boolean;
        reason?: string | null;
        resources?: Array<{ id: string; skipped: string | null }>;
      }>;
    };
    const { t } = translator(hackathonMessages, ctx.lang);
    for (const d of data.datasets) {
      if (!d.available) ctx.io.stderr(`${t("skipped", { id: d.id, reason: d.reason ?? "?" })}\n`);
      for (const r of d.resources ?? [])
        if (r.skipped) ctx.io.stderr(`${t("skipped", { id: r.id, reason: r.skipped })}\n`);
    }
    ctx.io.stdout(`${t("wrote", { dir, files: files.length })}\n`);
    return 0;
  } catch (e) {
    if (isPortalError(e)) {
      ctx.io.stderr(`${describePortalError(e, ctx.lang)}\n`);
      return EXIT_INVALID;
    }
    if (e instanceof CiudataError) throw asUsageError(e);
    throw e;
  }
}

/**
 * `ciudata hackathon rank|pack`: rank a hackathon's submissions with a weighted rubric (conflicts of interest,
 * missing scores, tie-breaker, spread between judges), or export a challenge pack (READMEs, datasets.json,
 * offline data) from a portal.
 */
export const hackathonCommand: Command = {
  name: "hackathon",
  summary: localized(hackathonMessages, "summary"),
  usage: localized(hackathonMessages, "usage"),
  flags: {
    rubric: {
      type: "string",
      description: localized(hackathonMessages, "flag.rubric"),
    },
    format: {
      type: "string",
      description: localized(hackathonMessages, "flag.format"),
    },
    json: {
      type: "boolean",
      description: localized(hackathonMessages, "flag.json"),
    },
    missing: {
      type: "string",
      description: localized(hackathonMessages, "flag.missing"),
    },
    normalize: {
      type: "boolean",
      description: localized(hackathonMessages, "flag.normalize"),
    },
    portal: {
      type: "string",
      description: localized(hackathonMessages, "flag.portal"),
    },
    out: {
      type: "string",
      description: localized(hackathonMessages, "flag.out"),
    },
    "max-mb": {
      type: "string",
      description: localized(hackathonMessages, "flag.maxMb"),
    },
  },
  async run(args, ctx) {
    const [action] = args.positionals;
    if (action === undefined) throw new UsageError({ kind: "missing-argument", argument: "rank|pack" });
    if (action === "rank") return runRank(args, ctx);
    if (action === "pack") return runPack(args, ctx);
    throw new UsageError({
      kind: "custom",
      message: localized(hackathonMessages, "unknownAction", { action, actions: ACTIONS }),
    });
  },
};
