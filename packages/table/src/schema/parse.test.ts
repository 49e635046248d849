import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import type { TableError } from "../report/error";
import { renderMessage } from "../report/localize";
import { assertTableSchema, parseField, parseTableSchema } from "./parse";

const errorsOf = (input: unknown) => {
  const r = parseTableSchema(input);
  return r.ok ? [] : r.errors;
};

describe("parseTableSchema: normalisation", () => {
  it("normalises primaryKey, foreignKeys, missingValues, format and type", () => {
    const r = parseTableSchema({
      fields: [
        { name: "id", type: "integer" },
        { name: "padre" },
        { name: "fecha", type: "date", format: "fmt:%d/%m/%Y", extra: "kept" },
      ],
      primaryKey: "id",
      missingValues: ["", { value: "s/d", label: "sin dato" }],
      foreignKeys: [{ fields: "padre", reference: { resource: "", fields: "id" } }],
      custom: 1,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.schema.primaryKey).toEqual(["id"]);
    expect(r.schema.missingValues).toEqual(["", "s/d"]);
    expect(r.schema.fields[1]?.type).toBe("any");
    expect(r.schema.fields[2]?.format).toBe("%d/%m/%Y");
    expect(r.schema.fields[2]?.extra).toBe("kept");
    expect(r.schema.custom).toBe(1);
    expect(r.schema.foreignKeys?.[0]).toEqual({ fields: ["padre"], reference: { fields: ["id"] } });
    expect(r.warnings.map((w) => w.params.path)).toEqual(["fields[2].format"]);
  });

  it("defaults missingValues to [''] and accepts JSON text", () => {
    const r = parseTableSchema('{"fields":[{"name":"a","type":"string"}]}');
    expect(r.ok && r.schema.missingValues).toEqual([""]);
  });

  it("parses a single field with the same rules", () => {
    const r = parseField({ name: "x", format: "fmt:%H:%M", type: "time" });
    expect(r.ok && r.field.format).toBe("%H:%M");
  });
});

describe("parseTableSchema: located errors", () => {
  it("locates an unknown type with expected, received and an example", () => {
    const [e] = errorsOf({ fields: [{ name: "a" }, { name: "b" }, { name: "edad", type: "numero" }] });
    expect(e?.type).toBe("schema-error");
    expect(e?.params.path).toBe("fields[2].type");
    expect(e?.params.expected).toBe("one-of");
    expect(e?.params.detail).toMatch(/^"string", "number", "integer"/);
    expect(e?.params.received).toBe('"numero"');
    expect(e?.params.example).toBe('{"name":"edad","type":"integer"}');
  });

  it("locates missing fields and names", () => {
    expect(errorsOf({}).map((e) => [e.params.path, e.params.received])).toEqual([["fields", "nothing"]]);
    expect(errorsOf({ fields: [{ type: "string" }] })[0]?.params.path).toBe("fields[0].name");
    expect(errorsOf("not json")[0]?.params.expected).toBe("schema-object");
  });

  it("rejects duplicate field names and keys naming unknown fields", () => {
    const paths = errorsOf({
      fields: [{ name: "id" }, { name: "id" }, { name: "x" }],
      primaryKey: ["id", "nope"],
      uniqueKeys: [["x", "falta"]],
      foreignKeys: [{ fields: ["x", "y"], reference: { fields: "id" } }],
    }).map((e) => e.params.path);
    expect(paths).toEqual([
      "fields[1].name",
      "primaryKey[1]",
      "uniqueKeys[0][1]",
      "foreignKeys[0].fields[1]",
      "foreignKeys[0].reference.fields",
    ]);
  });

  it("rejects constraints not applicable to the type, as frictionless-py", () => {
    const errors = errorsOf({
      fields: [
        { name: "n", type: "integer", constraints: { pattern: "[0-9]+" } },
        { name: "s", type: "string", constraints: { minimum: 1 } },
      ],
    });
    expect(errors.map((e) => e.params.path)).toEqual([
      "fields[0].constraints.pattern",
      "fields[1].constraints.minimum",
    ]);
    expect(errors[0]?.params.expected).toBe("constraint-for-type");
    expect(errors[0]?.params.detail).toMatch(/^integer: /);
  });

  it("rejects bounds and enum values that are not values of the type", () => {
    const errors = errorsOf({
      fields: [{ name: "d", type: "date", constraints: { minimum: "ayer", enum: ["2024-01-01", "x"] } }],
    });
    expect(errors.map((e) => e.params.path)).toEqual([
      "fields[0].constraints.minimum",
      "fields[0].constraints.enum[1]",
    ]);
  });

  it("rejects same decimal and group char, overlapping booleans, bad geopoint format", () => {
    const errors = errorsOf({
      fields: [
        { name: "m", type: "number", decimalChar: ",", groupChar: "," },
        { name: "b", type: "boolean", trueValues: ["si"], falseValues: ["si", "no"] },
        { name: "g", type: "geopoint", format: "latlon" },
      ],
    });
    expect(errors.map((e) => e.params.path)).toEqual([
      "fields[0].groupChar",
      "fields[1].trueValues",
      "fields[2].format",
    ]);
  });

  it("rejects an example the field cannot read (frictionless #1610)", () => {
    expect(
      errorsOf({ fields: [{ name: "b", type: "boolean", trueValues: ["yes"], example: "yes" }] }),
    ).toEqual([]);
    expect(errorsOf({ fields: [{ name: "b", type: "boolean", example: "yes" }] })[0]?.params.path).toBe(
      "fields[0].example",
    );
  });

  it("assertTableSchema throws a CiudataError carrying the errors", () => {
    expect(() => assertTableSchema({ fields: [{ name: "x", type: "numero" }] })).toThrow(CiudataError);
    try {
      assertTableSchema({ fields: [{ name: "x", type: "numero" }] });
    } catch (e) {
      expect((e as CiudataError).errors[0].params.path).toBe("fields[0].type");
    }
    expect(assertTableSchema({ fields: [{ name: "x" }] }).fields[0]?.type).toBe("any");
  });
});

describe("descriptor problems are worded in the reader's language", () => {
  it("says what was expected in Spanish, English and Portuguese, never in another language", () => {
    const [unknownType] = errorsOf({ fields: [{ name: "edad", type: "numero" }] });
    const [notObject] = errorsOf("not json");
    const [badUnion] = errorsOf({ fields: [{ name: "a" }], primaryKey: 3 });
    const [constraint] = errorsOf({
      fields: [{ name: "n", type: "integer", constraints: { pattern: "x" } }],
    });
    const es = [unknownType, notObject, badUnion, constraint].map((e) =>
      renderMessage(e as TableError, "es"),
    );
    expect(es[0]).toContain('se esperaba: uno de: "string", "number"');
    expect(es[1]).toContain("se esperaba: un objeto Table Schema");
    expect(es[2]).toContain("se esperaba: un nombre de campo o una lista de nombres de campo");
    expect(es[3]).toContain("se esperaba: una restricción admitida por el tipo: integer:");
    for (const text of es) expect(text).not.toMatch(/\b(a|an|one of|or|the|of)\b/);
    expect(renderMessage(notObject as TableError, "en")).toContain("expected: a Table Schema object");
    expect(renderMessage(notObject as TableError, "pt")).toContain("esperado: um objeto Table Schema");
  });
});
