import { describe, expect, it } from "vitest";
import { resolveDialect } from "../dialect/resolve";
import type { Dialect } from "../dialect/schema";
import { joinHeaderRows } from "./header";
import { readTable } from "./read-table";
import type { RawRow } from "./types";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function open(text: string, dialect: Dialect, size = 3) {
  const table = await readTable(chunksOf(text, size), resolveDialect({ lineTerminator: "\n", ...dialect }), {
    batchSize: 2,
  });
  const rows: RawRow[] = [];
  for await (const batch of table.rows) rows.push(...batch);
  return { ...table, data: rows };
}

describe("readTable", () => {
  it("consumes a one-row header", async () => {
    const t = await open("id,nombre\n1,Ana\n2,Luis\n", {});
    expect(t.labels).toEqual(["id", "nombre"]);
    expect(t.headerRowNumbers).toEqual([1]);
    expect(t.data).toEqual([
      { rowNumber: 2, cells: ["1", "Ana"] },
      { rowNumber: 3, cells: ["2", "Luis"] },
    ]);
  });

  it("joins a multi-row header, skipping blank parts and the title row above it", async () => {
    const text = "Censo 2010\nPoblación,,\n,Varón,Mujer\nSalta,1,2\n";
    const t = await open(text, { headerRows: [2, 3], headerJoin: " / " });
    expect(t.labels).toEqual(["Población", "Varón", "Mujer"]);
    expect(t.headerRowNumbers).toEqual([2, 3]);
    expect(t.data).toEqual([{ rowNumber: 4, cells: ["Salta", "1", "2"] }]);
    expect(
      joinHeaderRows(
        [
          ["a", "b"],
          ["c", " "],
        ],
        "_",
      ),
    ).toEqual(["a_c", "b"]);
  });

  it("skips commentRows and commentChar rows but keeps counting them", async () => {
    const text = "Ministerio de Salud - Reporte 2024\nid;v\n1;a\n# nota\n2;b\n3;c\n";
    const t = await open(text, { delimiter: ";", headerRows: [2], commentRows: [1, 6], commentChar: "#" });
    expect(t.labels).toEqual(["id", "v"]);
    expect(t.data.map((r) => r.rowNumber)).toEqual([3, 5]);
  });

  it("treats every record as data without a header", async () => {
    const t = await open("1,2\n\n3,4\n", { header: false });
    expect(t.labels).toEqual([]);
    expect(t.headerRowNumbers).toEqual([]);
    expect(t.data).toEqual([
      { rowNumber: 1, cells: ["1", "2"] },
      { rowNumber: 2, cells: [""] },
      { rowNumber: 3, cells: ["3", "4"] },
    ]);
  });

  it("handles a header-only or empty text", async () => {
    expect((await open("a,b\n", {})).data).toEqual([]);
    const empty = await open("", {});
    expect(empty.labels).toEqual([]);
    expect(empty.headerRowNumbers).toEqual([]);
  });
});
