import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type Lang, translator } from "@ciudata/core";
import {
  BUILTIN_PROFILES,
  findingSelector,
  type Profile,
  parseProfile,
  type QualityScores,
  type RegistryReview,
  type ReviewOptions,
  registryReview,
  renderGithub,
  renderHtml,
  renderMarkdown,
  renderText,
  review,
  scoreReport,
  toQualityReport,
} from "@ciudata/quality";
import { validatePackageFile } from "@ciudata/quality/node";
import { type Check, type Report, selectFindings } from "@ciudata/table";
import { parallelRows } from "@ciudata/table/node";
import type { Handler } from "../../declare";
import { UsageError } from "../../errors";
import { exitCodeOf, openInput, readJson, refuseOverwrite, reportFormat, userPath } from "../../io";
import { localized, perLang } from "../../messages";
import { validateMessages } from "../../messages/validate";
import type { CommandContext } from "../../types";
import { readLimitErrors, readLimits } from "../_limits";
import { columnList } from "../_lists";
import { maskingOf } from "../_masking";
import { progressBar } from "../_progress";
import { isDatabaseUrl, validateDatabase } from "./database";
import { validateInDuckDB } from "./duckdb";
import { geoCheckIssues, readGeoChecks } from "./geo";
import { territoryMap } from "./map";
import { readSelection } from "./selection";

/** Runs `ciudata validate`: reads, checks and scores the input; the CLI prints the report. */
export const runValidate: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const limits = readLimits(args);
  const limitErrors = readLimitErrors(args);
  const selection = readSelection(args);
  // Picked types are listed (and use up --limit-errors); the others are counted and scored, not listed.
  const keep = selection && findingSelector(selection);
  const listCap = {
    ...(limitErrors === undefined ? {} : { limitErrors }),
    ...(keep ? { listErrors: keep } : {}),
  };
  const asOf = typeof args.flags["as-of"] === "string" ? checkDate(args.flags["as-of"]) : undefined;
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (out !== undefined && isLocalPackage(target))
    refuseOverwrite(ctx, [out], await packageFiles(userPath(ctx, target)));
  const schema =
    typeof args.flags.schema === "string"
      ? await readJson(ctx, args.flags.schema, SCHEMA_EXAMPLE)
      : undefined;
  const dialect =
    typeof args.flags.dialect === "string"
      ? await readJson(ctx, args.flags.dialect, DIALECT_EXAMPLE)
      : undefined;
  const profile =
    typeof args.flags.profile === "string" ? await readProfile(args.flags.profile, ctx) : undefined;
  const registry = readRegistry(args, target);
  // A PostgreSQL table: the schema's checks run inside the database.
  if (isDatabaseUrl(target)) return validateDatabase(target, args, ctx, schema, limitErrors);
  // --engine duckdb: the schema's checks inside an embedded DuckDB that reads the file itself.
  if (args.flags.engine !== undefined) return validateInDuckDB(target, args, ctx, schema, limitErrors);
  // --areas: the geo checks, run in the same read (one table only).
  if (typeof args.flags.areas === "string" && isLocalPackage(target))
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "packageAreas", { flag: "--areas" }),
    });
  const geoRead = await readGeoChecks(args, ctx, target);
  const geo: Check[] = geoRead.checks;

  let report: Report;
  let scores: QualityScores;
  if (isLocalPackage(target)) {
    report = await validatePackageFile(userPath(ctx, target), {
      lang: ctx.lang,
      limits,
      ...listCap,
      masking: maskingOf(args),
    });
    scores = scoreReport(report, profile ? { thresholds: profile.thresholds } : {});
  } else {
    const input = await openInput(target, ctx);
    const size =
      typeof input === "object" && input !== null && "size" in input ? (input.size as number | null) : null;
    const progress = progressBar(ctx.io, size, ctx.lang);
    const options: ReviewOptions = {
      lang: ctx.lang,
      limits,
      ...listCap,
      masking: maskingOf(args),
      ...(schema === undefined ? {} : { schema }),
      ...(dialect === undefined ? {} : { dialect: dialect as Record<string, unknown> }),
      ...(profile ? { profile } : {}),
      ...(geo.length > 0 ? { checks: geo } : {}),
      ...(asOf ? { asOf } : {}),
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
      // Local files are read by worker threads when every check allows it (same report).
      rowRunner: parallelRows(),
    };
    // --registry: the re-identification risk and the disaggregation checks join the same read.
    const registered = registry ? await registryReview(input, { ...options, ...registry }) : undefined;
    ({ report, scores } = registered ?? (await review(input, options)));
    progress.done();
    if (registered) ctx.io.stderr(`${registryNote(registered, ctx)}\n`);
  }
  // The geo checks' findings are titled by their own catalog (the others by quality's).
  const catalogs = [geoCheckIssues];
  // Scores come from every finding; what is shown, validity and the exit code from the picked view.
  const view = keep ? selectFindings(report, keep) : report;
  // The HTML report maps the rows per territory when validate is given areas (`--areas`) for a local table.
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  const areas = flag("areas");
  const map =
    areas !== undefined && reportFormat(args) === "html" && mappable(target, ctx)
      ? await territoryMap(ctx, {
          file: target,
          areas,
          layer: geoRead.layer,
          columns: geoRead.columns,
          encoding: flag("encoding"),
        })
      : undefined;
  return {
    exitCode: exitCodeOf(view),
    report: {
      json: () => toQualityReport(view, scores),
      text: () => renderText(view, scores, ctx.lang, { catalogs }),
      md: () => renderMarkdown(view, scores, ctx.lang, { catalogs }),
      html: () => renderHtml(view, scores, ctx.lang, { catalogs, ...(map === undefined ? {} : { map }) }),
      github: () => renderGithub(view, ctx.lang, { file: githubPath(target), catalogs }),
    },
  };
};

/**
 * `--registry [--qi a,b,c] [--k N]`: the options of the registry review, or `undefined` without
 * `--registry` (then `--qi` and `--k` are refused, not ignored).
 */
function readRegistry(
  args: Parameters<Handler>[0],
  target: string,
): { qi?: string[]; k: number } | undefined {
  const qi = typeof args.flags.qi === "string" ? args.flags.qi : undefined;
  const k = typeof args.flags.k === "string" ? args.flags.k : undefined;
  if (args.flags.registry !== true) {
    const flag = qi !== undefined ? "--qi" : k !== undefined ? "--k" : undefined;
    if (flag === undefined) return undefined;
    throw new UsageError({ kind: "custom", message: localized(validateMessages, "registryOnly", { flag }) });
  }
  if (isDatabaseUrl(target) || isLocalPackage(target))
    throw new UsageError({ kind: "custom", message: localized(validateMessages, "registryPackage") });
  const kValue = k === undefined ? 5 : Number(k);
  if (!Number.isInteger(kValue) || kValue < 2)
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "badK", { value: k ?? "" }),
    });
  const columns = columnList(qi);
  return { ...(columns?.length ? { qi: columns } : {}), k: kValue };
}

/** The line under a registry review naming the quasi-identifiers (column names, never values). */
function registryNote(r: RegistryReview, ctx: CommandContext): string {
  const { t } = translator(validateMessages, ctx.lang);
  if (r.qi.columns.length === 0) return t("registryNoQi");
  return t("registryQi", {
    columns: r.qi.columns.join(", "),
    how: r.qi.detected ? t("qiDetected") : t("qiGiven"),
  });
}

/** A local text table (not a URL, a Data Package or a spreadsheet): the map counts its rows again. */
function mappable(target: string, ctx: CommandContext): boolean {
  return (
    !/^https?:\/\//i.test(target) &&
    !isLocalPackage(target) &&
    ctx.sheet === undefined &&
    !/\.(xlsx|xlsm|xls|ods)$/i.test(target)
  );
}

/**
 * The path annotations name: the file as typed (the repository-relative path a CI job passes), or for a
 * Data Package each resource's path next to its descriptor; always with `/`.
 */
function githubPath(target: string): string | ((place: string) => string) {
  const slashes = (p: string) => p.replace(/\\/g, "/");
  if (!isLocalPackage(target)) return slashes(target);
  const base = slashes(dirname(target));
  return (place) => (base === "." || /^[a-z][a-z0-9+.-]*:|^\//i.test(place) ? place : `${base}/${place}`);
}

const SCHEMA_EXAMPLE = '{"fields":[{"name":"id","type":"integer"}]}';
const DIALECT_EXAMPLE = '{"delimiter":";","header":true}';

const isLocalPackage = (target: string) => /datapackage\.json$/i.test(target) && !/^https?:/i.test(target);

/**
 * The local files a Data Package names (resource paths, schema and dialect files), so `--out` is
 * never one of them. A descriptor that cannot be read names none: validation reports it later.
 */
async function packageFiles(descriptor: string): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(descriptor, "utf8"));
  } catch {
    return [];
  }
  const files: string[] = [];
  const add = (value: unknown) => {
    for (const p of Array.isArray(value) ? value : [value])
      if (typeof p === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(p))
        files.push(resolve(dirname(descriptor), p));
  };
  const resources = (parsed as { resources?: unknown } | null)?.resources;
  for (const r of Array.isArray(resources) ? resources : []) {
    if (r === null || typeof r !== "object") continue;
    const { path, schema, dialect } = r as Record<string, unknown>;
    add(path);
    add(schema);
    add(dialect);
  }
  return files;
}

function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok =
    m !== null &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (ok) return value;
  throw new UsageError({
    kind: "custom",
    message: localized(validateMessages, "checkDate", { value }),
  });
}

async function readProfile(name: string, ctx: CommandContext): Promise<Profile> {
  const builtin = BUILTIN_PROFILES[name];
  if (builtin) return builtin;
  const parsed = parseProfile(await readJson(ctx, name));
  if (parsed.ok) return parsed.profile;
  // The wording of every package's issues, loaded only when a profile is refused.
  const { issueText } = await import("../../catalogs");
  const lines = (lang: Lang) => parsed.errors.map((e) => `  ${issueText(e, lang)}`).join("\n");
  throw new UsageError({
    kind: "custom",
    message: perLang((lang) =>
      translator(validateMessages, lang).t("readProfile", {
        name,
        profiles: Object.keys(BUILTIN_PROFILES).join(", "),
        lines: lines(lang),
      }),
    ),
  });
}
