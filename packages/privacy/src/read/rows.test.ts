import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { streamRows } from "./rows";

async function rowsOf(input: string, maxRecordSize?: number): Promise<string[][]> {
  const t = await streamRows(input, maxRecordSize === undefined ? {} : { limits: { maxRecordSize } });
  const out: string[][] = [t.labels];
  for await (const batch of t.rows) for (const row of batch) out.push(row.cells);
  return out;
}

async function errorOf(run: () => Promise<unknown>): Promise<CiudataError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CiudataError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("streamRows under hostile input", () => {
  it("reads lines up to the limit, with LF, CRLF or CR breaks", async () => {
    expect(await rowsOf("ab,cd\n12,34\n", 5)).toEqual([
      ["ab", "cd"],
      ["12", "34"],
    ]);
    expect(await rowsOf("ab,cd\r12,34\r", 5)).toEqual([
      ["ab", "cd"],
      ["12", "34"],
    ]);
    expect(await rowsOf("ab,cd\r\n12,34\r\n", 5)).toEqual([
      ["ab", "cd"],
      ["12", "34"],
    ]);
  });

  it("refuses the first line over the limit, naming it", async () => {
    const e = await errorOf(() => rowsOf("a,b\n1,2\n123,456\n", 5));
    expect(e.errors[0]?.type).toBe("limit-error");
    expect(e.errors[0]).toMatchObject({ rowNumber: 3, params: { limit: "maxRecordSize", value: 5 } });
  });

  it("refuses empty, BOM-only and blank input, and binary bytes", async () => {
    // No bytes, or only a byte-order mark: the table reader's own "empty" refusal.
    for (const input of ["", "\uFEFF"])
      expect((await errorOf(() => rowsOf(input))).errors[0]).toMatchObject({
        type: "source-error",
        params: { reason: "empty" },
      });
    expect((await errorOf(() => rowsOf("\n \n"))).errors[0]?.type).toBe("privacy/empty-table");
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    expect((await errorOf(() => streamRows(pdf))).errors[0]?.type).toBe("format-error");
  });

  it("names no place for an unnamed empty input, and refuses a long run of blank lines from its start", async () => {
    // What an openTable-based streamRows would have to keep: openTable calls such input "inline".
    expect((await errorOf(() => rowsOf(""))).errors[0]?.params.path).toBe("");
    expect((await errorOf(() => rowsOf(" \n".repeat(200_000)))).errors[0]?.type).toBe("privacy/empty-table");
  });

  it("keeps a table with a header and no rows", async () => {
    expect(await rowsOf("edad,sexo\n")).toEqual([["edad", "sexo"]]);
  });

  it("reads a table whose header cells are blank but which has data", async () => {
    expect(await rowsOf(",,\n1,2,3\n")).toEqual([
      ["", "", ""],
      ["1", "2", "3"],
    ]);
  });
});
