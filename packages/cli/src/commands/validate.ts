import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { validateTable } from "@ciudata/table";
import { writeFileAtomic } from "@ciudata/table/node";
import { UsageError } from "../errors";
import type { Command, CommandContext } from "../types";
import { openInput } from "./_input";
import { progressBar } from "./_progress";
import { reportText } from "./_report-text";

/** Exit code when the data has errors (2 is for usage mistakes and unreadable input). */
export const EXIT_INVALID_DATA = 1;

/** `ciudata validate <file|url> [--schema schema.json]`: one pass, a located report in the user's language. */
export const validateCommand: Command = {
  name: "validate",
  summary: {
    es: "Valida una tabla (estructura, tipos y restricciones de su Table Schema) y muestra cada error ubicado",
    en: "Validate a table (structure, types and constraints of its Table Schema) and show each located error",
    pt: "Valida uma tabela (estrutura, tipos e restrições do seu Table Schema) e mostra cada erro localizado",
  },
  usage: {
    es: "ciudata validate <archivo|url> [--schema esquema.json] [--json] [--out reporte.json]\nSale con 0 si es válida, 1 si los datos tienen errores, 2 si el comando o la entrada no sirven.",
    en: "ciudata validate <file|url> [--schema schema.json] [--json] [--out report.json]\nExits 0 when valid, 1 when the data has errors, 2 for a usage mistake or unreadable input.",
    pt: "ciudata validate <arquivo|url> [--schema esquema.json] [--json] [--out relatorio.json]\nSai com 0 se válida, 1 se os dados tiverem erros, 2 se o comando ou a entrada não servirem.",
  },
  flags: {
    schema: {
      type: "string",
      description: { es: "Table Schema (JSON)", en: "Table Schema (JSON)", pt: "Table Schema (JSON)" },
    },
    encoding: {
      type: "string",
      description: { es: "Fuerza la codificación", en: "Force the encoding", pt: "Força a codificação" },
    },
    json: { type: "boolean", description: { es: "Salida en JSON", en: "Output JSON", pt: "Saída em JSON" } },
    out: {
      type: "string",
      description: {
        es: "Escribe el reporte JSON en este archivo",
        en: "Write the JSON report to this file",
        pt: "Grava o relatório JSON neste arquivo",
      },
    },
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const schema =
      typeof args.flags.schema === "string" ? await readSchema(args.flags.schema, ctx) : undefined;
    const input = await openInput(target, ctx);
    const size =
      typeof input === "object" && input !== null && "size" in input ? (input.size as number | null) : null;
    const progress = progressBar(ctx.io, size);
    const report = await validateTable(input, {
      lang: ctx.lang,
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
      ...(schema === undefined ? {} : { schema }),
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
    });
    progress.done();
    if (typeof args.flags.out === "string") {
      await writeFileAtomic(resolve(ctx.io.cwd, args.flags.out), `${JSON.stringify(report, null, 2)}\n`);
    }
    ctx.io.stdout(args.flags.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, ctx.lang));
    return report.valid ? 0 : EXIT_INVALID_DATA;
  },
};

async function readSchema(path: string, ctx: CommandContext): Promise<unknown> {
  const full = isAbsolute(path) ? path : resolve(ctx.io.cwd, path);
  let text: string;
  try {
    text = await readFile(full, "utf8");
  } catch {
    throw new UsageError({
      kind: "custom",
      message: {
        es: `No se pudo leer el esquema ${path}: revise la ruta.`,
        en: `Could not read the schema ${path}: check the path.`,
        pt: `Não foi possível ler o esquema ${path}: verifique o caminho.`,
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
        es: `El esquema ${path} no es JSON válido (${detail}). Ejemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
        en: `The schema ${path} is not valid JSON (${detail}). Valid example: {"fields":[{"name":"id","type":"integer"}]}`,
        pt: `O esquema ${path} não é JSON válido (${detail}). Exemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
      },
    });
  }
}
