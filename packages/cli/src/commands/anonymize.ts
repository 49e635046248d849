import type { BelowK } from "@ciudata/privacy";
import { anonymizeFile } from "@ciudata/privacy/node";
import { UsageError } from "../errors";
import type { Command, Lang } from "../types";
import { escapeFormulas, NO_FORMULA_ESCAPE, userPath } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { riskLines, userErrors } from "./privacy";

/** `ciudata anonymize <file> --plan plan.json --out out.csv`: applies a plan, writes atomically, prints before/after risk. */
export const anonymizeCommand: Command = {
  name: "anonymize",
  summary: {
    es: "Anonimiza una tabla según un plan (quitar, enmascarar, generalizar, seudonimizar, suprimir hasta k)",
    en: "Anonymise a table with a plan (drop, mask, generalise, pseudonymise, suppress to reach k)",
    pt: "Anonimiza uma tabela segundo um plano (remover, mascarar, generalizar, pseudonimizar, suprimir até k)",
  },
  usage: {
    es: "ciudata anonymize <archivo> --plan plan.json --out salida.csv [--json]\nLa clave de seudonimización se lee de la variable o el archivo que indica el plan; nunca se muestra.",
    en: "ciudata anonymize <file> --plan plan.json --out out.csv [--json]\nThe pseudonymisation key is read from the variable or file the plan names; it is never shown.",
    pt: "ciudata anonymize <arquivo> --plan plano.json --out saida.csv [--json]\nA chave de pseudonimização é lida da variável ou do arquivo que o plano indica; nunca é mostrada.",
  },
  flags: {
    plan: {
      type: "string",
      description: { es: "El plan (JSON)", en: "The plan (JSON)", pt: "O plano (JSON)" },
    },
    out: {
      type: "string",
      description: { es: "Archivo de salida", en: "Output file", pt: "Arquivo de saída" },
    },
    json: {
      type: "boolean",
      description: { es: "Informe en JSON", en: "Report as JSON", pt: "Relatório em JSON" },
    },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const { plan, out } = args.flags;
    if (typeof plan !== "string") throw new UsageError({ kind: "missing-value", flag: "plan" });
    if (typeof out !== "string") throw new UsageError({ kind: "missing-value", flag: "out" });
    const limits = readLimits(args);
    const abs = (p: string) => userPath(ctx, p);
    // The output guard (real paths, links) is anonymizeFile's: output-is-input, exit 2.
    let planPath: unknown;
    try {
      planPath = JSON.parse(await (await import("node:fs/promises")).readFile(abs(plan), "utf8"));
    } catch {
      throw new UsageError({
        kind: "custom",
        message: {
          es: `No se pudo leer el plan JSON ${plan}.`,
          en: `Could not read the JSON plan ${plan}.`,
          pt: `Não foi possível ler o plano JSON ${plan}.`,
        },
      });
    }
    const report = await userErrors(() =>
      anonymizeFile(abs(target), planPath, abs(out), {
        env: ctx.io.env,
        cwd: ctx.io.cwd,
        escapeFormulas: escapeFormulas(args),
        limits,
      }),
    );
    // k asked for and not reached: exit 1 (the file is written, but it is not k-anonymous).
    const status = report.belowK && report.belowK.classes > 0 ? 1 : 0;
    if (args.flags.json) {
      ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return status;
    }
    const words = {
      es: ["filas escritas", "columnas quitadas", "supresiones", "Antes", "Después"],
      en: ["rows written", "columns dropped", "suppressions", "Before", "After"],
      pt: ["linhas escritas", "colunas removidas", "supressões", "Antes", "Depois"],
    }[ctx.lang];
    const lines = [
      `${words[0]}: ${report.rows} → ${out}`,
      `${words[1]}: ${report.dropped.join(", ") || "-"}`,
      `${words[2]}: ${
        Object.entries(report.suppressions)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ") || "-"
      }`,
    ];
    if (report.before)
      lines.push(`\n${words[3]}:`, ...riskLines(report.before, ctx.lang).map((l) => `  ${l}`));
    if (report.after) lines.push(`\n${words[4]}:`, ...riskLines(report.after, ctx.lang).map((l) => `  ${l}`));
    ctx.io.stdout(`${lines.join("\n")}\n`);
    if (status !== 0 && report.belowK) ctx.io.stderr(`${belowKLines(report.belowK, ctx.lang).join("\n")}\n`);
    return status;
  },
};

/** The classes that still break k, for stderr: sizes and masked or generalised values only. */
function belowKLines(b: BelowK, lang: Lang): string[] {
  const head = {
    es: `✖ no se alcanzó k=${b.k}: ${b.classes} clase(s) con ${b.records} registro(s) siguen por debajo de k. El archivo se escribió, pero NO es k-anónimo; generalizá más los cuasi-identificadores o elegí un k menor.`,
    en: `✖ k=${b.k} not reached: ${b.classes} class(es) with ${b.records} record(s) are still below k. The file was written but is NOT k-anonymous; generalise the quasi-identifiers further or choose a smaller k.`,
    pt: `✖ k=${b.k} não alcançado: ${b.classes} classe(s) com ${b.records} registro(s) continuam abaixo de k. O arquivo foi escrito, mas NÃO é k-anônimo; generalize mais os quase-identificadores ou escolha um k menor.`,
  }[lang];
  const size = { es: "tamaño", en: "size", pt: "tamanho" }[lang];
  const more = { es: "más", en: "more", pt: "mais" }[lang];
  const lines = [head];
  for (const e of b.examples)
    lines.push(
      `  ${size} ${e.size}: ${Object.entries(e.values)
        .map(([q, v]) => `${q}=${JSON.stringify(v)}`)
        .join(", ")}`,
    );
  if (b.classes > b.examples.length) lines.push(`  … ${b.classes - b.examples.length} ${more}`);
  return lines;
}
