import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { Writable } from "node:stream";
import {
  createPortal,
  type Dataset,
  describePortalError,
  PLATFORMS,
  type Platform,
  PortalError,
  type PortalOptions,
} from "@ciudata/open-data";
import { mirrorPortal, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { UsageError } from "../errors";
import type { Command, CommandContext, LocalizedText, ParsedArgs } from "../types";
import { reportText } from "./_report-text";

const ACTIONS = ["search", "show", "rows", "download", "validate", "mirror", "serve"] as const;
type Action = (typeof ACTIONS)[number];

const t = (ctx: CommandContext, text: LocalizedText) => text[ctx.lang];
const abs = (ctx: CommandContext, p: string) => (isAbsolute(p) ? p : resolve(ctx.io.cwd, p));

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
      message: {
        es: `--${flag} espera un número positivo, no «${v}».`,
        en: `--${flag} expects a positive number, not "${v}".`,
        pt: `--${flag} espera um número positivo, não «${v}».`,
      },
    });
  return n;
}

function options(args: ParsedArgs, ctx: CommandContext): PortalOptions {
  const platform = str(args, "platform");
  if (platform !== undefined && !PLATFORMS.includes(platform as Platform))
    throw new UsageError({
      kind: "custom",
      message: {
        es: `Plataforma desconocida «${platform}»: use ${PLATFORMS.join(", ")}.`,
        en: `Unknown platform "${platform}": use ${PLATFORMS.join(", ")}.`,
        pt: `Plataforma desconhecida «${platform}»: use ${PLATFORMS.join(", ")}.`,
      },
    });
  // Tokens come from the environment so they stay out of shell history and process lists.
  const token = ctx.io.env.CIUDATA_PORTAL_TOKEN;
  return {
    ...(platform ? { platform: platform as Platform } : {}),
    ...(token ? { token } : {}),
    timeout: int(args, "timeout", 30) * 1000,
  };
}

function need(value: string | undefined, argument: string): string {
  if (value === undefined) throw new UsageError({ kind: "missing-argument", argument });
  return value;
}

function datasetLine(d: Dataset): string {
  const org = d.organization?.title ?? d.organization?.name;
  return `${d.name ?? d.id} — ${d.title ?? "(sin título)"}${org ? ` [${org}]` : ""}\n`;
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
  ctx.io.stdout(
    t(ctx, {
      es: `${total} conjuntos de datos\n`,
      en: `${total} datasets\n`,
      pt: `${total} conjuntos de dados\n`,
    }),
  );
  for (const d of page.datasets) ctx.io.stdout(datasetLine(d));
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
  ctx.io.stdout(datasetLine(d));
  if (d.description) ctx.io.stdout(`${d.description}\n`);
  for (const r of d.resources) {
    const q = r.queryable ? t(ctx, { es: " (consultable)", en: " (queryable)", pt: " (consultável)" }) : "";
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
  const maxMb = str(args, "max-mb");
  const dl = await portal.download(need(id, "resource"), {
    ...(format ? { format } : {}),
    ...(maxMb ? { maxBytes: int(args, "max-mb", 0) * 1024 * 1024 } : {}),
  });
  const target = abs(ctx, out);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.part`;
  let bytes = 0;
  try {
    const file = createWriteStream(tmp);
    await dl.body
      .pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform: (c, k) => {
            bytes += c.byteLength;
            k.enqueue(c);
          },
        }),
      )
      .pipeTo(Writable.toWeb(file));
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  ctx.io.stdout(
    t(ctx, {
      es: `Guardado ${out} (${bytes} bytes)\n`,
      en: `Saved ${out} (${bytes} bytes)\n`,
      pt: `Salvo ${out} (${bytes} bytes)\n`,
    }),
  );
  return 0;
}

async function validate(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url, id] = args.positionals;
  const portal = createPortal(need(url, "url"), options(args, ctx));
  const maxMb = str(args, "max-mb");
  const report = await portal.validate(need(id, "resource"), {
    lang: ctx.lang,
    ...(maxMb ? { maxBytes: int(args, "max-mb", 0) * 1024 * 1024 } : {}),
  });
  if (args.flags.json) ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else ctx.io.stdout(reportText(report, ctx.lang));
  return report.valid ? 0 : 1;
}

async function mirror(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, url] = args.positionals;
  const out = abs(ctx, need(str(args, "out"), "--out"));
  const org = str(args, "org");
  const query = str(args, "query");
  const result = await mirrorPortal(need(url, "url"), out, {
    ...options(args, ctx),
    ...(org ? { organization: org } : {}),
    ...(query ? { query } : {}),
    onEvent: (e) => {
      if (e.type === "failed")
        ctx.io.stderr(
          `! ${e.resourceId}: ${e.error instanceof PortalError ? describePortalError(e.error, ctx.lang) : e.error.message}\n`,
        );
    },
  });
  ctx.io.stdout(
    t(ctx, {
      es: `Copia en ${out}: ${result.datasets} conjuntos, ${result.files} archivos (${result.reused} ya estaban), ${result.failed.length} fallidos\n`,
      en: `Mirror in ${out}: ${result.datasets} datasets, ${result.files} files (${result.reused} already there), ${result.failed.length} failed\n`,
      pt: `Cópia em ${out}: ${result.datasets} conjuntos, ${result.files} arquivos (${result.reused} já estavam), ${result.failed.length} com falha\n`,
    }),
  );
  return result.failed.length ? 1 : 0;
}

async function serve(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, given] = args.positionals;
  let dir = given === undefined ? null : abs(ctx, given);
  let temp: string | null = null;
  if (dir === null || args.flags.sample) {
    temp = await mkdtemp(join(tmpdir(), "ciudata-portal-"));
    dir = temp;
    await writeSampleSnapshot(dir);
  }
  const lb = await servePortal(dir, { port: int(args, "port", 0) });
  ctx.io.stdout(
    t(ctx, {
      es: `Portal local (solo lectura) en ${lb.url}\n  API CKAN: ${lb.url}/api/3/action/package_search\n  DCAT-AR:  ${lb.url}/data.json\n`,
      en: `Local portal (read-only) at ${lb.url}\n  CKAN API: ${lb.url}/api/3/action/package_search\n  DCAT-AR:  ${lb.url}/data.json\n`,
      pt: `Portal local (somente leitura) em ${lb.url}\n  API CKAN: ${lb.url}/api/3/action/package_search\n  DCAT-AR:  ${lb.url}/data.json\n`,
    }),
  );
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
  summary: {
    es: "Busca, consulta, descarga y valida datos de portales abiertos (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); copia y sirve un portal sin conexión",
    en: "Search, query, download and validate open-data portals (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); mirror and serve a portal offline",
    pt: "Busca, consulta, baixa e valida dados de portais abertos (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); copia e serve um portal offline",
  },
  usage: {
    es: [
      "ciudata portal search <url> [texto] [--org org] [--limit 20] [--json]",
      "ciudata portal show <url> <conjunto> [--json]",
      "ciudata portal rows <url> <recurso> [--limit 20]",
      "ciudata portal download <url> <recurso|url-archivo> --out <archivo> [--format csv] [--max-mb N]",
      "ciudata portal validate <url> <recurso|url-archivo> [--max-mb N] [--json]",
      "ciudata portal mirror <url> --out <carpeta> [--org org] [--query texto]",
      "ciudata portal serve [carpeta] [--port 5000] [--sample] [--for segundos]",
      "Opciones comunes: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout segundos. Clave: variable CIUDATA_PORTAL_TOKEN.",
    ].join("\n"),
    en: [
      "ciudata portal search <url> [text] [--org org] [--limit 20] [--json]",
      "ciudata portal show <url> <dataset> [--json]",
      "ciudata portal rows <url> <resource> [--limit 20]",
      "ciudata portal download <url> <resource|file-url> --out <file> [--format csv] [--max-mb N]",
      "ciudata portal validate <url> <resource|file-url> [--max-mb N] [--json]",
      "ciudata portal mirror <url> --out <folder> [--org org] [--query text]",
      "ciudata portal serve [folder] [--port 5000] [--sample] [--for seconds]",
      "Common options: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout seconds. Key: CIUDATA_PORTAL_TOKEN variable.",
    ].join("\n"),
    pt: [
      "ciudata portal search <url> [texto] [--org org] [--limit 20] [--json]",
      "ciudata portal show <url> <conjunto> [--json]",
      "ciudata portal rows <url> <recurso> [--limit 20]",
      "ciudata portal download <url> <recurso|url-arquivo> --out <arquivo> [--format csv] [--max-mb N]",
      "ciudata portal validate <url> <recurso|url-arquivo> [--max-mb N] [--json]",
      "ciudata portal mirror <url> --out <pasta> [--org org] [--query texto]",
      "ciudata portal serve [pasta] [--port 5000] [--sample] [--for segundos]",
      "Opções comuns: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout segundos. Chave: variável CIUDATA_PORTAL_TOKEN.",
    ].join("\n"),
  },
  flags: {
    platform: {
      type: "string",
      description: {
        es: "Plataforma (sin detectar)",
        en: "Platform (skip detection)",
        pt: "Plataforma (sem detectar)",
      },
    },
    org: {
      type: "string",
      description: {
        es: "Solo esta organización",
        en: "Only this organisation",
        pt: "Somente esta organização",
      },
    },
    query: {
      type: "string",
      description: {
        es: "Solo conjuntos con este texto",
        en: "Only datasets with this text",
        pt: "Somente conjuntos com este texto",
      },
    },
    limit: {
      type: "string",
      description: { es: "Cuántos mostrar", en: "How many to show", pt: "Quantos mostrar" },
    },
    out: {
      type: "string",
      description: {
        es: "Archivo o carpeta de salida",
        en: "Output file or folder",
        pt: "Arquivo ou pasta de saída",
      },
    },
    format: {
      type: "string",
      description: {
        es: "Formato de exportación (csv…)",
        en: "Export format (csv…)",
        pt: "Formato de exportação (csv…)",
      },
    },
    "max-mb": {
      type: "string",
      description: { es: "Tamaño máximo en MB", en: "Largest size in MB", pt: "Tamanho máximo em MB" },
    },
    timeout: {
      type: "string",
      description: {
        es: "Segundos de espera por consulta (30)",
        en: "Seconds per request (30)",
        pt: "Segundos por requisição (30)",
      },
    },
    port: { type: "string", description: { es: "Puerto local", en: "Local port", pt: "Porta local" } },
    sample: {
      type: "boolean",
      description: {
        es: "Sirve el catálogo de muestra sintético",
        en: "Serve the synthetic sample catalog",
        pt: "Serve o catálogo de amostra sintético",
      },
    },
    for: {
      type: "string",
      description: {
        es: "Se detiene tras N segundos",
        en: "Stop after N seconds",
        pt: "Para após N segundos",
      },
    },
    json: { type: "boolean", description: { es: "Salida en JSON", en: "Output JSON", pt: "Saída em JSON" } },
  },
  async run(args, ctx) {
    const action = args.positionals[0];
    if (action === undefined) throw new UsageError({ kind: "missing-argument", argument: "action" });
    if (!ACTIONS.includes(action as Action))
      throw new UsageError({ kind: "unknown-command", command: `portal ${action}`, suggestion: "search" });
    try {
      return await RUN[action as Action](args, ctx);
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      ctx.io.stderr(`${describePortalError(error, ctx.lang)}\n`);
      return 1;
    }
  },
};
