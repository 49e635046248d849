import {
  decodeSource,
  inferSchema,
  type OpenedSource,
  openSource,
  readTable,
  sniffDialect,
} from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command } from "../types";
import { openInput } from "./_input";
import { refuseOverwrite, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

const words = {
  es: { field: "campo", type: "tipo", sure: "confianza", values: "valores posibles", wrote: "Escrito" },
  en: { field: "field", type: "type", sure: "confidence", values: "likely values", wrote: "Wrote" },
  pt: { field: "campo", type: "tipo", sure: "confiança", values: "valores prováveis", wrote: "Gravado" },
} as const;

/** `ciudata schema infer <file|url>`: an editable Table Schema inferred from a sample of rows. */
export const schemaCommand: Command = {
  name: "schema",
  summary: {
    es: "Infiere un Table Schema editable a partir de una muestra de filas",
    en: "Infer an editable Table Schema from a sample of rows",
    pt: "Infere um Table Schema editável a partir de uma amostra de linhas",
  },
  usage: {
    es: "ciudata schema infer <archivo|url> [--sample 1000] [--out esquema.json]\nEl esquema sale por la salida estándar (o a --out); el resumen con la confianza de cada campo, por la salida de errores.",
    en: "ciudata schema infer <file|url> [--sample 1000] [--out schema.json]\nThe schema goes to standard output (or --out); a summary with each field's confidence goes to standard error.",
    pt: "ciudata schema infer <arquivo|url> [--sample 1000] [--out esquema.json]\nO esquema sai pela saída padrão (ou em --out); o resumo com a confiança de cada campo, pela saída de erros.",
  },
  flags: {
    sample: {
      type: "string",
      description: { es: "Filas a mirar (1000)", en: "Rows to look at (1000)", pt: "Linhas a olhar (1000)" },
    },
    out: {
      type: "string",
      description: { es: "Archivo de salida", en: "Output file", pt: "Arquivo de saída" },
    },
    encoding: {
      type: "string",
      description: { es: "Fuerza la codificación", en: "Force the encoding", pt: "Força a codificação" },
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [action, target, extra] = args.positionals;
    if (action !== "infer")
      throw new UsageError({
        kind: "unknown-command",
        command: `schema ${action ?? ""}`.trim(),
        suggestion: "schema infer",
      });
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const sample = typeof args.flags.sample === "string" ? Number(args.flags.sample) : 1000;
    if (!Number.isInteger(sample) || sample < 1)
      throw new UsageError({
        kind: "custom",
        message: {
          es: `--sample espera un número entero positivo, por ejemplo 1000; se recibió «${String(args.flags.sample)}».`,
          en: `--sample expects a positive whole number, for example 1000; received "${String(args.flags.sample)}".`,
          pt: `--sample espera um número inteiro positivo, por exemplo 1000; recebido "${String(args.flags.sample)}".`,
        },
      });
    const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
    refuseOverwrite(ctx, [out], [target]);
    const limits = readLimits(args);
    const input = await openInput(target, ctx);
    const opened: OpenedSource =
      "chunks" in (input as object)
        ? (input as OpenedSource)
        : await openSource(input as URL, {
            ...(limits.maxDownloadBytes === undefined ? {} : { maxBytes: limits.maxDownloadBytes }),
          });
    // An empty file or one that is not a table (PDF, gzip, PNG…) is refused: no schema of garbage.
    const decoded = await decodeSource(opened, {
      rejectEmpty: true,
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
    });
    const { dialect } = sniffDialect(decoded.sample);
    const reader = await readTable(decoded.text, dialect, { source: opened.name, limits });
    const rows: string[][] = [];
    for await (const batch of reader.rows) {
      for (const row of batch) if (rows.length < sample) rows.push(row.cells);
      if (rows.length >= sample) break;
    }
    const { schema, fields } = inferSchema({ labels: reader.labels, rows });
    const json = `${JSON.stringify(schema, null, 2)}\n`;
    if (out !== undefined) {
      const path = await writeOutput(ctx, out, json, { inputs: [target] });
      ctx.io.stderr(`${words[ctx.lang].wrote}: ${path}\n`);
    } else ctx.io.stdout(json);
    const w = words[ctx.lang];
    for (const f of fields) {
      const values = f.enumCandidates?.length
        ? `; ${w.values}: ${f.enumCandidates.slice(0, 6).join(", ")}`
        : "";
      ctx.io.stderr(
        `  ${f.name}: ${f.type}${f.format ? ` (${f.format})` : ""} — ${w.sure} ${Math.round(f.confidence * 100)}%${values}\n`,
      );
    }
    return 0;
  },
};
