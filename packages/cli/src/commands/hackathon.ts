import { readFile } from "node:fs/promises";
import {
  HackathonError,
  type HackathonIssue,
  type Rubric,
  rank,
  renderIssue,
  renderRankingMarkdown,
  renderRankingText,
  safeParseChallenge,
  safeParseJudging,
  safeParseRubric,
} from "@ciudata/hackathon";
import { writeChallengePackFromPortal } from "@ciudata/hackathon/node";
import { createPortal, describePortalError, isPortalError } from "@ciudata/open-data";
import { CiudataError } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command, CommandContext, LocalizedText, ParsedArgs } from "../types";
import { asUsageError } from "./_input";
import { userPath } from "./_io";

/** Exit code when an input file is not valid. */
export const EXIT_INVALID_INPUT = 1;

const ACTIONS = ["rank", "pack"] as const;
const FORMATS = ["text", "json", "md"] as const;
type Format = (typeof FORMATS)[number];

const str = (args: ParsedArgs, flag: string) => {
  const v = args.flags[flag];
  return typeof v === "string" ? v : undefined;
};

const W = {
  es: { invalid: "no es válido", wrote: "Paquete escrito en", files: "archivos", skipped: "No descargado" },
  en: { invalid: "is not valid", wrote: "Pack written to", files: "files", skipped: "Not downloaded" },
  pt: { invalid: "não é válido", wrote: "Pacote gravado em", files: "arquivos", skipped: "Não baixado" },
} as const;

function bad(flag: string, expected: LocalizedText, received: string): UsageError {
  return new UsageError({
    kind: "custom",
    message: {
      es: `--${flag} espera ${expected.es}; se recibió «${received}».`,
      en: `--${flag} expects ${expected.en}; received "${received}".`,
      pt: `--${flag} espera ${expected.pt}; recebido «${received}».`,
    },
  });
}

async function readJson(ctx: CommandContext, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(userPath(ctx, path), "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError({
      kind: "custom",
      message: {
        es: `No se pudo leer «${path}» (${reason}).`,
        en: `Could not read "${path}" (${reason}).`,
        pt: `Não foi possível ler «${path}» (${reason}).`,
      },
    });
  }
  return text;
}

function reportIssues(ctx: CommandContext, file: string, issues: readonly HackathonIssue[]): number {
  ctx.io.stderr(`${file} ${W[ctx.lang].invalid}:\n`);
  for (const issue of issues) ctx.io.stderr(`  ${renderIssue(issue, ctx.lang)}\n`);
  return EXIT_INVALID_INPUT;
}

async function runRank(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, file, extra] = args.positionals;
  if (file === undefined) throw new UsageError({ kind: "missing-argument", argument: "scores.json" });
  if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
  const format = (str(args, "format") ?? (args.flags.json === true ? "json" : "text")) as Format;
  if (!FORMATS.includes(format))
    throw bad("format", { es: "text, json o md", en: "text, json or md", pt: "text, json ou md" }, format);
  const missing = str(args, "missing") ?? "mean";
  if (missing !== "mean" && missing !== "exclude")
    throw bad("missing", { es: "mean o exclude", en: "mean or exclude", pt: "mean ou exclude" }, missing);
  const rubricPath = str(args, "rubric");

  const judging = safeParseJudging(await readJson(ctx, file));
  if (!judging.ok) return reportIssues(ctx, file, judging.issues);
  let rubric: Rubric | undefined = judging.value.rubric;
  if (rubricPath !== undefined) {
    const r = safeParseRubric(await readJson(ctx, rubricPath));
    if (!r.ok) return reportIssues(ctx, rubricPath, r.issues);
    rubric = r.value;
  }
  if (!rubric)
    throw new UsageError({
      kind: "custom",
      message: {
        es: `«${file}» no tiene "rubric": agréguela al archivo o use --rubric rubrica.json.`,
        en: `"${file}" has no "rubric": add it to the file or use --rubric rubric.json.`,
        pt: `«${file}» não tem "rubric": adicione-a ao arquivo ou use --rubric rubrica.json.`,
      },
    });
  const { judges, submissions, scores } = judging.value;
  let result: ReturnType<typeof rank>;
  try {
    result = rank(submissions, scores, rubric, {
      judges,
      missing,
      normalize: args.flags.normalize === true ? "zscore" : "none",
    });
  } catch (e) {
    if (e instanceof HackathonError) return reportIssues(ctx, file, e.issues);
    throw e;
  }
  if (format === "json") ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === "md") ctx.io.stdout(renderRankingMarkdown(result, rubric, ctx.lang));
  else ctx.io.stdout(renderRankingText(result, rubric, ctx.lang));
  return 0;
}

async function runPack(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [, file, extra] = args.positionals;
  if (file === undefined) throw new UsageError({ kind: "missing-argument", argument: "challenge.json" });
  if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
  const out = str(args, "out");
  if (out === undefined) throw new UsageError({ kind: "missing-value", flag: "out" });
  const maxMb = str(args, "max-mb");
  const mb = maxMb === undefined ? 20 : Number(maxMb);
  if (!Number.isFinite(mb) || mb <= 0)
    throw bad(
      "max-mb",
      { es: "un número de MB mayor que 0", en: "a number of MB above 0", pt: "um número de MB maior que 0" },
      String(maxMb),
    );

  const raw = await readJson(ctx, file);
  const parsed = safeParseChallenge(raw);
  if (!parsed.ok) return reportIssues(ctx, file, parsed.issues);
  const challenge = parsed.value;
  const portalUrl = str(args, "portal") ?? challenge.portal;
  if (portalUrl === undefined) throw new UsageError({ kind: "missing-value", flag: "portal" });
  if (!/^https?:\/\//i.test(portalUrl))
    throw bad("portal", { es: "una URL http(s)", en: "an http(s) URL", pt: "uma URL http(s)" }, portalUrl);
  let rubric: Rubric | undefined;
  const rubricPath = str(args, "rubric");
  if (rubricPath !== undefined) {
    const r = safeParseRubric(await readJson(ctx, rubricPath));
    if (!r.ok) return reportIssues(ctx, rubricPath, r.issues);
    rubric = r.value;
  }
  const dir = userPath(ctx, out);
  try {
    const { pack, files } = await writeChallengePackFromPortal(createPortal(portalUrl), challenge, dir, {
      maxBytes: Math.round(mb * 1024 * 1024),
      ...(rubric ? { rubric } : {}),
      // The pack holds a challenge.json and a rubric.json: never written over the files they came from.
      inputs: [userPath(ctx, file), rubricPath === undefined ? undefined : userPath(ctx, rubricPath)],
    });
    const data = JSON.parse(pack.files["datasets.json"] as string) as {
      datasets: Array<{
        id: string;
        available: boolean;
        reason?: string | null;
        resources?: Array<{ id: string; skipped: string | null }>;
      }>;
    };
    for (const d of data.datasets) {
      if (!d.available) ctx.io.stderr(`! ${W[ctx.lang].skipped}: ${d.id} (${d.reason ?? "?"})\n`);
      for (const r of d.resources ?? [])
        if (r.skipped) ctx.io.stderr(`! ${W[ctx.lang].skipped}: ${r.id} (${r.skipped})\n`);
    }
    ctx.io.stdout(`${W[ctx.lang].wrote} ${dir} (${files.length} ${W[ctx.lang].files})\n`);
    return 0;
  } catch (e) {
    if (isPortalError(e)) {
      ctx.io.stderr(`${describePortalError(e, ctx.lang)}\n`);
      return 1;
    }
    if (e instanceof CiudataError) throw asUsageError(e);
    throw e;
  }
}

/**
 * `ciudata hackathon rank|pack`: rank a hackathon's submissions with a weighted rubric (conflicts of interest,
 * missing scores, tie-breaker, spread between judges), or export a challenge pack (READMEs, datasets.json,
 * offline data) from a portal.
 */
export const hackathonCommand: Command = {
  name: "hackathon",
  summary: {
    es: "Rankea las entregas de un hackatón con la rúbrica y exporta paquetes de desafío con datos sin conexión",
    en: "Rank a hackathon's submissions with the rubric and export challenge packs with offline data",
    pt: "Classifica as entregas de um hackathon com a rubrica e exporta pacotes de desafio com dados offline",
  },
  usage: {
    es: "ciudata hackathon rank <puntajes.json> [--rubric rubrica.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <desafio.json> --portal <url> --out <carpeta> [--rubric rubrica.json] [--max-mb 20]\nSale con 1 si un archivo no es válido o el portal falla, 2 si el comando está mal escrito.",
    en: "ciudata hackathon rank <scores.json> [--rubric rubric.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <challenge.json> --portal <url> --out <dir> [--rubric rubric.json] [--max-mb 20]\nExits 1 when a file is not valid or the portal fails, 2 for a usage mistake.",
    pt: "ciudata hackathon rank <notas.json> [--rubric rubrica.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <desafio.json> --portal <url> --out <pasta> [--rubric rubrica.json] [--max-mb 20]\nSai com 1 se um arquivo não for válido ou o portal falhar, 2 se o comando estiver mal escrito.",
  },
  flags: {
    rubric: {
      type: "string",
      description: {
        es: "Rúbrica (JSON); reemplaza la del archivo",
        en: "Rubric (JSON); replaces the one in the file",
        pt: "Rubrica (JSON); substitui a do arquivo",
      },
    },
    format: {
      type: "string",
      description: { es: "text, json o md", en: "text, json or md", pt: "text, json ou md" },
    },
    json: {
      type: "boolean",
      description: {
        es: "Igual que --format json",
        en: "Same as --format json",
        pt: "O mesmo que --format json",
      },
    },
    missing: {
      type: "string",
      description: {
        es: "Puntaje faltante: mean (media de los otros jurados, por defecto) o exclude",
        en: "Missing score: mean (other judges' mean, default) or exclude",
        pt: "Nota faltante: mean (média dos outros jurados, padrão) ou exclude",
      },
    },
    normalize: {
      type: "boolean",
      description: {
        es: "Normaliza por jurado (z-score)",
        en: "Normalise per judge (z-score)",
        pt: "Normaliza por jurado (z-score)",
      },
    },
    portal: {
      type: "string",
      description: { es: "URL del portal de datos", en: "Data portal URL", pt: "URL do portal de dados" },
    },
    out: {
      type: "string",
      description: { es: "Carpeta del paquete", en: "Pack folder", pt: "Pasta do pacote" },
    },
    "max-mb": {
      type: "string",
      description: {
        es: "Tamaño máximo por archivo descargado, en MB (20)",
        en: "Largest file to download, in MB (20)",
        pt: "Tamanho máximo por arquivo baixado, em MB (20)",
      },
    },
  },
  async run(args, ctx) {
    const [action] = args.positionals;
    if (action === undefined) throw new UsageError({ kind: "missing-argument", argument: "rank|pack" });
    if (action === "rank") return runRank(args, ctx);
    if (action === "pack") return runPack(args, ctx);
    throw new UsageError({
      kind: "custom",
      message: {
        es: `Acción desconocida «${action}»: use ${ACTIONS.join(" o ")}.`,
        en: `Unknown action "${action}": use ${ACTIONS.join(" or ")}.`,
        pt: `Ação desconhecida «${action}»: use ${ACTIONS.join(" ou ")}.`,
      },
    });
  },
};
