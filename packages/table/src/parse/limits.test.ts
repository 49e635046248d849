import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { resolveDialect } from "../dialect/resolve";
import { renderMessage } from "../report/localize";
import { jsonTextDepth, jsonValueDepth, parseJsonDocument } from "./json";
import { DEFAULT_LIMITS, resolveLimits } from "./limits";
import { parseRows } from "./rows";
import type { ParseOptions, RawRow } from "./types";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function outcome(text: string, size: number, options: ParseOptions) {
  const rows: RawRow[] = [];
  try {
    for await (const batch of parseRows(chunksOf(text, size), resolveDialect({}), options))
      rows.push(...batch);
    return { rows: rows.length, error: null };
  } catch (e) {
    if (!(e instanceof CiudataError)) throw e;
    return { rows: rows.length, error: e.errors[0] };
  }
}

describe("reader limits", () => {
  it("resolves the defaults, takes raised values and Infinity, refuses nonsense", () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxColumns: Number.POSITIVE_INFINITY }).maxColumns).toBe(Number.POSITIVE_INFINITY);
    expect(() => resolveLimits({ maxRecordSize: 0 })).toThrow(CiudataError);
    expect(() => resolveLimits({ maxHeaderSize: Number.NaN })).toThrow(CiudataError);
  });

  it("stops at the same row with the same limit however the text is cut", async () => {
    const text = `a,b\n1,2\n3,${"x".repeat(5000)}\n5,6\n`;
    const options = { limits: { maxRecordSize: 1000 }, chunkChars: 16 };
    const outcomes = await Promise.all(
      [1, 7, 100, 4096, text.length].map((size) => outcome(text, size, options)),
    );
    for (const o of outcomes) {
      expect(o.error).toMatchObject({
        type: "limit-error",
        rowNumber: 3,
        params: { limit: "maxRecordSize" },
      });
      expect(o.rows).toBe(2); // the rows before it are still given
    }
    expect((await outcome(text, 7, {})).error).toBeNull();
  });

  it("bounds an unfinished record held in memory (a line that never ends)", async () => {
    async function* endless(): AsyncGenerator<string> {
      yield "id,texto\n1,";
      for (let i = 0; i < 10_000; i++) yield "y".repeat(1024);
    }
    let error: unknown;
    try {
      for await (const _ of parseRows(endless(), resolveDialect({}), {
        limits: { maxRecordSize: 64 * 1024 },
      }));
    } catch (e) {
      error = e;
    }
    expect((error as CiudataError).errors[0]).toMatchObject({
      rowNumber: 2,
      params: { limit: "maxRecordSize" },
    });
  });

  it("words a limit in every language with the option that raises it", async () => {
    const { error } = await outcome("a,b,c\n", 10, { limits: { maxColumns: 2 } });
    expect(error).toMatchObject({ rowNumber: 1, params: { limit: "maxColumns", value: 2, found: 3 } });
    const e = error as NonNullable<typeof error>;
    expect(renderMessage(e, "es")).toBe(
      "Fila 1: la fila tiene 3 columnas y el límite es 2; si la entrada es así a propósito, suba el límite con «--limit maxColumns=3» en la línea de comandos (o la opción «limits.maxColumns» de la biblioteca; none o Infinity lo quita); si no, revise que sea una tabla CSV y que el separador y las comillas sean los correctos.",
    );
    expect(renderMessage(e, "en")).toContain(
      'raise the limit with "--limit maxColumns=3" on the command line (or the library\'s "limits.maxColumns" option',
    );
    expect(renderMessage(e, "pt")).toContain(
      'aumente o limite com "--limit maxColumns=3" na linha de comando (ou a opção "limits.maxColumns" da biblioteca',
    );
  });

  it("measures JSON depth in text (strings skipped) and in values, without recursion", () => {
    expect(jsonTextDepth('{"a":"[[[{{","b":[1,{"c":[]}]}')).toBe(4);
    expect(jsonTextDepth('"\\"[["')).toBe(0);
    expect(jsonValueDepth({ a: "[[[", b: [1, { c: [] }] })).toBe(4);
    let v: unknown = [];
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(jsonValueDepth(v, 64)).toBe(65);
    expect(() => parseJsonDocument('{"a": }', { source: "x.json" })).toThrow(CiudataError);
    try {
      parseJsonDocument('{"nombre": "Ana", }', { source: "x.json" });
    } catch (e) {
      const error = (e as CiudataError).errors[0];
      expect(error.params).toMatchObject({ reason: "invalid-json", path: "x.json" });
      expect(renderMessage(error, "es")).not.toContain("Ana");
    }
  });
});
