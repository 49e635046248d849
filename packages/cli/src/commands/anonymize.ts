import { isAbsolute, resolve } from "node:path";
import { anonymizeFile } from "@ciudata/privacy/node";
import { UsageError } from "../errors";
import type { Command } from "../types";
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
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const { plan, out } = args.flags;
    if (typeof plan !== "string") throw new UsageError({ kind: "missing-value", flag: "plan" });
    if (typeof out !== "string") throw new UsageError({ kind: "missing-value", flag: "out" });
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(ctx.io.cwd, p));
    if (abs(out) === abs(target))
      throw new UsageError({
        kind: "custom",
        message: {
          es: "--out no puede ser el archivo de entrada: la entrada nunca se modifica.",
          en: "--out cannot be the input file: the input is never modified.",
          pt: "--out não pode ser o arquivo de entrada: a entrada nunca é modificada.",
        },
      });
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
      anonymizeFile(abs(target), planPath, abs(out), { env: ctx.io.env, cwd: ctx.io.cwd }),
    );
    if (args.flags.json) {
      ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
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
    return 0;
  },
};
