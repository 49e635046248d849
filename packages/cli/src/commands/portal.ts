import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { CiudataError, translator } from "@ciudata/core";
import {
  createPortal,
  type Dataset,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  describePortalError,
  PLATFORMS,
  type Platform,
  PortalError,
  type PortalOptions,
  type Redirect,
} from "@ciudata/open-data";
import {
  expectFor,
  mirrorPortal,
  saveDownload,
  servePortal,
  sweepPartFiles,
  writeSampleSnapshot,
} from "@ciudata/open-data/node";
import { issueText } from "../catalogs";
import { UsageError } from "../errors";
import { EXIT_INVALID, EXIT_UNREADABLE, isUnreadable } from "../exit-codes";
import { localized, perLang } from "../messages";
import { portalMessages } from "../messages/portal";
import type { Command, CommandContext, LocalizedText, ParsedArgs } from "../types";
import { userPath } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { reportText } from "./_report-text";

const ACTIONS = ["search", "show", "rows", "download", "validate", "mirror", "serve"] as const;
type Action = (typeof ACTIONS)[number];

const t = (ctx: CommandContext, text: LocalizedText) => text[ctx.lang];

function str(args: ParsedArgs, flag: string): string | undefined {
  const v = args.flags[flag];
  return typeof v === "string" ? v : undefined;
}

function int(args: ParsedArgs, flag: string, fallback: number): number {
  const v = str(args, flag);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError({
      kind: "custom",
      message: localized(portalMessages, "notPositive", { flag, v }),
    });
  return n;
}

function options(args: ParsedArgs, ctx: CommandContext): PortalOptions {
  const platform = str(args, "platform");
  if (platform !== undefined && !PLATFORMS.includes(platform as Platform))
    throw new UsageError({
      kind: "custom",
      message: localized(portalMessages, "unknownPlatform", { platform, value: PLATFORMS.join(", ") }),
    });
  // Tokens come from the environment so they stay out of shell history and process lists.
  const token = ctx.io.env.CIUDATA_PORTAL_TOKEN;
  return {
    ...(platform ? { platform: platform as Platform } : {}),
    ...(token ? { token } : {}),
    timeout: int(args, "timeout", 30) * 1000,
    onRedirect: redirectWarner(ctx),
  };
}

/** One stderr line per pair of hosts when a request is redirected to another host (credentials are not sent there). */
function redirectWarner(ctx: CommandContext): (r: Redirect) => void {
  const told = new Set<string>();
  return (r) => {
    const from = hostOf(r.from);
    const to = hostOf(r.to);
    if (from === to || told.has(`${from} ${to}`)) return;
    told.add(`${from} ${to}`);
    ctx.io.stderr(t(ctx, localized(portalMessages, "redirected", { from, to })));
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The download cap in bytes: `--max-mb`, else 1 GiB. */
function maxBytes(args: ParsedArgs): number {
  return str(args, "max-mb") === undefined
    ? DEFAULT_MAX_DOWNLOAD_BYTES
    : int(args, "max-mb", 0) * 1024 * 1024;
}

function need(value: string | undefined, argument: string): string {
  if (value === undefined) throw new UsageError({ kind: "missing-argument", argument });
  return value;
}

function datasetLine(d: Dataset, ctx: CommandContext): string {
  const org = d.organization?.title ?? d.organization?.name;
  return `${d.name ?? d.id} — ${d.title ?? t(ctx, localized(portalMessages, "untitled"))}${org ? ` [${org}]` : ""}\n`;
}

async function search(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, ...words] = args.positionals;
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const org = str(args, "org");
  const page = await portal.search({
    ...(words.length ? { q: words.join(" ") } : {}),
    ...(org ? { organization: org } : {}),
    limit: int(args, "limit", 20),
  });
  if (args.flags.json) {
    ctx.io.stdout(
      `${JSON.stringify({ total: page.total, datasets: page.datasets.map(({ raw, ...d }) => ({ ...d, resources: d.resources.map(({ raw: _r, ...r }) => r) })) }, null, 2)}\n`,
    );
    return 0;
  }
  const total = page.total ?? page.datasets.length;
  ctx.io.stdout(t(ctx, localized(portalMessages, "datasetCount", { total })));
  for (const d of page.datasets) ctx.io.stdout(datasetLine(d, ctx));
  return 0;
}

async function show(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, id] = args.positionals;
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const d = await portal.dataset(need(id, "dataset"));
  if (args.flags.json) {
    const { raw: _raw, ...rest } = d;
    ctx.io.stdout(
      `${JSON.stringify({ ...rest, resources: d.resources.map(({ raw: _r, ...r }) => r) }, null, 2)}\n`,
    );
    return 0;
  }
  ctx.io.stdout(datasetLine(d, ctx));
  if (d.description) ctx.io.stdout(`${d.description}\n`);
  for (const r of d.resources) {
    const q = r.queryable ? t(ctx, localized(portalMessages, "queryable")) : "";
    ctx.io.stdout(`  - ${r.id} ${r.format ?? "?"} ${r.name ?? ""}${q}\n`);
  }
  return 0;
}

async function rows(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, id] = args.positionals;
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const limit = int(args, "limit", 20);
  let n = 0;
  for await (const row of portal.iterRows(need(id, "resource"), { limit: Math.min(limit, 1000) })) {
    ctx.io.stdout(`${JSON.stringify(row)}\n`);
    if (++n >= limit) break;
  }
  return 0;
}

async function download(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, id] = args.positionals;
  const out = need(str(args, "out"), "--out");
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const format = str(args, "format");
  const target = userPath(ctx, out);
  await mkdir(dirname(target), { recursive: true });
  // Parts left by downloads that were killed (their process is gone) go first.
  await sweepPartFiles(dirname(target), [basename(target)]);
  const dl = await portal.download(need(id, "resource"), {
    ...(format ? { format } : {}),
    maxBytes: maxBytes(args),
  });
  // Streamed to disk chunk by chunk (bounded memory); an HTML page where a table was expected is refused.
  const { bytes } = await saveDownload(dl.body, target, {
    expect: expectFor(target, format ?? formatOf(dl.name)),
    contentType: dl.contentType,
  });
  ctx.io.stdout(t(ctx, localized(portalMessages, "saved", { out, bytes })));
  return 0;
}

function formatOf(name: string | null): string | null {
  return /\.(csv|tsv)$/i.exec(name ?? "")?.[1] ?? null;
}

async function validate(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, id] = args.positionals;
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const limits = readLimits(args);
  // The download cap: --max-mb, else --limit download=…, else 1 GiB.
  const cap =
    str(args, "max-mb") === undefined && limits.maxDownloadBytes !== undefined
      ? limits.maxDownloadBytes
      : maxBytes(args);
  const report = await portal.validate(need(id, "resource"), { lang: ctx.lang, maxBytes: cap, limits });
  if (args.flags.json) ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else ctx.io.stdout(reportText(report, ctx.lang));
  // Not readable as a table (over a reader limit, not a table…): 2, as for `ciudata validate`.
  if (isUnreadable(report)) return EXIT_UNREADABLE;
  return report.valid ? 0 : EXIT_INVALID;
}

async function mirror(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url] = args.positionals;
  const out = userPath(ctx, need(str(args, "out"), "--out"));
  const org = str(args, "org");
  const query = str(args, "query");
  const result = await mirrorPortal(need(url, "url"), out, {
    ...options(args, ctx),
    ...(org ? { organization: org } : {}),
    ...(query ? { query } : {}),
    ...(str(args, "max-mb") === undefined ? {} : { maxFileBytes: maxBytes(args) }),
    onEvent: (e) => {
      if (e.type === "failed") ctx.io.stderr(`! ${e.resourceId}: ${describe(e.error, ctx)}\n`);
      else if (e.type === "file" && e.change === "changed")
        ctx.io.stderr(t(ctx, localized(portalMessages, "mirrorChanged", { path: e.path })));
      else if (e.type === "removed")
        ctx.io.stderr(t(ctx, localized(portalMessages, "mirrorRemoved", { path: e.path })));
    },
  });
  const c = result.changes;
  ctx.io.stdout(
    t(
      ctx,
      localized(portalMessages, "mirrored", {
        out,
        datasets: result.datasets,
        files: result.files,
        newCount: c.new.length,
        changedCount: c.changed.length,
        unchangedCount: c.unchanged.length,
        removedCount: c.removed.length,
        failedCount: result.failed.length,
      }),
    ),
  );
  return result.failed.length ? 1 : 0;
}

async function serve(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, given] = args.positionals;
  let dir = given === undefined ? null : userPath(ctx, given);
  let temp: string | null = null;
  if (dir === null || args.flags.sample) {
    temp = await mkdtemp(join(tmpdir(), "ciudata-portal-"));
    dir = temp;
    await writeSampleSnapshot(dir);
  }
  const origins = (str(args, "allow-origin") ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  const lb = await servePortal(dir, { port: int(args, "port", 0), allowOrigins: origins });
  ctx.io.stdout(t(ctx, localized(portalMessages, "serving", { url: lb.url })));
  const seconds = str(args, "for");
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      clearTimeout(timer);
      done();
    };
    const timer = seconds === undefined ? undefined : setTimeout(stop, int(args, "for", 0) * 1000);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await lb.close();
  if (temp) await rm(temp, { recursive: true, force: true });
  return 0;
}

/** A failure as one line in the user's language, with what to do for a download over the cap. */
function describe(error: Error, ctx: CommandContext): string {
  // A PortalError is also a CiudataError: test it first.
  if (!(error instanceof PortalError)) {
    return error instanceof CiudataError ? issueText(error.errors[0], ctx.lang) : error.message;
  }
  const text = describePortalError(error, ctx.lang);
  if (error.kind !== "too_large") return text;
  return `${text}${t(ctx, localized(portalMessages, "raiseCap"))}`;
}

const RUN: Record<Action, (args: ParsedArgs, ctx: CommandContext) => Promise<number>> = {
  search,
  show,
  rows,
  download,
  validate,
  mirror,
  serve,
};

/**
 * `ciudata portal search|show|rows|download|validate|mirror|serve`: one client for CKAN/Andino, DCAT,
 * Socrata, OpenDataSoft and ArcGIS portals, an offline mirror and a local read-only portal.
 * Keys go in `CIUDATA_PORTAL_TOKEN`, never on the command line.
 */
export const portalCommand: Command = {
  name: "portal",
  summary: localized(portalMessages, "summary"),
  usage: localized(portalMessages, "usage"),
  flags: {
    platform: {
      type: "string",
      description: localized(portalMessages, "flag.platform"),
    },
    org: {
      type: "string",
      description: localized(portalMessages, "flag.org"),
    },
    query: {
      type: "string",
      description: localized(portalMessages, "flag.query"),
    },
    // search and rows: how many to show; validate: the reader limits (name=value), as in every command.
    limit: {
      type: "string",
      repeatable: true,
      description: perLang((lang) =>
        translator(portalMessages, lang).t("flag.limit", { validate: LIMIT_FLAG.limit.description[lang] }),
      ),
    },
    out: {
      type: "string",
      description: localized(portalMessages, "flag.out"),
    },
    format: {
      type: "string",
      description: localized(portalMessages, "flag.format"),
    },
    "max-mb": {
      type: "string",
      description: localized(portalMessages, "flag.maxMb"),
    },
    "allow-origin": {
      type: "string",
      description: localized(portalMessages, "flag.allowOrigin"),
    },
    timeout: {
      type: "string",
      description: localized(portalMessages, "flag.timeout"),
    },
    port: { type: "string", description: localized(portalMessages, "flag.port") },
    sample: {
      type: "boolean",
      description: localized(portalMessages, "flag.sample"),
    },
    for: {
      type: "string",
      description: localized(portalMessages, "flag.for"),
    },
    json: { type: "boolean", description: localized(portalMessages, "flag.json") },
  },
  async run(args, ctx) {
    const action = args.positionals[0];
    if (action === undefined) throw new UsageError({ kind: "missing-argument", argument: "action" });
    if (!ACTIONS.includes(action as Action))
      throw new UsageError({ kind: "unknown-command", command: `portal ${action}`, suggestion: "search" });
    try {
      return await RUN[action as Action](args, ctx);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // The portal failed (it may become a CiudataError subclass: checked first): exit 1.
      if (error instanceof PortalError) {
        ctx.io.stderr(`${describe(error, ctx)}\n`);
        return EXIT_INVALID;
      }
      // Not a table, an unsafe path…: the user's input is wrong, so exit 2 with the message.
      if (error instanceof CiudataError) {
        ctx.io.stderr(`${describe(error, ctx)}\n`);
        return EXIT_UNREADABLE;
      }
      throw error;
    }
  },
};
