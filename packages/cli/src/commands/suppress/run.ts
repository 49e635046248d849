import { type CompactSuppression, streamRows, suppressCounts } from "@ciudata/privacy";
import { formatCsvRow, type ReadLimits } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { suppressMessages } from "../messages/suppress";
import type { Command } from "../types";
import { escapeFormulas, NO_FORMULA_ESCAPE, refuseOverwrite, userPath } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { emit, htmlPage, privacyFormat, userErrors } from "./privacy";

/** `ciudata suppress <table.csv> --threshold 5`: small-cell suppression of a table of counts. */
export const suppressCommand: Command = {
  name: "suppress",
  summary: localized(suppressMessages, "summary"),
  usage: localized(suppressMessages, "usage"),
  flags: {
    threshold: {
      type: "string",
      description: localized(suppressMessages, "flag.threshold"),
    },
    format: {
      type: "string",
      description: localized(suppressMessages, "flag.format"),
    },
    json: { type: "boolean", description: localized(suppressMessages, "flag.json") },
    html: { type: "boolean", description: localized(suppressMessages, "flag.html") },
    out: {
      type: "string",
      description: localized(suppressMessages, "flag.out"),
    },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "table.csv" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const threshold = args.flags.threshold === undefined ? 5 : Number(args.flags.threshold);
    if (!Number.isInteger(threshold) || threshold < 1)
      throw new UsageError({
        kind: "custom",
        message: localized(suppressMessages, "badThreshold"),
      });
    const format = privacyFormat(args.flags);
    const limits = readLimits(args);
    const input = userPath(ctx, target);
    refuseOverwrite(ctx, [args.flags.out as string | undefined], [target]);
    // The shared read path: binary, compressed, HTML, empty or BOM-only input is refused (exit 2),
    // quoted cells are read as CSV, and an endless line stops in bounded memory.
    const { head, rowNames, counts } = await userErrors(() => readCounts(input, limits));
    const r = suppressCounts(counts, { threshold });
    const names = [...rowNames, "_T"];
    const colNames = [...head.slice(1), "_T"];
    const header = [head[0] || "fila", "columna", "OBS_VALUE", "OBS_STATUS"];
    const out =
      format === "json"
        ? jsonText(r, names, colNames)
        : format === "html"
          ? htmlPage(
              `OBS_STATUS Q: ${r.primary} + ${r.secondary}`,
              header,
              [...longRows(r, names, colNames)],
              ctx.lang,
            )
          : csvText(header, r, names, colNames, escapeFormulas(args));
    await emit(out, ctx, args.flags.out);
    if (typeof args.flags.out === "string" || format === "text")
      ctx.io.stderr(
        localized(suppressMessages, "suppressed", { primary: r.primary, secondary: r.secondary, threshold })[
          ctx.lang
        ],
      );
    return 0;
  },
};

/** The table of counts: labels in the first column, non-negative counts in the rest. */
async function readCounts(
  path: string,
  limits: Partial<ReadLimits>,
): Promise<{ head: string[]; rowNames: string[]; counts: number[][] }> {
  // The first line is always the header, even when it is all numbers (years: `zona,2020,2021`).
  const table = await streamRows(await openPath(path), { dialect: { header: true }, limits });
  const head = table.labels.map((l) => l.trim());
  const rowNames: string[] = [];
  const counts: number[][] = [];
  let bad = false;
  rows: for await (const batch of table.rows)
    for (const row of batch) {
      const cells = row.cells;
      if (cells.every((c) => c.trim() === "")) continue;
      const values: number[] = new Array(cells.length - 1);
      for (let j = 1; j < cells.length; j++) {
        // A count is a whole number, with or without thousands separators (12, 1.234, 1,234): "2.5" is
        // not read as 25 nor "12,5" as 12.5 — the table is refused instead of recoded.
        const text = (cells[j] as string).trim();
        const n = COUNT.test(text) ? Number(text.replace(/[.,]/g, "")) : Number.NaN;
        if (!Number.isFinite(n)) bad = true;
        values[j - 1] = n;
      }
      if (values.length !== head.length - 1) bad = true;
      if (bad) break rows;
      rowNames.push((cells[0] ?? "").trim());
      counts.push(values);
    }
  if (bad || head.length < 2 || counts.length === 0)
    throw new UsageError({
      kind: "custom",
      message: localized(suppressMessages, "readCounts"),
    });
  return { head, rowNames, counts };
}

/** The long rows (row, column, OBS_VALUE, OBS_STATUS), one cell at a time. */
function* longRows(
  r: CompactSuppression,
  rows: readonly string[],
  cols: readonly string[],
): Generator<string[]> {
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.columns; j++) {
      const p = i * r.columns + j;
      const hidden = r.status[p] !== 0;
      yield [rows[i] ?? "", cols[j] ?? "", hidden ? "" : String(r.values[p]), hidden ? "Q" : "A"];
    }
}

/**
 * Joins many small strings in flat pieces of 4096 (a `+=` chain keeps every small string alive in a
 * rope until the end: hundreds of MB for a few million cells).
 */
function joinInPieces(parts: Iterable<string>): string {
  const pieces: string[] = [];
  let batch: string[] = [];
  for (const part of parts) {
    batch.push(part);
    if (batch.length === 4096) {
      pieces.push(batch.join(""));
      batch = [];
    }
  }
  pieces.push(batch.join(""));
  return pieces.join("");
}

/** A non-negative whole number, optionally with `.` or `,` between groups of three digits. */
const COUNT = /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+)$/;

/** The long CSV through table's writer (formatCsvRow), built in flat pieces: no array of all rows. */
function csvText(
  header: readonly string[],
  r: CompactSuppression,
  rows: readonly string[],
  cols: readonly string[],
  escapeCells: boolean,
): string {
  const dialect = { escapeFormulas: escapeCells };
  function* lines(): Generator<string> {
    yield `${formatCsvRow(header, dialect)}\n`;
    for (const row of longRows(r, rows, cols)) yield `${formatCsvRow(row, dialect)}\n`;
  }
  return joinInPieces(lines());
}

/** The JSON report (as `JSON.stringify(…, null, 2)` writes it), built in flat pieces. */
function jsonText(r: CompactSuppression, rows: readonly string[], cols: readonly string[]): string {
  function* parts(): Generator<string> {
    yield `{\n  "threshold": ${r.threshold},\n  "primary": ${r.primary},\n  "secondary": ${r.secondary},\n  "cells": [`;
    let first = true;
    for (const [a, b, v, s] of longRows(r, rows, cols)) {
      const cell = { row: a, column: b, OBS_VALUE: v === "" ? null : Number(v), OBS_STATUS: s };
      yield `${first ? "" : ","}\n    ${JSON.stringify(cell, null, 2).replace(/\n/g, "\n    ")}`;
      first = false;
    }
    yield first ? "]\n}\n" : "\n  ]\n}\n";
  }
  return joinInPieces(parts());
}
