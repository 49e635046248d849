// `hackathon check|status|report`: one hackathon file, checked against the strategy and the inventory,
// the stage of each challenge, and the report (ranking, recommendations, follow-ups).
import { type Issue, translator } from "@ciudata/core";
import {
  checkHackathon,
  describeLifecycle,
  type Hackathon,
  HackathonError,
  type HackathonReport,
  hackathonLifecycle,
  hackathonReport,
  safeParseHackathon,
} from "@ciudata/hackathon";
import { PRESETS, todayIn } from "@ciudata/strategy";
import { loadStrategySource } from "@ciudata/strategy/node";
import { issueText } from "../../catalogs";
import type { CommandContext, Outcome, ParsedArgs, Printable } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_USAGE } from "../../exit-codes";
import { printReport, readJson, userPath } from "../../io";
import { localized } from "../../messages";
import { hackathonMessages } from "../../messages/hackathon";
import { listInvalid, readInventory } from "../inventory/file";
import { dateFlag } from "../inventory/flags";
import { reportDoc } from "./report-doc";

/** Issues that mean the file is not a hackathon file at all (bad input, exit 2), not a data problem. */
const SHAPE = new Set(["hackathon/invalid-json", "hackathon/schema"]);

/** Lists a file's problems on standard error, each located, in the user's language. */
function list(ctx: CommandContext, file: string, issues: readonly Issue[]): void {
  ctx.io.stderr(`${translator(hackathonMessages, ctx.lang).t("invalid", { file })}\n`);
  for (const issue of issues) ctx.io.stderr(`  ${issueText(issue, ctx.lang)}\n`);
}

/** The hackathon file, checked for shape and references; or the exit code after listing what is wrong. */
async function readHackathon(ctx: CommandContext, file: string): Promise<Hackathon | number> {
  const parsed = safeParseHackathon(await readJson(ctx, file));
  if (parsed.ok) return parsed.value;
  list(ctx, file, parsed.issues);
  return parsed.issues.some((i) => SHAPE.has(i.type)) ? EXIT_USAGE : EXIT_INVALID;
}

/** `--as-of`, else today where the command runs. */
const asOfOf = (args: ParsedArgs) =>
  dateFlag(args, "as-of") ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());

/** The action ids of `--strategy` (a file or a preset name); a strategy that is not valid is bad input. */
async function strategyIds(ctx: CommandContext, source: string | undefined): Promise<string[] | undefined> {
  if (source === undefined) return undefined;
  const read = await loadStrategySource(source in PRESETS ? source : userPath(ctx, source)).catch(() => null);
  if (read === null)
    throw new UsageError({
      kind: "custom",
      message: localized(hackathonMessages, "readStrategy", { source }),
    });
  if (!read.ok) {
    list(ctx, source, read.issues);
    throw new UsageError({
      kind: "custom",
      message: localized(hackathonMessages, "badStrategy", { source }),
    });
  }
  return read.document.actions.map((a) => a.id);
}

/** The dataset ids of `--inventory`; an inventory that is not valid is bad input. */
async function inventoryIds(ctx: CommandContext, path: string | undefined): Promise<string[] | undefined> {
  if (path === undefined) return undefined;
  const read = await readInventory(ctx, path);
  if (read.ok) return read.inventory.datasets.map((d) => d.id);
  listInvalid(ctx, path, read.issues);
  throw new UsageError({
    kind: "custom",
    message: localized(hackathonMessages, "badInventory", { file: path }),
  });
}

const flag = (args: ParsedArgs, name: string) => {
  const v = args.flags[name];
  return typeof v === "string" ? v : undefined;
};

/** `hackathon check <file> [--strategy s.json] [--inventory i.json]`: exit 0, 1 (data problems) or 2. */
export async function runCheck(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const file = args.positionals[1] as string;
  const actionIds = await strategyIds(ctx, flag(args, "strategy"));
  const datasetIds = await inventoryIds(ctx, flag(args, "inventory"));
  const h = await readHackathon(ctx, file);
  if (typeof h === "number") return h;
  const issues = checkHackathon(h, {
    ...(actionIds ? { actionIds } : {}),
    ...(datasetIds ? { datasetIds } : {}),
  });
  const errors = issues.filter((i) => i.severity === "error");
  const { t } = translator(hackathonMessages, ctx.lang);
  const line = t("checked", {
    file,
    challenges: h.challenges.length,
    teams: h.teams.length,
    submissions: h.submissions.length,
    sheets: h.scores.length,
    errors: errors.length,
    warnings: issues.length - errors.length,
  });
  const shown = issues.map((i) => issueText(i, ctx.lang));
  return {
    exitCode: errors.length ? EXIT_INVALID : 0,
    report: {
      json: () => ({ file, valid: errors.length === 0, issues }),
      doc: () => ({
        title: line,
        lang: ctx.lang,
        blocks: shown.length ? [{ kind: "list", items: shown }] : [],
      }),
    },
  };
}

/** `hackathon status <file> [--as-of]`: the stage of each challenge and why. */
export async function runStatus(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const asOf = asOfOf(args);
  const h = await readHackathon(ctx, args.positionals[1] as string);
  if (typeof h === "number") return h;
  const stages = hackathonLifecycle(h, asOf);
  const { t } = translator(hackathonMessages, ctx.lang);
  const title = (id: string) => {
    const c = h.challenges.find((x) => x.id === id);
    return c ? (c.title[ctx.lang] ?? c.title.es) : id;
  };
  return {
    exitCode: 0,
    report: {
      json: () => ({ asOf, challenges: stages }),
      doc: () => ({
        title: t("statusTitle", { asOf }),
        lang: ctx.lang,
        blocks: [
          {
            kind: "table",
            head: [t("challenge"), t("stage"), t("why")],
            rows: stages.map((s) => {
              const d = describeLifecycle(s, asOf, ctx.lang);
              return [`${title(s.challenge)} (${s.challenge})`, d.stage, d.why];
            }),
          },
        ],
      }),
    },
  };
}

/** `hackathon report <file> [--as-of] --format md|html`: ranking, recommendations and follow-ups. */
export async function runReport(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const file = args.positionals[1] as string;
  const asOf = asOfOf(args);
  const h = await readHackathon(ctx, file);
  if (typeof h === "number") return h;
  let report: HackathonReport;
  try {
    report = hackathonReport(h, asOf);
  } catch (e) {
    if (!(e instanceof HackathonError)) throw e;
    list(ctx, file, e.errors);
    return EXIT_INVALID;
  }
  const printable: Printable = { json: () => report, doc: () => reportDoc(h, report, ctx.lang) };
  if (flag(args, "out") !== undefined) {
    await printReport(ctx, args, printable, { outIsReport: true, inputs: [file] });
    return 0;
  }
  return { exitCode: 0, report: printable };
}
