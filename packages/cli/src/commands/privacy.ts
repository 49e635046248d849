import { type ColumnFinding, measureRisk, type RiskReport, scanTable } from "@ciudata/privacy";
import { CiudataError } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command, CommandContext, Lang, LocalizedText } from "../types";
import { asUsageError, openInput } from "./_input";
import { refuseOverwrite, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

/** Output formats of the privacy commands. @internal */
export type PrivacyFormat = "text" | "json" | "html";

/** Reads `--format` / `--json` / `--html`. @internal */
export function privacyFormat(flags: Record<string, string | boolean>): PrivacyFormat {
  if (flags.json === true) return "json";
  if (flags.html === true) return "html";
  const f = flags.format;
  if (f === undefined || f === true) return "text";
  if (f === "text" || f === "json" || f === "html") return f;
  throw new UsageError({
    kind: "custom",
    message: {
      es: "--format: text, json o html",
      en: "--format: text, json or html",
      pt: "--format: text, json ou html",
    },
  });
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal self-contained HTML page with a title and a table. @internal */
export function htmlPage(
  title: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  lang: Lang,
): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n");
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style>
</head><body><h1>${esc(title)}</h1><table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table></body></html>\n`;
}

/** Writes the output to `--out` atomically (never over one of `inputs`), or to stdout. @internal */
export async function emit(
  text: string,
  ctx: CommandContext,
  out: string | boolean | undefined,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  if (typeof out === "string") {
    await writeOutput(ctx, out, text, { inputs });
    return;
  }
  ctx.io.stdout(text);
}

/** Runs `fn`, turning a `CiudataError` (unknown column, bad plan, missing key) into a usage error. @internal */
export async function userErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof CiudataError) throw asUsageError(error);
    throw error;
  }
}

const T = (es: string, en: string, pt: string): LocalizedText => ({ es, en, pt });
const W = {
  column: T("columna", "column", "coluna"),
  category: T("categoría", "category", "categoria"),
  role: T("rol", "role", "papel"),
  confidence: T("confianza", "confidence", "confiança"),
  matched: T("coinciden", "matched", "coincidem"),
  samples: T("muestras (enmascaradas)", "samples (masked)", "amostras (mascaradas)"),
  none: T(
    "No se encontraron datos personales.",
    "No personal data found.",
    "Nenhum dado pessoal encontrado.",
  ),
  scanTitle: T("Datos personales encontrados", "Personal data found", "Dados pessoais encontrados"),
  riskTitle: T("Riesgo de reidentificación", "Re-identification risk", "Risco de reidentificação"),
  records: T("registros", "records", "registros"),
  classes: T("clases de equivalencia", "equivalence classes", "classes de equivalência"),
  violating: T("registros que violan", "records violating", "registros que violam"),
  uniques: T("únicos en la muestra", "sample uniques", "únicos na amostra"),
  mean: T("riesgo medio (1/fk)", "mean risk (1/fk)", "risco médio (1/fk)"),
  max: T("riesgo máximo", "maximum risk", "risco máximo"),
  ldiv: T("l-diversidad", "l-diversity", "l-diversidade"),
};

function scanRows(findings: readonly ColumnFinding[]): string[][] {
  return findings.map((f) => [
    f.column,
    f.category + (f.idType ? ` (${f.idType})` : ""),
    f.role,
    f.confidence.toFixed(2),
    `${f.counts.matched}/${f.counts.sampled}`,
    f.samples.join(" | ") + (f.laws ? ` — ${f.laws.join("; ")}` : ""),
  ]);
}

/** The risk report as lines of text in a language. @internal */
export function riskLines(r: RiskReport, lang: Lang): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const lines = [
    `${W.riskTitle[lang]} — QI: ${r.qi.join(", ")}`,
    `${W.records[lang]}: ${r.records}; ${W.classes[lang]}: ${r.classes}`,
    ...r.violations.map((v) => `${W.violating[lang]} ${v.k}-anonimato: ${v.records} (${pct(v.share)})`),
    `${W.uniques[lang]}: ${r.sampleUniques}`,
    `${W.mean[lang]}: ${r.risk.mean.toFixed(4)}; ${W.max[lang]}: ${r.risk.max.toFixed(4)}`,
    ...r.lDiversity.map(
      (l) =>
        `${W.ldiv[lang]} ${l.column}: distinct min ${l.distinctMin}, entropy min ${l.entropyMin.toFixed(3)}`,
    ),
  ];
  if (r.weighted)
    lines.push(
      `weighted: global ${r.weighted.globalRisk.toFixed(5)}, ER ${r.weighted.expectedReidentifications.toFixed(2)}`,
    );
  return lines;
}

const list = (v: string | boolean | undefined) =>
  typeof v === "string"
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** `ciudata privacy scan <file>` and `ciudata privacy risk <file> --qi a,b,c`. */
export const privacyCommand: Command = {
  name: "privacy",
  summary: T(
    "Busca datos personales (scan) o mide el riesgo de reidentificación (risk) de una tabla",
    "Find personal data (scan) or measure the re-identification risk (risk) of a table",
    "Procura dados pessoais (scan) ou mede o risco de reidentificação (risk) de uma tabela",
  ),
  usage: T(
    "ciudata privacy scan <archivo> [--format text|json|html] [--out archivo]\nciudata privacy risk <archivo> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|html]\nrisk sale con 1 si hay registros que violan k-anonimato.",
    "ciudata privacy scan <file> [--format text|json|html] [--out file]\nciudata privacy risk <file> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|html]\nrisk exits 1 when records violate k-anonymity.",
    "ciudata privacy scan <arquivo> [--format text|json|html] [--out arquivo]\nciudata privacy risk <arquivo> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|html]\nrisk sai com 1 se houver registros que violam o k-anonimato.",
  ),
  flags: {
    qi: {
      type: "string",
      description: T(
        "Cuasi-identificadores, separados por coma",
        "Quasi-identifiers, comma-separated",
        "Quase-identificadores, separados por vírgula",
      ),
    },
    sensitive: {
      type: "string",
      description: T(
        "Columnas sensibles (l-diversidad)",
        "Sensitive columns (l-diversity)",
        "Colunas sensíveis (l-diversidade)",
      ),
    },
    k: {
      type: "string",
      description: T(
        "El k a cumplir (por defecto 3)",
        "The k to meet (default 3)",
        "O k a cumprir (padrão 3)",
      ),
    },
    weight: {
      type: "string",
      description: T("Columna de pesos muestrales", "Sampling-weight column", "Coluna de pesos amostrais"),
    },
    "missing-matches-any": {
      type: "boolean",
      description: T(
        "Un valor faltante coincide con cualquiera (sdcMicro)",
        "A missing value matches any (sdcMicro)",
        "Um valor ausente coincide com qualquer (sdcMicro)",
      ),
    },
    format: {
      type: "string",
      description: T("text, json o html", "text, json or html", "text, json ou html"),
    },
    json: { type: "boolean", description: T("Salida en JSON", "Output JSON", "Saída em JSON") },
    html: { type: "boolean", description: T("Salida en HTML", "Output HTML", "Saída em HTML") },
    out: {
      type: "string",
      description: T(
        "Escribe la salida en un archivo",
        "Write the output to a file",
        "Escreve a saída em um arquivo",
      ),
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [sub, target, extra] = args.positionals;
    if (sub !== "scan" && sub !== "risk")
      throw new UsageError(
        sub === undefined
          ? { kind: "missing-argument", argument: "scan|risk" }
          : { kind: "unknown-command", command: `privacy ${sub}`, suggestion: "scan" },
      );
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const format = privacyFormat(args.flags);
    const lang = ctx.lang;
    const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
    refuseOverwrite(ctx, [out], [target]);
    const limits = readLimits(args);
    if (sub === "scan") {
      const report = await userErrors(async () => scanTable(await openInput(target, ctx), { limits }));
      const head = [W.column, W.category, W.role, W.confidence, W.matched, W.samples].map((w) => w[lang]);
      const text =
        format === "json"
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === "html"
            ? htmlPage(W.scanTitle[lang], head, scanRows(report.findings), lang)
            : report.findings.length
              ? `${W.scanTitle[lang]}:\n${scanRows(report.findings)
                  .map((r) => `  ${r.join("  ·  ")}`)
                  .join("\n")}\n`
              : `${W.none[lang]}\n`;
      await emit(text, ctx, out, [target]);
      return 0;
    }
    const qi = list(args.flags.qi);
    if (qi.length === 0) throw new UsageError({ kind: "missing-value", flag: "qi" });
    const k = args.flags.k === undefined ? 3 : Number(args.flags.k);
    if (!Number.isInteger(k) || k < 2)
      throw new UsageError({
        kind: "custom",
        message: T("--k debe ser un entero ≥ 2", "--k must be an integer ≥ 2", "--k deve ser um inteiro ≥ 2"),
      });
    const report = await userErrors(async () =>
      measureRisk(await openInput(target, ctx), {
        qi,
        k,
        limits,
        sensitive: list(args.flags.sensitive),
        missingMatchesAny: args.flags["missing-matches-any"] === true,
        ...(typeof args.flags.weight === "string" ? { weight: args.flags.weight } : {}),
      }),
    );
    const lines = riskLines(report, lang);
    const text =
      format === "json"
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === "html"
          ? htmlPage(
              W.riskTitle[lang],
              ["", ""],
              lines.slice(1).map((l) => l.split(/:\s(?=[^:]*$)/)),
              lang,
            )
          : `${lines.join("\n")}\n`;
    await emit(text, ctx, out, [target]);
    return report.kAnonymous ? 0 : 1;
  },
};
