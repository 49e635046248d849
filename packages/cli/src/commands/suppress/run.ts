import { translator } from "@ciudata/core";
import { type CompactSuppression, streamRows, suppressCounts } from "@ciudata/privacy";
import { formatCsvRow, type ReadLimits } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import type { Handler, Printable, ReportFormat } from "../../declare";
import { UsageError } from "../../errors";
import {
  escapeFormulas,
  refuseOverwrite,
  renderPrintable,
  reportFormat,
  userPath,
  writeOutput,
} from "../../io";
import { localized } from "../../messages";
import { ioMessages } from "../../messages/io";
import { suppressMessages } from "../../messages/suppress";
import { readLimits } from "../_limits";

/**
 * Runs `ciudata suppress`: reads the table of counts and hides small cells and their complements.
 * Without `--out`, the long table is the report (text: CSV; json, md, html) and the counts go to
 * standard error; with `--out`, the table is written there (CSV, or JSON, Markdown or HTML by the
 * file's extension) and the report is the counts.
 */
export const runSuppress: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const threshold = args.flags.threshold === undefined ? 5 : Number(args.flags.threshold);
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new UsageError({ kind: "custom", message: localized(suppressMessages, "badThreshold") });
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  refuseOverwrite(ctx, [out], [target]);
  // The shared read path: binary, compressed, HTML, empty or BOM-only input is refused (exit 2),
  // quoted cells are read as CSV, and an endless line stops in bounded memory.
  const { head, rowNames, counts } = await readCounts(userPath(ctx, target), readLimits(args));
  const r = suppressCounts(counts, { threshold });
  const names = [...rowNames, "_T"];
  const colNames = [...head.slice(1), "_T"];
  const header = [head[0] || "fila", "columna", "OBS_VALUE", "OBS_STATUS"];
  const { t } = translator(suppressMessages, ctx.lang);
  // One count of hidden cells: "small" and "protecting one" next to a total can pin a small count.
  const hidden = r.primary + r.secondary;
  const counted = t("suppressed", { hidden, threshold });
  const lines = () => csvLines(header, r, names, colNames, escapeFormulas(args));
  const table: Printable = {
    json: () => ({
      threshold: r.threshold,
      suppressed: hidden,
      cells: [...longRows(r, names, colNames)].map(([row, column, v, status]) => ({
        row,
        column,
        OBS_VALUE: v === "" ? null : Number(v),
        OBS_STATUS: status,
      })),
    }),
    text: () => joinInPieces(lines()),
    doc: () => ({
      title: t("title"),
      lang: ctx.lang,
      blocks: [
        { kind: "paragraph", text: counted },
        { kind: "table", head: header, rows: [...longRows(r, names, colNames)] },
      ],
    }),
  };
  if (out === undefined) {
    if (reportFormat(args, false) === "text") ctx.io.stderr(`${counted}\n`);
    return { exitCode: 0, report: table };
  }
  const written = await writeOutput(
    ctx,
    out,
    dataFormat(out) === "text" ? lines() : renderPrintable(table, dataFormat(out)),
    {
      inputs: [target],
    },
  );
  const wrote = translator(ioMessages, ctx.lang).t("wrote", { path: written });
  return {
    exitCode: 0,
    report: {
      json: () => ({ threshold: r.threshold, suppressed: hidden, out: written }),
      text: () => `${counted}\n${wrote}\n`,
      doc: () => ({
        title: t("title"),
        lang: ctx.lang,
        blocks: [
          { kind: "paragraph", text: counted },
          { kind: "paragraph", text: wrote },
        ],
      }),
    },
  };
};

/** The format of the file `--out` names: JSON, Markdown or HTML by its extension, else CSV. */
function dataFormat(out: string): ReportFormat {
  const ext = /\.(json|md|html?)$/i.exec(out)?.[1]?.toLowerCase();
  return ext === undefined ? "text" : ext.startsWith("htm") ? "html" : (ext as ReportFormat);
}

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

/** The long CSV through table's writer (formatCsvRow), line by line: no array of all rows. */
function* csvLines(
  header: readonly string[],
  r: CompactSuppression,
  rows: readonly string[],
  cols: readonly string[],
  escapeCells: boolean,
): Generator<string> {
  const dialect = { escapeFormulas: escapeCells };
  yield `${formatCsvRow(header, dialect)}\n`;
  for (const row of longRows(r, rows, cols)) yield `${formatCsvRow(row, dialect)}\n`;
}
