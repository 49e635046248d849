import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { resolveDialect } from "../dialect/resolve";
import type { Dialect } from "../dialect/schema";
import { parseRows } from "./rows";
import type { RawRow } from "./types";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(batches: AsyncIterable<RawRow[]>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

async function parse(
  text: string,
  dialect: Dialect = {},
  size = text.length || 1,
  chunkChars = 1,
): Promise<RawRow[]> {
  return collect(parseRows(chunksOf(text, size), resolveDialect(dialect), { chunkChars }));
}

describe("parseRows", () => {
  it("numbers every physical record, including empty lines", async () => {
    const rows = await parse("a,b\n1,2\n\n3,4\n", { lineTerminator: "\n" });
    expect(rows).toEqual([
      { rowNumber: 1, cells: ["a", "b"] },
      { rowNumber: 2, cells: ["1", "2"] },
      { rowNumber: 3, cells: [""] },
      { rowNumber: 4, cells: ["3", "4"] },
    ]);
  });

  it("counts a quoted field spanning lines as one record", async () => {
    const rows = await parse('id,nota\n1,"línea uno\nlínea dos"\n2,ok\n', { lineTerminator: "\n" });
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    expect(rows[1]?.cells).toEqual(["1", "línea uno\nlínea dos"]);
    expect(rows[2]?.cells).toEqual(["2", "ok"]);
  });

  it("keeps ragged rows and untrimmed cells", async () => {
    const rows = await parse("a,b,c\n1, 2 \n1,2,3,4\n...", { lineTerminator: "\n" });
    expect(rows.map((r) => r.cells)).toEqual([["a", "b", "c"], ["1", " 2 "], ["1", "2", "3", "4"], ["..."]]);
  });

  it("strips spaces after a delimiter only with skipInitialSpace", async () => {
    const rows = await parse(" a,  b, c \n", { lineTerminator: "\n", skipInitialSpace: true });
    expect(rows[0]?.cells).toEqual([" a", "b", "c "]);
  });

  it("supports a backslash escapeChar", async () => {
    const rows = await parse('a,"say \\"hi\\", ok"\n', {
      lineTerminator: "\n",
      doubleQuote: false,
      escapeChar: "\\",
    });
    expect(rows[0]?.cells).toEqual(["a", 'say "hi", ok']);
  });

  it("handles CRLF split across chunks and 1-char chunks", async () => {
    const text = 'a;b\r\n"x\r\ny";2\r\n\r\n"q""q";4\r\n';
    const expected = [["a", "b"], ["x\r\ny", "2"], [""], ['q"q', "4"]];
    for (const size of [1, 2, 3, 4, 5, 7, 1000]) {
      for (const chunkChars of [1, 3, 65536]) {
        const rows = await parse(text, { delimiter: ";", lineTerminator: "\r\n" }, size, chunkChars);
        expect(rows.map((r) => r.cells)).toEqual(expected);
        expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
      }
      const rows = await parse(text, { delimiter: ";", lineTerminator: "\r\n" }, size);
      expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    }
  });

  it("parses large inputs across the internal 64 KiB buffer", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},"v ${i}\n${i}",x`);
    const text = `${lines.join("\n")}\n`;
    const rows = await parse(text, { lineTerminator: "\n" }, 4093);
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999]).toEqual({ rowNumber: 20_000, cells: ["19999", "v 19999\n19999", "x"] });
  });

  it("parses one huge chunk piece by piece, records crossing the pieces", async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `${i};"a;b\r\n${"x".repeat(i % 50)}";fin`);
    const text = lines.join("\r\n");
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const rows = await collect(
      parseRows(chunksOf(text, text.length), resolveDialect({ delimiter: ";", lineTerminator: "\r\n" })),
    );
    expect(rows).toHaveLength(60_000);
    expect(
      rows.every((r, i) => r.rowNumber === i + 1 && r.cells.length === 3 && r.cells[0] === String(i)),
    ).toBe(true);
    expect(rows[59_999]?.cells[1]).toBe(`a;b\r\n${"x".repeat(59_999 % 50)}`);
  });

  it("stays linear on a very long quoted field split in small chunks", async () => {
    const long = "x".repeat(400_000);
    const text = `id,texto\n1,"${long}"\n2,fin\n`;
    const rows = await parse(text, { lineTerminator: "\n" }, 100);
    expect(rows.map((r) => r.cells[1]?.length)).toEqual([5, 400_000, 3]);
  });

  it("reads the line breaks the text really uses when the dialect declares another", async () => {
    const expected = [
      ["a", "b"],
      ["x\ny", "2"],
      ["3", "4"],
    ];
    for (const chunkChars of [1, 65536]) {
      const lf = await parse('a,b\n"x\ny",2\n3,4\n', {}, 1, chunkChars); // default "\r\n"
      expect(lf.map((r) => r.cells)).toEqual(expected);
      const crlf = await parse('a,b\r\n"x\ny",2\r\n3,4', { lineTerminator: "\n" }, 2, chunkChars);
      expect(crlf.map((r) => r.cells)).toEqual(expected);
      const cr = await parse('a,b\r"x\ny",2\r3,4\r', { lineTerminator: "\r\n" }, 1, chunkChars);
      expect(cr.map((r) => r.cells)).toEqual(expected);
      // An Excel-style LF inside a quoted header cell does not hide the real CRLF.
      const excel = await parse('"x\ny",2\r\n3,4\r\n', {}, 1, chunkChars);
      expect(excel.map((r) => r.cells)).toEqual([
        ["x\ny", "2"],
        ["3", "4"],
      ]);
    }
  });

  it("yields batches of batchSize", async () => {
    const text = Array.from({ length: 25 }, (_, i) => String(i)).join("\n");
    const sizes: number[] = [];
    for await (const batch of parseRows(chunksOf(text, 3), resolveDialect({ lineTerminator: "\n" }), {
      batchSize: 10,
    })) {
      sizes.push(batch.length);
    }
    expect(sizes).toEqual([10, 10, 5]);
  });

  it("reads empty input as no rows, and stops at a quote never closed with the row it opens in", async () => {
    expect(await parse("")).toEqual([]);
    const rows: RawRow[] = [];
    const error = await (async () => {
      try {
        for await (const batch of parseRows(chunksOf('x,y\na,"b\nc\nd', 3), resolveDialect({})))
          rows.push(...batch);
      } catch (e) {
        return e;
      }
    })();
    expect(rows).toEqual([{ rowNumber: 1, cells: ["x", "y"] }]);
    expect(error).toBeInstanceOf(CiudataError);
    expect((error as CiudataError).errors[0]).toMatchObject({
      type: "unclosed-quote",
      rowNumber: 2,
      fieldNumber: 2,
      params: { lines: 3 },
    });
  });

  it("stops with AbortError when aborted", async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `${"x,y\n".repeat(5000)}`;
      }
    }
    const rows = parseRows(source(), resolveDialect({ lineTerminator: "\n" }), { signal: controller.signal });
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const batch of rows) {
          seen.push(batch.length);
          controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(1);
    expect(pulled).toBeLessThan(10);
  });

  it("rejects at once with an already aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      collect(parseRows(chunksOf("a\n", 1), resolveDialect({}), { signal: controller.signal })),
    ).rejects.toBeInstanceOf(DOMException);
  });

  it("applies back-pressure: the source is not drained when the consumer stops", async () => {
    let pulled = 0;
    let closed = false;
    async function* source(): AsyncGenerator<string> {
      try {
        for (let i = 0; i < 100_000; i++) {
          pulled++;
          yield "1,2,3\n".repeat(100);
        }
      } finally {
        closed = true;
      }
    }
    const iterator = parseRows(source(), resolveDialect({ lineTerminator: "\n" }), { batchSize: 500 })[
      Symbol.asyncIterator
    ]();
    const first = await iterator.next();
    expect(first.value).toHaveLength(500);
    // Wait a little: nothing more must be read while nobody pulls.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pulledAfterFirst = pulled;
    expect(pulledAfterFirst).toBeLessThan(200); // ~64 KiB of 600-char chunks
    await iterator.return?.(undefined);
    expect(pulled).toBe(pulledAfterFirst);
    expect(closed).toBe(true);
  });
});
