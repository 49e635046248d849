import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type Lang, translator } from "@ciudata/core";
import {
  BUILTIN_PROFILES,
  type Profile,
  parseProfile,
  type QualityScores,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  review,
  scoreReport,
} from "@ciudata/quality";
import { validatePackageFile } from "@ciudata/quality/node";
import type { Report } from "@ciudata/table";
import { parallelRows } from "@ciudata/table/node";
import { issueText } from "../catalogs";
import { UsageError } from "../errors";
import { EXIT_INVALID, EXIT_UNREADABLE, isUnreadable } from "../exit-codes";
import { localized, perLang } from "../messages";
import { validateMessages } from "../messages/validate";
import type { Command, CommandContext } from "../types";
import { openInput } from "./_input";
import { refuseOverwrite, userPath, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { progressBar } from "./_progress";

const FORMATS = ["text", "json", "md", "html"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `ciudata validate <file|url|datapackage.json>`: the city's quality review in one pass, scored by
 * dimension, as text, JSON, Markdown or one HTML file.
 */
export const validateCommand: Command = {
  name: "validate",
  summary: localized(validateMessages, "summary"),
  usage: localized(validateMessages, "usage"),
  flags: {
    schema: {
      type: "string",
      description: localized(validateMessages, "flag.schema"),
    },
    dialect: {
      type: "string",
      description: localized(validateMessages, "flag.dialect"),
    },
    profile: {
      type: "string",
      description: localized(validateMessages, "flag.profile"),
    },
    "as-of": {
      type: "string",
      description: localized(validateMessages, "flag.asOf"),
    },
    format: {
      type: "string",
      description: localized(validateMessages, "flag.format"),
    },
    encoding: {
      type: "string",
      description: localized(validateMessages, "flag.encoding"),
    },
    json: {
      type: "boolean",
      description: localized(validateMessages, "flag.json"),
    },
    out: {
      type: "string",
      description: localized(validateMessages, "flag.out"),
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    // The format: --format, else --json, else the extension of --out (report.html → html), else text.
    const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
    const fromOut = out ? /\.(json|md|html)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
    const limits = readLimits(args);
    const format = chooseFormat(args.flags.format ?? (args.flags.json === true ? "json" : fromOut));
    const asOf = typeof args.flags["as-of"] === "string" ? checkDate(args.flags["as-of"]) : undefined;
    const profileFile =
      typeof args.flags.profile === "string" && !BUILTIN_PROFILES[args.flags.profile]
        ? args.flags.profile
        : undefined;
    const inputs = [target, str(args.flags.schema), str(args.flags.dialect), profileFile];
    if (out !== undefined && isLocalPackage(target))
      inputs.push(...(await packageFiles(userPath(ctx, target))));
    refuseOverwrite(ctx, [out], inputs);
    const schema = typeof args.flags.schema === "string" ? await readJson(args.flags.schema, ctx) : undefined;
    const dialect =
      typeof args.flags.dialect === "string" ? await readJson(args.flags.dialect, ctx) : undefined;
    const profile =
      typeof args.flags.profile === "string" ? await readProfile(args.flags.profile, ctx) : undefined;

    let report: Report;
    let scores: QualityScores;
    if (isLocalPackage(target)) {
      report = await validatePackageFile(userPath(ctx, target), { lang: ctx.lang, limits });
      scores = scoreReport(report, profile ? { thresholds: profile.thresholds } : {});
    } else {
      const input = await openInput(target, ctx);
      const size =
        typeof input === "object" && input !== null && "size" in input ? (input.size as number | null) : null;
      const progress = progressBar(ctx.io, size);
      ({ report, scores } = await review(input, {
        lang: ctx.lang,
        limits,
        ...(schema === undefined ? {} : { schema }),
        ...(dialect === undefined ? {} : { dialect: dialect as Record<string, unknown> }),
        ...(profile ? { profile } : {}),
        ...(asOf ? { asOf } : {}),
        ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
        ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
        // Local files are read by worker threads when every check allows it (same report).
        rowRunner: parallelRows(),
      }));
      progress.done();
    }

    const rendered = render(format, report, scores, ctx.lang);
    if (out !== undefined) {
      const path = await writeOutput(ctx, out, rendered, { inputs });
      ctx.io.stdout(renderText(report, scores, ctx.lang));
      ctx.io.stdout(`${translator(validateMessages, ctx.lang).t("wrote")}: ${path}\n`);
    } else ctx.io.stdout(rendered);
    if (isUnreadable(report)) return EXIT_UNREADABLE;
    return report.valid ? 0 : EXIT_INVALID;
  },
};

const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

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

function render(format: Format, report: Report, scores: QualityScores, lang: Lang): string {
  switch (format) {
    case "json":
      return renderJson(report, scores);
    case "md":
      return renderMarkdown(report, scores, lang);
    case "html":
      return renderHtml(report, scores, lang);
    default:
      return renderText(report, scores, lang);
  }
}

function chooseFormat(value: string | boolean | undefined): Format {
  if (value === undefined || value === false) return "text";
  if (typeof value === "string" && (FORMATS as readonly string[]).includes(value)) return value as Format;
  const received = String(value);
  throw new UsageError({
    kind: "custom",
    message: localized(validateMessages, "chooseFormat", { received }),
  });
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

async function readJson(path: string, ctx: CommandContext): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(userPath(ctx, path), "utf8");
  } catch {
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "unreadableJson", { path }),
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "invalidJson", { path, detail }),
    });
  }
}

async function readProfile(name: string, ctx: CommandContext): Promise<Profile> {
  const builtin = BUILTIN_PROFILES[name];
  if (builtin) return builtin;
  const parsed = parseProfile(await readJson(name, ctx));
  if (parsed.ok) return parsed.profile;
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
