import { inspectTable } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command } from "../types";
import { detectedText } from "./_detected-text";
import { isUnreadable, openInput } from "./_input";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { reportText } from "./_report-text";

/** Exit code when the input cannot be read as a table at all, as for `validate`. */
const EXIT_UNREADABLE = 2;

/**
 * `ciudata inspect <file|url>`: what was detected (encoding, delimiter, header, rows, columns, types).
 * Exits 2 when the input cannot be read as a table (binary, compressed, not found at the URL…).
 */
export const inspectCommand: Command = {
  name: "inspect",
  summary: {
    es: "Muestra cómo está escrita una tabla: codificación, separador, encabezado, filas, columnas y tipos",
    en: "Show how a table is written: encoding, delimiter, header, rows, columns and types",
    pt: "Mostra como uma tabela está escrita: codificação, separador, cabeçalho, linhas, colunas e tipos",
  },
  usage: {
    es: "ciudata inspect <archivo|url> [--encoding windows-1252] [--delimiter ;] [--json]\nSale con 2 si la entrada no se puede leer como tabla.",
    en: "ciudata inspect <file|url> [--encoding windows-1252] [--delimiter ;] [--json]\nExits 2 when the input cannot be read as a table.",
    pt: "ciudata inspect <arquivo|url> [--encoding windows-1252] [--delimiter ;] [--json]\nSai com 2 se a entrada não puder ser lida como tabela.",
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
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const limits = readLimits(args);
    const input = await openInput(target, ctx);
    const info = await inspectTable(input, {
      lang: ctx.lang,
      limits,
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
      ...(typeof args.flags.delimiter === "string"
        ? { dialect: { delimiter: unescapeTab(args.flags.delimiter) } }
        : {}),
    });
    if (args.flags.json) {
      const { report, ...rest } = info;
      ctx.io.stdout(
        `${JSON.stringify({ ...rest, errors: report.tasks[0]?.errors ?? report.errors }, null, 2)}\n`,
      );
      return isUnreadable(report) ? EXIT_UNREADABLE : 0;
    }
    ctx.io.stdout(detectedText(info, ctx.lang));
    const errors = [...info.report.errors, ...(info.report.tasks[0]?.errors ?? [])];
    if (errors.length) ctx.io.stdout(`\n${reportText(info.report, ctx.lang, 20)}`);
    return isUnreadable(info.report) ? EXIT_UNREADABLE : 0;
  },
};

function unescapeTab(value: string): string {
  return value === "\\t" || value === "tab" ? "\t" : value;
}
