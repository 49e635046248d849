import { describe, expect, it } from "vitest";
import { createCaster } from "../cast/create-caster";
import { isCastFailure } from "../cast/failure";
import { parseTableSchema } from "../schema/parse";
import { inferSchema } from "./infer-schema";

const column = (name: string, values: string[]) => ({ labels: [name], rows: values.map((v) => [v]) });

describe("inferSchema", () => {
  it("keeps codes with leading zeros as strings", () => {
    expect(inferSchema(column("depto", ["02001", "00001", "14021", "02007"])).fields[0]?.type).toBe("string");
  });

  it("reads decimal comma numbers with or without dot thousands", () => {
    const [a] = inferSchema(column("monto", ["1.234,56", "-58,50761514092000", "12,5", "3"])).fields;
    expect(a).toMatchObject({ type: "number", decimalChar: ",", groupChar: "." });
    const [b] = inferSchema(column("lat", ["-58,50761514092000", "-34,6"])).fields;
    expect(b).toMatchObject({ type: "number", decimalChar: "," });
    expect(b?.groupChar).toBeUndefined();
    const [c] = inferSchema(column("x", ["1.5", "2.25", "-3"])).fields;
    expect(c).toMatchObject({ type: "number", confidence: 1 });
    expect(c?.decimalChar).toBeUndefined();
  });

  it("prefers integer for whole numbers, number when decimals dominate", () => {
    expect(inferSchema(column("n", ["1", "2", "30"])).fields[0]?.type).toBe("integer");
    expect(inferSchema(column("n", ["1", "2.5", "3.5", "4.25"])).fields[0]?.type).toBe("number");
  });

  it("reads dd/mm/yyyy, preferring day-first with lower confidence when ambiguous", () => {
    const [clear] = inferSchema(column("fecha", ["12/03/2024", "31/01/2024"])).fields;
    expect(clear).toMatchObject({ type: "date", format: "%d/%m/%Y", confidence: 1 });
    const [ambiguous] = inferSchema(column("fecha", ["12/03/2024", "01/02/2024"])).fields;
    expect(ambiguous?.format).toBe("%d/%m/%Y");
    expect(ambiguous?.confidence).toBeLessThan(1);
    const [us] = inferSchema(column("date", ["03/12/2024", "01/31/2024"])).fields;
    expect(us?.format).toBe("%m/%d/%Y");
  });

  it("reads ISO dates, datetimes and times", () => {
    const { fields } = inferSchema({
      labels: ["d", "dt", "t", "hm"],
      rows: [
        ["2024-03-12", "2024-03-12T10:00:00Z", "10:00:00", "10:30"],
        ["2024-03-13", "2024-03-13 11:00:00", "11:15:00", "23:59"],
      ],
    });
    expect(fields.map((f) => [f.type, f.format])).toEqual([
      ["date", undefined],
      ["datetime", undefined],
      ["time", undefined],
      ["time", "%H:%M"],
    ]);
  });

  it("reads si/no as booleans with the Spanish values", () => {
    const [f] = inferSchema(column("vacunado", ["si", "no", "Sí", "NO"])).fields;
    expect(f?.type).toBe("boolean");
    expect(f?.trueValues).toContain("sí");
    expect(f?.falseValues).toContain("no");
  });

  it("detects common missing tokens and adds them to missingValues", () => {
    const { schema, fields } = inferSchema({
      labels: ["edad", "comuna"],
      rows: [
        ["34", "Maipú"],
        ["s/d", "-"],
        ["N/A", "Ñuñoa"],
        ["51", "sin dato"],
      ],
    });
    expect(schema.missingValues).toEqual(["", "s/d", "sin dato", "N/A", "-"]);
    expect(fields[0]?.type).toBe("integer");
  });

  it("offers enum candidates for small sets of repeated values (not enforced)", () => {
    const [f] = inferSchema(
      column("zona", ["norte", "sur", "norte", "centro", "sur", "norte", "sur", "norte"]),
    ).fields;
    expect(f?.enumCandidates).toEqual(["norte", "sur", "centro"]);
    expect(inferSchema(column("zona", ["norte", "sur"])).schema.fields[0]?.constraints).toBeUndefined();
  });

  it("empty columns are any; blank and duplicate labels get names", () => {
    const { fields } = inferSchema({
      labels: ["a", "", "a"],
      rows: [
        ["", "1", "x"],
        ["", "2", "y"],
      ],
    });
    expect(fields.map((f) => [f.name, f.type])).toEqual([
      ["a", "any"],
      ["field2", "integer"],
      ["a_2", "string"],
    ]);
  });

  it("returns a valid, editable Table Schema whose casters read the sample", () => {
    const sample = {
      labels: ["cod", "monto", "fecha", "activo", "obs"],
      rows: [
        ["02001", "1.234,56", "12/03/2024", "si", "ok"],
        ["02002", "s/d", "13/03/2024", "no", ""],
        ["02003", "10,5", "31/12/2023", "Sí", "revisar"],
      ],
    };
    const { schema } = inferSchema(sample);
    const parsed = parseTableSchema(schema);
    expect(parsed.ok).toBe(true);
    const casters = schema.fields.map((f) => createCaster(f, { missingValues: schema.missingValues }));
    for (const row of sample.rows) {
      for (const [i, cell] of row.entries()) expect(isCastFailure(casters[i]?.(cell))).toBe(false);
    }
  });
});

describe("identifier columns", () => {
  it("keeps IDs, phones and codes as text even when every value is digits", () => {
    const { schema } = inferSchema({
      labels: ["dni", "codigo_departamento", "telefono", "edad"],
      rows: [
        ["30111222", "50007", "2614123456", "34"],
        ["28999111", "50014", "2614999888", "51"],
      ],
    });
    expect(schema.fields.map((f) => f.type)).toEqual(["string", "string", "string", "integer"]);
  });
});
