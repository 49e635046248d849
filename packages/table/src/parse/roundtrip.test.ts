import { CiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveDialect } from "../dialect/resolve";
import type { ResolvedDialect } from "../dialect/schema";
import { writeCsv } from "../write/format";
import { readTable } from "./read-table";
import { parseRows } from "./rows";
import type { RawRow } from "./types";

async function* pieces(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(text.length, c)))].sort((a, b) => a - b)) {
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

async function collect(batches: AsyncIterable<RawRow[]>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

const cellChar = fc.constantFrom(
  "a",
  "b",
  "Z",
  "0",
  "7",
  " ",
  ",",
  ";",
  "|",
  "\t",
  '"',
  "'",
  "\r",
  "\n",
  "á",
  "ñ",
  "Ü",
  "ç",
  "€",
  "#",
  "\\",
  ".",
);
const cell = fc.oneof(
  fc.string({ unit: cellChar, maxLength: 12, size: "medium" }),
  fc.string({ maxLength: 6 }),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 12,
  size: "medium",
});
const dialectArb = fc.record({
  delimiter: fc.constantFrom(",", ";", "|", "\t"),
  lineTerminator: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
  quoteChar: fc.constantFrom('"', "'"),
});
const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300, size: "large" }),
  fc.string({ unit: cellChar, maxLength: 300, size: "large" }),
);
const cutsArb = fc.array(fc.nat({ max: 400 }), { maxLength: 8, size: "medium" });
/** Parse at every chunk (1) or buffer a few chars, to exercise papaparse's partial-row logic. */
const chunkCharsArb = fc.constantFrom(1, 2, 5, 64 * 1024);

describe("write → chunked read round trip (property)", () => {
  it("parseRows gives back the written rows, whatever the chunking", async () => {
    await fc.assert(
      fc.asyncProperty(table, dialectArb, cutsArb, chunkCharsArb, async (rows, d, cuts, chunkChars) => {
        const dialect: ResolvedDialect = resolveDialect(d);
        const text = writeCsv(rows, { ...dialect, escapeFormulas: false });
        const read = await collect(parseRows(pieces(text, cuts), dialect, { batchSize: 3, chunkChars }));
        expect(read.map((r) => r.cells)).toEqual(rows);
        expect(read.map((r) => r.rowNumber)).toEqual(rows.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it("readTable splits the header from the same rows, also with a trailing terminator", async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        dialectArb,
        cutsArb,
        fc.boolean(),
        chunkCharsArb,
        async (rows, d, cuts, trailing, chunkChars) => {
          const dialect = resolveDialect(d);
          const text =
            writeCsv(rows, { ...dialect, escapeFormulas: false }) + (trailing ? dialect.lineTerminator : "");
          const t = await readTable(pieces(text, cuts), dialect, { chunkChars });
          expect(t.labels).toEqual(rows[0]);
          const data = await collect(t.rows);
          expect(data.map((r) => r.cells)).toEqual(rows.slice(1));
          expect(data.map((r) => r.rowNumber)).toEqual(rows.slice(1).map((_, i) => i + 2));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("round-trips with backslash escapes when cells have no backslash", async () => {
    const plainCell = fc.string({ unit: cellChar.filter((c) => c !== "\\"), maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(plainCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        cutsArb,
        chunkCharsArb,
        async (rows, cuts, chunkChars) => {
          const dialect = resolveDialect({ doubleQuote: false, escapeChar: "\\", lineTerminator: "\n" });
          const text = writeCsv(rows, { ...dialect, escapeFormulas: false });
          const read = await collect(parseRows(pieces(text, cuts), dialect, { chunkChars }));
          expect(read.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random text throws only an unclosed quote, the same however it is cut, and returns every record in order", async () => {
    const outcome = async (rows: () => AsyncIterable<RawRow[]>) => {
      const out: RawRow[] = [];
      try {
        for await (const batch of rows()) out.push(...batch);
        return { rows: out, error: null };
      } catch (e) {
        expect(e).toBeInstanceOf(CiudataError);
        const first = (e as CiudataError).errors[0];
        expect(first.type).toBe("unclosed-quote");
        return { rows: out, error: first.rowNumber };
      }
    };
    await fc.assert(
      fc.asyncProperty(randomText, dialectArb, cutsArb, chunkCharsArb, async (text, d, cuts, chunkChars) => {
        const dialect = resolveDialect(d);
        const whole = await outcome(() => parseRows(pieces(text, []), dialect));
        const chunked = await outcome(() =>
          parseRows(pieces(text, cuts), dialect, { batchSize: 2, chunkChars }),
        );
        expect(chunked).toEqual(whole);
        expect(whole.rows.map((r) => r.rowNumber)).toEqual(whole.rows.map((_, i) => i + 1));
        if (whole.error !== null) expect(whole.error).toBe(whole.rows.length + 1);
        await outcome(async function* () {
          const t = await readTable(pieces(text, cuts), dialect, { chunkChars });
          yield* t.rows;
        });
      }),
      { numRuns: 300 },
    );
  });
});
