import { stat } from "node:fs/promises";
import { LANGS, type Lang } from "@ciudata/core";
import {
  type FoundTable,
  type PublishReview,
  type ServedFolder,
  serveFolder,
  type TableReview,
} from "@ciudata/open-data/node";
import { scanTable } from "@ciudata/privacy";
import { DIMENSIONS, dimensionLabel, renderHtml, review } from "@ciudata/quality";
import { openPath } from "@ciudata/table/node";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { ioMessages } from "../../messages/io";
import { isPlaceName, maskingOf } from "../_masking";

/**
 * Reviews one table before it is served: the quality review (score, issues; cell values of personal
 * columns masked in the report) and the privacy scan (its direct identifiers decide whether it is served).
 */
async function reviewTable(table: FoundTable, args: ParsedArgs, ctx: CommandContext): Promise<Reviewed> {
  const schema = table.schema ? { schema: table.schema } : {};
  const dialect = table.dialect ? { dialect: table.dialect as never } : {};
  const quality = await review(await openPath(table.path), {
    lang: ctx.lang,
    name: table.name,
    masking: maskingOf(args),
    ...schema,
    ...dialect,
  });
  const scan = await scanTable(await openPath(table.path), { isPlaceName, ...dialect });
  const direct = [...new Set(scan.findings.filter((f) => f.role === "direct").map((f) => f.column))];
  const personal = scan.personalColumns.filter((c) => !direct.includes(c));
  // Every finding counted (errors and warnings), not only those the report lists.
  const issues = quality.report.tasks.reduce((n, t) => n + t.stats.errors + t.stats.warnings, 0);
  const label = (d: (typeof DIMENSIONS)[number]) =>
    Object.fromEntries(LANGS.map((l) => [l, dimensionLabel(d, l)])) as Record<Lang, string>;
  return {
    score: quality.scores.overall === null ? null : Math.round(quality.scores.overall),
    outcome: quality.scores.outcome,
    issues,
    direct,
    personal,
    dimensions: DIMENSIONS.map((d) => {
      const s = quality.scores.dimensions[d];
      return {
        id: d,
        label: label(d),
        score: s.score === null ? null : Math.round(s.score),
        status: s.status,
      };
    }),
    validatedAt: new Date().toISOString(),
    // The report `validate --format html` writes, its personal values masked as the review masked them.
    reportHtml: (lang) => renderHtml(quality.report, quality.scores, lang),
    valid: quality.report.valid,
    errors: quality.report.tasks.reduce((n, t) => n + t.stats.errors, 0),
  };
}

/** The start-up review of a table, and whether its validation passes (errors counted over all of it). */
interface Reviewed extends TableReview {
  valid: boolean;
  errors: number;
}

/**
 * Reviews one table before it is published: the same review as `portal serve` (quality review with
 * personal values masked, privacy scan), as `publishFolder` of `@ciudata/open-data/node` reads it.
 */
export async function reviewForPublish(
  table: FoundTable,
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<PublishReview> {
  const r = await reviewTable(table, args, ctx);
  return { valid: r.valid, errors: r.errors, direct: r.direct };
}

/** A usage error (exit 2) naming the path when it does not exist or cannot be read. */
export async function mustExist(target: string): Promise<void> {
  try {
    await stat(target);
  } catch (error) {
    const key = (error as NodeJS.ErrnoException).code === "EACCES" ? "noPermission" : "notFound";
    throw new UsageError({ kind: "custom", message: localized(ioMessages, key, { path: target }) });
  }
}

/**
 * Serves a folder of tables or a Data Package: every table reviewed first, then the CKAN API on
 * DuckDB, or on PostgreSQL with `--database` (`serveFolder` of `@ciudata/open-data/node`).
 */
export async function serveTables(
  target: string,
  args: ParsedArgs,
  ctx: CommandContext,
  options: { port: number; host?: string; allowOrigins: string[]; database?: string; token?: string },
): Promise<ServedFolder> {
  await mustExist(target);
  return serveFolder(target, {
    review: (table) => reviewTable(table, args, ctx),
    port: options.port,
    allowOrigins: options.allowOrigins,
    ...(options.host ? { host: options.host } : {}),
    ...(options.database ? { database: options.database } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
}
