import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
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
import { type Lang, type Report, renderMessage } from "@ciudata/table";
import { parallelRows } from "@ciudata/table/node";
import { UsageError } from "../errors";
import type { Command, CommandContext } from "../types";
import { isUnreadable, openInput } from "./_input";
import { refuseOverwrite, userPath, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { progressBar } from "./_progress";

/** Exit code when the data has errors. */
export const EXIT_INVALID_DATA = 1;
/** Exit code for a usage mistake or an input that cannot be read at all (as for any usage error). */
export const EXIT_UNREADABLE = 2;

const FORMATS = ["text", "json", "md", "html"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `ciudata validate <file|url|datapackage.json>`: the city's quality review in one pass, scored by
 * dimension, as text, JSON, Markdown or one HTML file.
 */
export const validateCommand: Command = {
  name: "validate",
  summary: {
    es: "Revisa la calidad de una tabla o un Data Package y la puntúa por dimensión",
    en: "Review the quality of a table or a Data Package and score it by dimension",
    pt: "Revisa a qualidade de uma tabela ou de um Data Package e a pontua por dimensão",
  },
  usage: {
    es: "ciudata validate <archivo|url|datapackage.json> [--schema esquema.json] [--dialect dialecto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nSale con 0 si es válida, 1 si los datos tienen errores, 2 si el comando o la entrada no sirven.",
    en: "ciudata validate <file|url|datapackage.json> [--schema schema.json] [--dialect dialect.json] [--profile ar-datos-abiertos|profile.json] [--as-of YYYY-MM-DD] [--format text|json|md|html] [--out file]\nExits 0 when valid, 1 when the data has errors, 2 for a usage mistake or unreadable input.",
    pt: "ciudata validate <arquivo|url|datapackage.json> [--schema esquema.json] [--dialect dialeto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nSai com 0 se válida, 1 se os dados tiverem erros, 2 se o comando ou a entrada não servirem.",
  },
  flags: {
    schema: {
      type: "string",
      description: { es: "Table Schema (JSON)", en: "Table Schema (JSON)", pt: "Table Schema (JSON)" },
    },
    dialect: {
      type: "string",
      description: { es: "Table Dialect (JSON)", en: "Table Dialect (JSON)", pt: "Table Dialect (JSON)" },
    },
    profile: {
      type: "string",
      description: {
        es: "Perfil: ar-datos-abiertos o un archivo JSON de la ciudad",
        en: "Profile: ar-datos-abiertos or a city's JSON file",
        pt: "Perfil: ar-datos-abiertos ou um arquivo JSON da cidade",
      },
    },
    "as-of": {
      type: "string",
      description: {
        es: "Fecha de la revisión (AAAA-MM-DD) para la actualidad",
        en: "Review date (YYYY-MM-DD) for timeliness",
        pt: "Data da revisão (AAAA-MM-DD) para a atualidade",
      },
    },
    format: {
      type: "string",
      description: {
        es: "text, json, md o html",
        en: "text, json, md or html",
        pt: "text, json, md ou html",
      },
    },
    encoding: {
      type: "string",
      description: { es: "Fuerza la codificación", en: "Force the encoding", pt: "Força a codificação" },
    },
    json: {
      type: "boolean",
      description: {
        es: "Igual que --format json",
        en: "Same as --format json",
        pt: "O mesmo que --format json",
      },
    },
    out: {
      type: "string",
      description: {
        es: "Escribe el reporte en este archivo",
        en: "Write the report to this file",
        pt: "Grava o relatório neste arquivo",
      },
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
      ctx.io.stdout(`${words[ctx.lang].wrote}: ${path}\n`);
    } else ctx.io.stdout(rendered);
    if (isUnreadable(report)) return EXIT_UNREADABLE;
    return report.valid ? 0 : EXIT_INVALID_DATA;
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

const words = {
  es: { wrote: "Escrito" },
  en: { wrote: "Wrote" },
  pt: { wrote: "Gravado" },
} as const;

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
    message: {
      es: `--format espera text, json, md o html; se recibió «${received}». Ejemplo: --format html --out informe.html`,
      en: `--format expects text, json, md or html; received "${received}". Example: --format html --out report.html`,
      pt: `--format espera text, json, md ou html; recebido "${received}". Exemplo: --format html --out relatorio.html`,
    },
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
    message: {
      es: `--as-of espera una fecha AAAA-MM-DD, por ejemplo 2026-11-22; se recibió «${value}».`,
      en: `--as-of expects a date YYYY-MM-DD, for example 2026-11-22; received "${value}".`,
      pt: `--as-of espera uma data AAAA-MM-DD, por exemplo 2026-11-22; recebido "${value}".`,
    },
  });
}

async function readJson(path: string, ctx: CommandContext): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(userPath(ctx, path), "utf8");
  } catch {
    throw new UsageError({
      kind: "custom",
      message: {
        es: `No se pudo leer ${path}: revise la ruta.`,
        en: `Could not read ${path}: check the path.`,
        pt: `Não foi possível ler ${path}: verifique o caminho.`,
      },
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError({
      kind: "custom",
      message: {
        es: `${path} no es JSON válido (${detail}). Ejemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
        en: `${path} is not valid JSON (${detail}). Valid example: {"fields":[{"name":"id","type":"integer"}]}`,
        pt: `${path} não é JSON válido (${detail}). Exemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
      },
    });
  }
}

async function readProfile(name: string, ctx: CommandContext): Promise<Profile> {
  const builtin = BUILTIN_PROFILES[name];
  if (builtin) return builtin;
  const parsed = parseProfile(await readJson(name, ctx));
  if (parsed.ok) return parsed.profile;
  const lines = (lang: Lang) => parsed.errors.map((e) => `  ${renderMessage(e, lang)}`).join("\n");
  throw new UsageError({
    kind: "custom",
    message: {
      es: `El perfil ${name} no es válido (perfiles incluidos: ${Object.keys(BUILTIN_PROFILES).join(", ")}):\n${lines("es")}`,
      en: `The profile ${name} is not valid (built-in profiles: ${Object.keys(BUILTIN_PROFILES).join(", ")}):\n${lines("en")}`,
      pt: `O perfil ${name} não é válido (perfis incluídos: ${Object.keys(BUILTIN_PROFILES).join(", ")}):\n${lines("pt")}`,
    },
  });
}
