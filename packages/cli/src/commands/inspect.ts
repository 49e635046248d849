import { inspectTable } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command } from "../types";
import { detectedText } from "./_detected-text";
import { openInput } from "./_input";
import { reportText } from "./_report-text";
import { EXIT_UNREADABLE, UNREADABLE } from "./validate";

/** `ciudata inspect <file|url>`: what was detected (encoding, delimiter, header, rows, columns, types). */
export const inspectCommand: Command = {
  name: "inspect",
  summary: {
    es: "Muestra cómo está escrita una tabla: codificación, separador, encabezado, filas, columnas y tipos",
    en: "Show how a table is written: encoding, delimiter, header, rows, columns and types",
    pt: "Mostra como uma tabela está escrita: codificação, separador, cabeçalho, linhas, colunas e tipos",
  },
  usage: {
    es: "ciudata inspect <archivo|url> [--encoding windows-1252] [--delimiter ;] [--json]",
    en: "ciudata inspect <file|url> [--encoding windows-1252] [--delimiter ;] [--json]",
    pt: "ciudata inspect <arquivo|url> [--encoding windows-1252] [--delimiter ;] [--json]",
  },
  flags: {
    encoding: {
      type: "string",
      description: { es: "Fuerza la codificación", en: "Force the encoding", pt: "Força a codificação" },
    },
    delimiter: {
      type: "string",
      description: { es: "Fuerza el separador", en: "Force the delimiter", pt: "Força o separador" },
    },
    json: {
      type: "boolean",
      description: { es: "Salida en JSON", en: "Output JSON", pt: "Saída em JSON" },
    },
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const input = await openInput(target, ctx);
    const info = await inspectTable(input, {
      lang: ctx.lang,
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
      ...(typeof args.flags.delimiter === "string"
        ? { dialect: { delimiter: unescapeTab(args.flags.delimiter) } }
        : {}),
    });
    const errors = [...info.report.errors, ...(info.report.tasks[0]?.errors ?? [])];
    // Unreadable input (not a table, empty, over a reader limit) exits 2, as in `validate`.
    const code = errors.some((e) => UNREADABLE.has(e.type)) ? EXIT_UNREADABLE : 0;
    if (args.flags.json) {
      const { report, ...rest } = info;
      ctx.io.stdout(
        `${JSON.stringify({ ...rest, errors: report.tasks[0]?.errors ?? report.errors }, null, 2)}\n`,
      );
      return code;
    }
    ctx.io.stdout(detectedText(info, ctx.lang));
    if (errors.length) ctx.io.stdout(`\n${reportText(info.report, ctx.lang, 20)}`);
    return code;
  },
};

function unescapeTab(value: string): string {
  return value === "\\t" || value === "tab" ? "\t" : value;
}
