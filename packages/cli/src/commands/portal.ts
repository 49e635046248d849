import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
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
import { CiudataError, renderMessage } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command, CommandContext, LocalizedText, ParsedArgs } from "../types";
import { isUnreadable, userPath } from "./_input";
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
    ctx.io.stderr(
      t(ctx, {
        es: `! redirigido de ${from} a ${to} (sin enviar claves)\n`,
        en: `! redirected from ${from} to ${to} (no keys sent)\n`,
        pt: `! redirecionado de ${from} para ${to} (sem enviar chaves)\n`,
      }),
    );
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
  ctx.io.stdout(
    t(ctx, {
      es: `Guardado ${out} (${bytes} bytes)\n`,
      en: `Saved ${out} (${bytes} bytes)\n`,
      pt: `Salvo ${out} (${bytes} bytes)\n`,
    }),
  );
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
  if (isUnreadable(report)) return 2;
  return report.valid ? 0 : 1;
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
        ctx.io.stderr(
          t(ctx, {
            es: `~ ${e.path} cambió en el portal: actualizado\n`,
            en: `~ ${e.path} changed on the portal: updated\n`,
            pt: `~ ${e.path} mudou no portal: atualizado\n`,
          }),
        );
      else if (e.type === "removed")
        ctx.io.stderr(
          t(ctx, {
            es: `- ${e.path} ya no está en el portal: quitado\n`,
            en: `- ${e.path} is no longer on the portal: removed\n`,
            pt: `- ${e.path} não está mais no portal: removido\n`,
          }),
        );
    },
  });
  const c = result.changes;
  ctx.io.stdout(
    t(ctx, {
      es: `Copia en ${out}: ${result.datasets} conjuntos, ${result.files} archivos (${c.new.length} nuevos, ${c.changed.length} cambiados, ${c.unchanged.length} sin cambios, ${c.removed.length} quitados), ${result.failed.length} fallidos\n`,
      en: `Mirror in ${out}: ${result.datasets} datasets, ${result.files} files (${c.new.length} new, ${c.changed.length} changed, ${c.unchanged.length} unchanged, ${c.removed.length} removed), ${result.failed.length} failed\n`,
      pt: `Cópia em ${out}: ${result.datasets} conjuntos, ${result.files} arquivos (${c.new.length} novos, ${c.changed.length} alterados, ${c.unchanged.length} sem mudanças, ${c.removed.length} removidos), ${result.failed.length} com falha\n`,
    }),
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

/** A failure as one line in the user's language, with what to do for a download over the cap. */
function describe(error: Error, ctx: CommandContext): string {
  // A PortalError is also a CiudataError: test it first.
  if (!(error instanceof PortalError))
    return error instanceof CiudataError ? renderMessage(error.errors[0], ctx.lang) : error.message;
  const text = describePortalError(error, ctx.lang);
  if (error.kind !== "too_large") return text;
  return `${text}${t(ctx, {
    es: " — para descargar más, suba el límite con --max-mb (por omisión 1024 MB; 500 MB por archivo en mirror)",
    en: " — to download more, raise the cap with --max-mb (default 1024 MB; 500 MB per file in mirror)",
    pt: " — para baixar mais, aumente o limite com --max-mb (padrão 1024 MB; 500 MB por arquivo no mirror)",
  })}`;
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
      "ciudata portal validate <url> <recurso|url-archivo> [--max-mb N] [--limit nombre=valor] [--json]",
      "ciudata portal mirror <url> --out <carpeta> [--org org] [--query texto] [--max-mb N]",
      "ciudata portal serve [carpeta] [--port 5000] [--sample] [--for segundos] [--allow-origin origen]",
      "Opciones comunes: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout segundos. Clave: variable CIUDATA_PORTAL_TOKEN.",
    ].join("\n"),
    en: [
      "ciudata portal search <url> [text] [--org org] [--limit 20] [--json]",
      "ciudata portal show <url> <dataset> [--json]",
      "ciudata portal rows <url> <resource> [--limit 20]",
      "ciudata portal download <url> <resource|file-url> --out <file> [--format csv] [--max-mb N]",
      "ciudata portal validate <url> <resource|file-url> [--max-mb N] [--limit name=value] [--json]",
      "ciudata portal mirror <url> --out <folder> [--org org] [--query text] [--max-mb N]",
      "ciudata portal serve [folder] [--port 5000] [--sample] [--for seconds] [--allow-origin origin]",
      "Common options: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout seconds. Key: CIUDATA_PORTAL_TOKEN variable.",
    ].join("\n"),
    pt: [
      "ciudata portal search <url> [texto] [--org org] [--limit 20] [--json]",
      "ciudata portal show <url> <conjunto> [--json]",
      "ciudata portal rows <url> <recurso> [--limit 20]",
      "ciudata portal download <url> <recurso|url-arquivo> --out <arquivo> [--format csv] [--max-mb N]",
      "ciudata portal validate <url> <recurso|url-arquivo> [--max-mb N] [--limit nome=valor] [--json]",
      "ciudata portal mirror <url> --out <pasta> [--org org] [--query texto] [--max-mb N]",
      "ciudata portal serve [pasta] [--port 5000] [--sample] [--for segundos] [--allow-origin origem]",
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
    // search and rows: how many to show; validate: the reader limits (name=value), as in every command.
    limit: {
      type: "string",
      repeatable: true,
      description: {
        es: `search y rows: cuántos mostrar (20). validate: ${LIMIT_FLAG.limit.description.es}`,
        en: `search and rows: how many to show (20). validate: ${LIMIT_FLAG.limit.description.en}`,
        pt: `search e rows: quantos mostrar (20). validate: ${LIMIT_FLAG.limit.description.pt}`,
      },
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
      description: {
        es: "Tamaño máximo en MB (1024 al descargar y validar, 500 por archivo en la copia)",
        en: "Largest size in MB (1024 for download and validate, 500 per file when mirroring)",
        pt: "Tamanho máximo em MB (1024 ao baixar e validar, 500 por arquivo na cópia)",
      },
    },
    "allow-origin": {
      type: "string",
      description: {
        es: "Orígenes web (separados por comas) que pueden leer el portal local desde un navegador",
        en: "Web origins (comma-separated) whose pages may read the local portal from a browser",
        pt: "Origens web (separadas por vírgulas) que podem ler o portal local de um navegador",
      },
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
      // Not a table, an unsafe path…: the user's input is wrong, so exit 2 with the message.
      if (error instanceof PortalError) {
        ctx.io.stderr(`${describe(error, ctx)}\n`);
        return 1;
      }
      if (!(error instanceof CiudataError)) throw error;
      ctx.io.stderr(`${describe(error, ctx)}\n`);
      return 2;
    }
  },
};
