import { describe, expect, it } from "vitest";
import type { RawRow } from "../parse/types";
import { openTable } from "./open-table";
import { validateTable } from "./validate";

async function all(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("openTable", () => {
  it("opens, decodes, sniffs and infers, rows not read yet", async () => {
    const table = await openTable("barrio;poblacion\nCentro;1234\nNorte;567\n", { name: "barrios" });
    expect(table.stopped).toBeNull();
    expect(table.issues).toEqual([]);
    expect(table.name).toBe("barrios");
    expect(table.place).toBe("inline");
    expect(table.encoding?.encoding).toBe("utf-8");
    expect(table.dialect?.delimiter).toBe(";");
    expect(table.dialectDetection?.detected).toContain("delimiter");
    expect(table.labels).toEqual(["barrio", "poblacion"]);
    expect(table.schemaSource).toBe("inferred");
    expect(table.schema?.fields.map((f) => f.type)).toEqual(["string", "integer"]);
    expect(table.fields.map((f) => f.name)).toEqual(["barrio", "poblacion"]);
    expect(table.detected).toMatchObject({
      encoding: "utf-8",
      delimiter: ";",
      header: true,
      schemaInferred: true,
    });
    const rows = await all(table.rows());
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [2, ["Centro", "1234"]],
      [3, ["Norte", "567"]],
    ]);
    expect(table.bytesRead()).toBeGreaterThan(0);
  });

  it("replays the rows sampled for inference, then streams the rest", async () => {
    const text = `n\n${Array.from({ length: 50 }, (_, i) => String(i)).join("\n")}\n`;
    const table = await openTable(text, { inferSample: 5 });
    const rows = await all(table.rows());
    expect(rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(rows[0]?.rowNumber).toBe(2);
    expect(rows.at(-1)?.rowNumber).toBe(51);
  });

  it("takes a given schema and matches fields by name when the schema says so", async () => {
    const table = await openTable("b,a\n2,1\n", {
      schema: {
        fieldsMatch: "equal",
        fields: [
          { name: "a", type: "integer" },
          { name: "b", type: "string" },
        ],
      },
    });
    expect(table.schemaSource).toBe("given");
    expect(table.fieldsMatch).toBe("equal");
    expect(table.detected?.fieldsMatch).toBe("equal");
    expect(table.fields.map((f) => f.name)).toEqual(["b", "a"]);
  });

  it("returns the problems as issues and says why there are no rows", async () => {
    const badSchema = await openTable("a\n1\n", { schema: { fields: [{ name: "a", type: "numero" }] } });
    expect(badSchema.stopped).toBe("table");
    expect(badSchema.issues.map((i) => i.type)).toEqual(["schema-error"]);
    expect(await all(badSchema.rows())).toEqual([]);

    const pdf = await openTable(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));
    expect(pdf.stopped).toBe("table");
    expect(pdf.format?.kind).toBe("pdf");
    expect(pdf.detected?.format).toBe("pdf");

    const empty = await openTable("");
    expect(empty.stopped).toBe("table");
    expect(empty.issues.map((i) => i.type)).toEqual(["source-error"]);

    const unsupported = await openTable(42 as unknown as string);
    expect(unsupported.stopped).toBe("source");
    expect(unsupported.source).toBeNull();
    expect(unsupported.issues[0]?.params.reason).toBe("unsupported-input");
  });

  it("is the first half of validateTable: the same detected object lands in the report", async () => {
    const text = "id;monto\n1;1.234,5\n2;x\n";
    const table = await openTable(text);
    const report = await validateTable(text);
    expect(report.tasks[0]?.detected).toEqual(table.detected);
    expect(report.tasks[0]?.labels).toEqual(table.labels);
  });

  it("throws a problem that stops the read from rows(), after the rows before it", async () => {
    const table = await openTable('a,b\n1,2\n3,"never closed\n', { inferSample: 10 });
    const seen: string[][] = [];
    await expect(async () => {
      for await (const row of table.rows()) seen.push(row.cells);
    }).rejects.toMatchObject({ errors: [{ type: "unclosed-quote" }] });
    expect(seen).toEqual([["1", "2"]]);
  });
});
