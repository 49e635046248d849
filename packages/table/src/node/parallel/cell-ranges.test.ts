import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type CellRange, readCellRange } from "./cell-ranges";

// Issue #22: with `raw`, the pieces without a quote come as byte ranges of rows; cut at the delimiter
// they are the same cells, in the same order, as `visit` gets without it.

const dir = mkdtempSync(join(tmpdir(), "ciudata-cell-ranges-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dialect = {
  delimiter: ";",
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
  commentChar: null,
  lineTerminator: "\n",
} as unknown as CellRange["dialect"];

let rawRows = 0;

function cells(path: string, size: number, newline: "\n" | "\r\n", raw: boolean): string[][] {
  const range: CellRange = { path, start: 0, end: size, final: true, encoding: "utf-8", dialect, newline };
  const rows: string[][] = [];
  const done = readCellRange(
    range,
    (batch) => {
      for (const row of batch) rows.push(row.map((c) => Buffer.from(c, "latin1").toString("utf8")));
    },
    raw
      ? {
          raw: (bytes, starts, ends, count) => {
            rawRows += count;
            for (let r = 0; r < count; r++)
              rows.push(
                Buffer.from(bytes.subarray(starts[r] as number, ends[r] as number))
                  .toString("utf8")
                  .split(";"),
              );
          },
        }
      : {},
  );
  expect(done.ok).toBe(true);
  return rows;
}

describe("readCellRange with raw", () => {
  it("property: raw byte ranges cut at the delimiter are the cells visit gets", () => {
    const cell = fc.oneof(
      fc.constantFrom("Peñón", "", " ", "São João 🏙", "1.234,5", '"con ; comillas"'),
      fc.string({ maxLength: 5 }).filter((s) => !/[;\n\r"]/.test(s)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4000 }),
        fc.constantFrom("\n" as const, "\r\n" as const),
        (rows, newline) => {
          const text = rows.map((r) => r.join(";")).join(newline) + newline;
          const path = join(dir, "t.csv");
          writeFileSync(path, text);
          const size = Buffer.byteLength(text);
          const plain = cells(path, size, newline, false);
          rawRows = 0;
          const raw = cells(path, size, newline, true);
          expect(raw.map((r) => r.join(";"))).toEqual(plain.map((r) => r.join(";")));
          expect(raw.length).toBe(rows.length);
          // With no quote in the file, every row comes raw (the file ends with a line break).
          if (!text.includes('"')) expect(rawRows).toBe(rows.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
