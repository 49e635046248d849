import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { suppressSmallCells } from "@ciudata/privacy";
import { formatCsvRow, sniffDialect } from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command } from "../types";
import { emit, htmlPage, privacyFormat } from "./privacy";

/** `ciudata suppress <table.csv> --threshold 5`: small-cell suppression of a table of counts. */
export const suppressCommand: Command = {
  name: "suppress",
  summary: {
    es: "Suprime celdas chicas de una tabla de conteos (primaria y secundaria, OBS_STATUS Q)",
    en: "Suppress small cells of a table of counts (primary and secondary, OBS_STATUS Q)",
    pt: "Suprime células pequenas de uma tabela de contagens (primária e secundária, OBS_STATUS Q)",
  },
  usage: {
    es: "ciudata suppress <tabla.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out archivo]\nLa tabla: primera columna con etiquetas de fila, el resto conteos. La salida (CSV largo) lleva totales y OBS_STATUS.",
    en: "ciudata suppress <table.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out file]\nThe table: first column row labels, the rest counts. The output (long CSV) has totals and OBS_STATUS.",
    pt: "ciudata suppress <tabela.csv> [--threshold 3|5|10|11] [--format text|json|html] [--out arquivo]\nA tabela: primeira coluna com rótulos de linha, o resto contagens. A saída (CSV longo) tem totais e OBS_STATUS.",
  },
  flags: {
    threshold: {
      type: "string",
      description: { es: "Umbral (por defecto 5)", en: "Threshold (default 5)", pt: "Limiar (padrão 5)" },
    },
    format: {
      type: "string",
      description: { es: "text, json o html", en: "text, json or html", pt: "text, json ou html" },
    },
    json: { type: "boolean", description: { es: "Salida en JSON", en: "Output JSON", pt: "Saída em JSON" } },
    html: { type: "boolean", description: { es: "Salida en HTML", en: "Output HTML", pt: "Saída em HTML" } },
    out: {
      type: "string",
      description: { es: "Archivo de salida", en: "Output file", pt: "Arquivo de saída" },
    },
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "table.csv" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const threshold = args.flags.threshold === undefined ? 5 : Number(args.flags.threshold);
    if (!Number.isInteger(threshold) || threshold < 1)
      throw new UsageError({
        kind: "custom",
        message: {
          es: "--threshold debe ser un entero ≥ 1",
          en: "--threshold must be an integer ≥ 1",
          pt: "--threshold deve ser um inteiro ≥ 1",
        },
      });
    const format = privacyFormat(args.flags);
    let text: string;
    try {
      text = await readFile(isAbsolute(target) ? target : resolve(ctx.io.cwd, target), "utf8");
    } catch {
      throw new UsageError({
        kind: "custom",
        message: {
          es: `No se pudo leer ${target}.`,
          en: `Could not read ${target}.`,
          pt: `Não foi possível ler ${target}.`,
        },
      });
    }
    const { delimiter } = sniffDialect(text).dialect;
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    const split = (l: string) => l.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    const head = split(lines[0] ?? "");
    const body = lines.slice(1).map(split);
    const counts = body.map((r) => r.slice(1).map((c) => Number(c.replace(/\./g, "").replace(",", "."))));
    if (counts.some((r) => r.length !== head.length - 1 || r.some((n) => !Number.isFinite(n) || n < 0)))
      throw new UsageError({
        kind: "custom",
        message: {
          es: "La tabla debe tener una columna de etiquetas y conteos no negativos en el resto.",
          en: "The table needs one label column and non-negative counts in the rest.",
          pt: "A tabela precisa de uma coluna de rótulos e contagens não negativas no resto.",
        },
      });
    const r = suppressSmallCells(counts, { threshold });
    const rowNames = [...body.map((b) => b[0] ?? ""), "_T"];
    const colNames = [...head.slice(1), "_T"];
    const long: string[][] = [];
    r.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        long.push([
          rowNames[i] as string,
          colNames[j] as string,
          cell.status === "Q" ? "" : String(cell.value),
          cell.status,
        ]);
      });
    });
    const header = [head[0] || "fila", "columna", "OBS_VALUE", "OBS_STATUS"];
    const out =
      format === "json"
        ? `${JSON.stringify({ threshold, primary: r.primary, secondary: r.secondary, cells: long.map(([a, b, v, s]) => ({ row: a, column: b, OBS_VALUE: v === "" ? null : Number(v), OBS_STATUS: s })) }, null, 2)}\n`
        : format === "html"
          ? htmlPage(`OBS_STATUS Q: ${r.primary} + ${r.secondary}`, header, long, ctx.lang)
          : `${[header, ...long].map((c) => formatCsvRow(c)).join("\n")}\n`;
    await emit(out, ctx, args.flags.out);
    if (typeof args.flags.out === "string" || format === "text")
      ctx.io.stderr(
        {
          es: `suprimidas: ${r.primary} primarias, ${r.secondary} secundarias (umbral ${threshold})\n`,
          en: `suppressed: ${r.primary} primary, ${r.secondary} secondary (threshold ${threshold})\n`,
          pt: `suprimidas: ${r.primary} primárias, ${r.secondary} secundárias (limiar ${threshold})\n`,
        }[ctx.lang],
      );
    return 0;
  },
};
