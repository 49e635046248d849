import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { CiudataError, maskCell, translator } from "@ciudata/core";
import {
  createPortal,
  type Dataset,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  describePortalError,
  type Platform,
  PortalError,
  type PortalOptions,
  type Redirect,
} from "@ciudata/open-data";
import {
  expectFor,
  type Loopback,
  maskDatabaseUrl,
  mirrorPortal,
  type ServedFolder,
  type ServedTable,
  SNAPSHOT_FILE,
  saveDownload,
  servePortal,
  sweepPartFiles,
  writeSampleSnapshot,
} from "@ciudata/open-data/node";
import { personalFields } from "@ciudata/privacy";
import { issueText } from "../../catalogs";
import type { CommandContext, Handler, Outcome, ParsedArgs, Printable } from "../../declare";
import type { Doc } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_UNREADABLE } from "../../exit-codes";
import { exitCodeOf, printReport, renderPrintable, reportFormat, userPath } from "../../io";
import { localized } from "../../messages";
import { portalMessages } from "../../messages/portal";
import { publishMessages } from "../../messages/publish";
import { readLimits } from "../_limits";
import { isPlaceName, maskingOf } from "../_masking";
import { reportText } from "../_report-text";
import { publish as publishTables, tokenFromEnv } from "./publish";
import { serveTables } from "./serve-folder";

const words = (ctx: CommandContext) => translator(portalMessages, ctx.lang);

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
  const platform = str(args, "platform") as Platform | undefined;
  // Tokens come from the environment so they stay out of shell history and process lists.
  const token = ctx.io.env.CIUDATA_PORTAL_TOKEN;
  return {
    ...(platform ? { platform } : {}),
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
    ctx.io.stderr(words(ctx).t("redirected", { from, to }));
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

/** The portal's address: an http(s) URL, else a usage error naming what was given. */
function portalUrl(value: string | undefined): string {
  const url = need(value, "url");
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol);
  } catch {}
  if (ok) return url;
  throw new UsageError({ kind: "custom", message: localized(portalMessages, "notUrl", { url }) });
}

function need(value: string | undefined, argument: string): string {
  if (value === undefined) throw new UsageError({ kind: "missing-argument", argument });
  return value;
}

/** A dataset without the portal's raw answer (for JSON). */
function plain({ raw: _raw, ...d }: Dataset) {
  return { ...d, resources: d.resources.map(({ raw: _r, ...r }) => r) };
}

function datasetLine(d: Dataset, ctx: CommandContext): string {
  const org = d.organization?.title ?? d.organization?.name;
  return `${d.name ?? d.id} — ${d.title ?? words(ctx).t("untitled")}${org ? ` [${org}]` : ""}`;
}

/** A one-line summary (a file saved, a mirror written, a portal served) as a printable report. */
function lineReport(line: string, data: unknown, lang: CommandContext["lang"]): Printable {
  const lines = line.replace(/\n$/, "").split("\n");
  return {
    json: () => data,
    text: () => line,
    doc: () => ({
      title: lines[0] ?? "",
      lang,
      blocks: lines.length > 1 ? [{ kind: "list", items: lines.slice(1).map((l) => l.trim()) }] : [],
    }),
  };
}

async function search(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url, ...terms] = args.positionals;
  const portal = createPortal(portalUrl(url), options(args, ctx));
  const org = str(args, "org");
  const page = await portal.search({
    ...(terms.length ? { q: terms.join(" ") } : {}),
    ...(org ? { organization: org } : {}),
    limit: int(args, "limit", 20),
  });
  const w = words(ctx);
  const count = w.t("datasetCount", { total: page.total ?? page.datasets.length });
  const doc = (): Doc => ({
    title: w.t("searchTitle", { url: url as string }),
    lang: ctx.lang,
    blocks: [
      { kind: "paragraph", text: count.trim() },
      {
        kind: "table",
        head: ["id", "title", "organization"],
        rows: page.datasets.map((d) => [
          d.name ?? d.id,
          d.title ?? w.t("untitled"),
          d.organization?.title ?? d.organization?.name ?? "",
        ]),
      },
    ],
  });
  return {
    exitCode: 0,
    report: {
      json: () => ({ total: page.total, datasets: page.datasets.map(plain) }),
      text: () => count + page.datasets.map((d) => `${datasetLine(d, ctx)}\n`).join(""),
      doc,
    },
  };
}

async function show(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url, id] = args.positionals;
  const portal = createPortal(portalUrl(url), options(args, ctx));
  const d = await portal.dataset(need(id, "dataset"));
  const w = words(ctx);
  const queryable = (q: boolean | undefined) => (q ? w.t("queryable") : "");
  const text = () =>
    `${datasetLine(d, ctx)}\n${d.description ? `${d.description}\n` : ""}${d.resources
      .map((r) => `  - ${r.id} ${r.format ?? "?"} ${r.name ?? ""}${queryable(r.queryable)}\n`)
      .join("")}`;
  return {
    exitCode: 0,
    report: {
      json: () => plain(d),
      text,
      doc: () => ({
        title: datasetLine(d, ctx),
        lang: ctx.lang,
        blocks: [
          ...(d.description ? [{ kind: "paragraph" as const, text: d.description }] : []),
          { kind: "heading", text: w.t("resources") },
          {
            kind: "table",
            head: ["id", "format", "name", ""],
            rows: d.resources.map((r) => [
              r.id,
              r.format ?? "?",
              r.name ?? "",
              queryable(r.queryable).trim(),
            ]),
          },
        ],
      }),
    },
  };
}

async function rows(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url, id] = args.positionals;
  const portal = createPortal(portalUrl(url), options(args, ctx));
  const resource = need(id, "resource");
  const limit = int(args, "limit", 20);
  const got: Record<string, unknown>[] = [];
  if (limit > 0)
    for await (const row of portal.iterRows(resource, { limit: Math.min(limit, 1000) })) {
      got.push(row);
      if (got.length >= limit) break;
    }
  const columns = [...new Set(got.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  // The values of personal columns (names, IDs, phones, descriptions…) are masked whole; the others
  // are shown as the portal sent them, unless --mask-all.
  const maskAll = args.flags["mask-all"] === true;
  const personal = new Set(
    maskAll
      ? columns
      : personalFields(
          columns,
          got.map((r) => columns.map((c) => cell(r[c]))),
          undefined,
          isPlaceName,
        ),
  );
  if (personal.size > 0)
    for (const r of got)
      for (const c of personal) if (r[c] !== null && r[c] !== undefined) r[c] = maskCell(cell(r[c]));
  return {
    exitCode: 0,
    report: {
      json: () => got,
      // One JSON object per line, as the portal sent them.
      text: () => got.map((r) => `${JSON.stringify(r)}\n`).join(""),
      doc: () => ({
        title: words(ctx).t("rowsTitle", { id: resource }),
        lang: ctx.lang,
        blocks: [{ kind: "table", head: columns, rows: got.map((r) => columns.map((c) => cell(r[c]))) }],
      }),
    },
  };
}

async function download(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url, id] = args.positionals;
  const out = need(str(args, "out"), "--out");
  const portal = createPortal(portalUrl(url), options(args, ctx));
  const format = str(args, "export");
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
  const line = words(ctx).t("saved", { out, bytes });
  return { exitCode: 0, report: lineReport(line, { out: target, bytes }, ctx.lang) };
}

function formatOf(name: string | null): string | null {
  return /\.(csv|tsv)$/i.exec(name ?? "")?.[1] ?? null;
}

async function validate(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url, id] = args.positionals;
  const portal = createPortal(portalUrl(url), options(args, ctx));
  const resource = need(id, "resource");
  const limits = readLimits(args);
  // The download cap: --max-mb, else --limit download=…, else 1 GiB.
  const cap =
    str(args, "max-mb") === undefined && limits.maxDownloadBytes !== undefined
      ? limits.maxDownloadBytes
      : maxBytes(args);
  const report = await portal.validate(resource, {
    lang: ctx.lang,
    maxBytes: cap,
    limits,
    masking: maskingOf(args),
  });
  const text = () => reportText(report, ctx.lang);
  return {
    // Not readable as a table (over a reader limit, not a table…): 2, as for `ciudata validate`.
    exitCode: exitCodeOf(report),
    report: {
      json: () => report,
      text,
      doc: () => ({
        title: words(ctx).t("validateTitle", { id: resource }),
        lang: ctx.lang,
        blocks: [{ kind: "pre", text: text() }],
      }),
    },
  };
}

async function mirror(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, url] = args.positionals;
  const out = userPath(ctx, need(str(args, "out"), "--out"));
  const org = str(args, "org");
  const query = str(args, "query");
  const w = words(ctx);
  const result = await mirrorPortal(need(url, "url"), out, {
    ...options(args, ctx),
    ...(org ? { organization: org } : {}),
    ...(query ? { query } : {}),
    ...(str(args, "max-mb") === undefined ? {} : { maxFileBytes: maxBytes(args) }),
    onEvent: (e) => {
      if (e.type === "failed") ctx.io.stderr(`! ${e.resourceId}: ${describe(e.error, ctx)}\n`);
      else if (e.type === "file" && e.change === "changed")
        ctx.io.stderr(w.t("mirrorChanged", { path: e.path }));
      else if (e.type === "removed") ctx.io.stderr(w.t("mirrorRemoved", { path: e.path }));
    },
  });
  const c = result.changes;
  const line = w.t("mirrored", {
    out,
    datasets: result.datasets,
    files: result.files,
    newCount: c.new.length,
    changedCount: c.changed.length,
    unchangedCount: c.unchanged.length,
    removedCount: c.removed.length,
    failedCount: result.failed.length,
  });
  const data = { out, datasets: result.datasets, files: result.files, changes: c, failed: result.failed };
  return { exitCode: result.failed.length ? 1 : 0, report: lineReport(line, data, ctx.lang) };
}

/** The DCAT-US fields each dataset lacks: `arbolado (keyword, contactPoint); barrios (keyword)`. */
function gapList(served: ServedFolder): string {
  const byDataset = new Map<string, string[]>();
  for (const g of served.dcatUsMissing)
    byDataset.set(g.dataset, [...(byDataset.get(g.dataset) ?? []), g.field]);
  return [...byDataset].map(([id, fields]) => `${id} (${fields.join(", ")})`).join("; ");
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
  const port = int(args, "port", 0);
  const host = str(args, "host");
  const database = str(args, "database");
  const w = words(ctx);
  let lb: Loopback;
  let summary = "";
  let tables: ServedTable[] | undefined;
  let writableBy: string | null = null;
  // A mirror or the sample (a snapshot with catalog.json) is replayed; any other folder or a
  // datapackage.json is validated, loaded in DuckDB and served.
  if (temp !== null || (await isSnapshot(dir))) {
    if (host !== undefined && !LOOPBACK.has(host))
      throw new UsageError({ kind: "custom", message: localized(portalMessages, "hostSnapshot") });
    if (database !== undefined)
      throw new UsageError({ kind: "custom", message: localized(portalMessages, "databaseSnapshot") });
    lb = await servePortal(dir, { port, allowOrigins: origins });
  } else {
    const { token, name } = tokenFromEnv(args, ctx, str(args, "token-env") !== undefined);
    if (token) writableBy = name;
    const served = await serveTables(dir, args, ctx, {
      port,
      allowOrigins: origins,
      ...(token ? { token } : {}),
      ...(host === undefined ? {} : { host }),
      ...(database === undefined ? {} : { database }),
    });
    lb = served;
    tables = served.tables;
    summary += w.t("serveCatalog", { url: served.url });
    if (served.dcatUsMissing.length > 0) summary += w.t("serveDcatUsMissing", { missing: gapList(served) });
    // The connection string as printed: its password masked.
    if (database !== undefined) summary += w.t("serveDatabase", { url: maskDatabaseUrl(database) });
    for (const t of served.tables) {
      summary += t.served
        ? w.t("serveTable", {
            id: t.id,
            score: t.review.score === null ? "—" : String(t.review.score),
            issues: t.review.issues,
            rows: t.rows ?? 0,
          })
        : w.t("serveRefused", { id: t.id, columns: t.refusedColumns.join(", ") });
      if (t.served && (t.masked.length || t.dropped.length))
        summary += w.t("serveMasked", { masked: t.masked.join(", "), dropped: t.dropped.join(", ") });
    }
  }
  // Printed now, in the format asked: the command then runs until stopped.
  const data = {
    url: lb.url,
    ckan: `${lb.url}/api/3/action/package_search`,
    dcat: `${lb.url}/data.json`,
    ...(tables ? { catalog: `${lb.url}/`, dcatUs: `${lb.url}/dcat-us/data.json`, tables } : {}),
    ...(database === undefined ? {} : { database: maskDatabaseUrl(database) }),
  };
  const head =
    writableBy === null
      ? w.t("serving", { url: lb.url })
      : translator(publishMessages, ctx.lang).t("servingWritable", { url: lb.url, name: writableBy });
  const served = lineReport(head + summary, data, ctx.lang);
  ctx.io.stdout(renderPrintable(served, reportFormat(args, false)));
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
  // In-flight requests finish, then the database closes.
  await lb.close();
  if (temp) await rm(temp, { recursive: true, force: true });
  return 0;
}

const LOOPBACK: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "::1"]);

/** Whether a folder is a portal snapshot (a mirror, the sample): it has `catalog.json`. */
async function isSnapshot(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, SNAPSHOT_FILE))).isFile();
  } catch {
    return false;
  }
}

/** A failure as one line in the user's language, with what to do for a download over the cap. */
function describe(error: Error, ctx: CommandContext, seconds?: number): string {
  // A PortalError is also a CiudataError: test it first.
  if (!(error instanceof PortalError)) {
    return error instanceof CiudataError ? issueText(error.errors[0], ctx.lang) : error.message;
  }
  const text = describePortalError(error, ctx.lang);
  if (error.kind === "too_large") return `${text}${words(ctx).t("raiseCap")}`;
  if (error.kind === "undetected") return `${text}${words(ctx).t("namePlatform")}`;
  if (error.kind === "timeout" && seconds !== undefined)
    return `${text}${words(ctx).t("raiseTimeout", { seconds })}`;
  return text;
}

async function publish(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const [, given] = args.positionals;
  const done = await publishTables(args, ctx, userPath(ctx, need(given, "datapackage.json|folder")));
  return { exitCode: done.exitCode, report: lineReport(done.text, done.result, ctx.lang) };
}

const RUN = {
  publish,
  search,
  show,
  rows,
  download,
  validate,
  mirror,
  serve,
} satisfies Record<string, (args: ParsedArgs, ctx: CommandContext) => Promise<Outcome>>;

/** A declared action (`PORTAL_ACTIONS` of the declaration, checked by the CLI before the handler runs). */
type Action = keyof typeof RUN;

/** Actions whose `--out` is the report they print (download and mirror write data there). */
const REPORT_TO_OUT: ReadonlySet<Action> = new Set(["search", "show", "rows", "validate"]);

/** Runs `ciudata portal <action>`: portal failures exit 1, input the library refused exits 2. */
export const runPortal: Handler = async (args, ctx) => {
  const action = args.positionals[0] as Action;
  let outcome: Outcome;
  try {
    outcome = await RUN[action](args, ctx);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // The portal failed (it may become a CiudataError subclass: checked first): exit 1.
    if (error instanceof PortalError) {
      ctx.io.stderr(`${describe(error, ctx, int(args, "timeout", 30))}\n`);
      return EXIT_INVALID;
    }
    // Not a table, an unsafe path…: the user's input is wrong, so exit 2 with the message.
    if (error instanceof CiudataError) {
      ctx.io.stderr(`${describe(error, ctx)}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
  if (typeof outcome === "number" || !REPORT_TO_OUT.has(action) || str(args, "out") === undefined)
    return outcome;
  await printReport(ctx, args, outcome.report, { outIsReport: true, inputs: [] });
  return outcome.exitCode;
};
