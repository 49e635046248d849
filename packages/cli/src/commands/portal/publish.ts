import { translator } from "@ciudata/core";
import { PortalError } from "@ciudata/open-data";
import { type PublishResult, publishFolder } from "@ciudata/open-data/node";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { publishMessages } from "../../messages/publish";
import { mustExist, reviewForPublish } from "./serve-folder";

const FINDING = /^(?:([^:]+):)?(direct-identifiers|validation)$/;

function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === "string" ? v : undefined;
}

/**
 * The token of `--token-env NAME` (default `CKAN_TOKEN`), read from the environment only; missing
 * or empty, a usage error naming the variable when `required`.
 */
export function tokenFromEnv(
  args: ParsedArgs,
  ctx: CommandContext,
  required: boolean,
): { name: string; token: string | undefined } {
  const name = flag(args, "token-env") ?? "CKAN_TOKEN";
  const token = ctx.io.env[name] || undefined;
  if (required && token === undefined)
    throw new UsageError({ kind: "custom", message: localized(publishMessages, "noToken", { name }) });
  return { name, token };
}

function forces(args: ParsedArgs): string[] {
  const raw = args.flags.force;
  const list = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [])
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const value of list)
    if (!FINDING.test(value))
      throw new UsageError({ kind: "custom", message: localized(publishMessages, "badForce", { value }) });
  return list;
}

/** The publication as text: the dataset, one line per table, and whether anything was written. */
function publishText(result: PublishResult, ctx: CommandContext): string {
  const { t } = translator(publishMessages, ctx.lang);
  const dry = result.dryRun;
  let text = t("dataset", { url: result.url, name: result.dataset.name, change: result.dataset.change, dry });
  if (result.dataset.differences.length)
    text += t("differences", { list: result.dataset.differences.join(", ") });
  for (const table of result.tables) {
    if (table.refused)
      text +=
        table.refused.finding === "direct-identifiers"
          ? t("refusedDirect", { name: table.name, columns: table.refused.columns.join(", ") })
          : t("refusedInvalid", { name: table.name, errors: table.refused.errors });
    else {
      text += t("table", { name: table.name, change: table.change as "create", dry, rows: table.rows });
      if (table.change === "update" && table.differences.length)
        text += t("differences", { list: table.differences.join(", ") });
      if (table.forced.length) text += t("forced", { findings: table.forced.join(", ") });
    }
  }
  if (!result.changed) text += t("nothing");
  else if (dry) text += t("dry");
  return text;
}

/**
 * `ciudata portal publish <datapackage.json|folder> --to <ckan-url>`: every table reviewed, then
 * `publishFolder`; a table refused by its review makes the exit code 1, a refused token exits 2.
 */
export async function publish(
  args: ParsedArgs,
  ctx: CommandContext,
  target: string,
): Promise<{ exitCode: number; text: string; result: PublishResult }> {
  await mustExist(target);
  const to = flag(args, "to");
  if (to === undefined)
    throw new UsageError({ kind: "custom", message: localized(publishMessages, "needTo") });
  if (!/^https?:\/\/[^/\s]+/i.test(to))
    throw new UsageError({ kind: "custom", message: localized(publishMessages, "badTo", { to }) });
  const dryRun = args.flags["dry-run"] === true;
  const { name, token } = tokenFromEnv(args, ctx, !dryRun);
  const force = forces(args);
  const org = flag(args, "org");
  let result: PublishResult;
  try {
    result = await publishFolder(target, {
      to,
      ...(token ? { token } : {}),
      dryRun,
      force,
      ...(org ? { owner: org } : {}),
      review: (table) => reviewForPublish(table, args, ctx),
      http: { timeout: 120_000 },
    });
  } catch (error) {
    // A refused token is the user's input: exit 2 with what to check (the token itself is never printed).
    if (error instanceof PortalError && (error.status === 401 || error.status === 403))
      throw new UsageError({
        kind: "custom",
        message: localized(publishMessages, "refusedToken", {
          url: error.url,
          status: String(error.status),
          name,
        }),
      });
    throw error;
  }
  return { exitCode: result.tables.some((t) => t.refused) ? 1 : 0, text: publishText(result, ctx), result };
}
