import { describe, expect, it } from "vitest";
import { parsePackage, parseResource } from "./parse";

describe("parseResource", () => {
  it("accepts path or data, inline or referenced dialect and schema", () => {
    const r = parseResource({
      name: "padron",
      path: ["a.csv", "b.csv"],
      encoding: "windows-1252",
      dialect: { delimiter: ";" },
      schema: { fields: [{ name: "dni", type: "string" }], primaryKey: "dni" },
    });
    expect(r.ok).toBe(true);
    if (r.ok && typeof r.resource.schema === "object") expect(r.resource.schema.primaryKey).toEqual(["dni"]);
    expect(
      parseResource({ name: "x", path: "x.csv", schema: "schema.json", dialect: "dialect.json" }).ok,
    ).toBe(true);
  });

  it("locates resource, schema and dialect problems", () => {
    const noData = parseResource({ name: "x" });
    expect(!noData.ok && noData.errors[0]?.type).toBe("resource-error");
    expect(!noData.ok && noData.errors[0]?.params.path).toBe("path");
    const badSchema = parseResource({
      name: "x",
      path: "x.csv",
      schema: { fields: [{ name: "a", type: "numero" }] },
    });
    expect(!badSchema.ok && badSchema.errors[0]?.type).toBe("schema-error");
    expect(!badSchema.ok && badSchema.errors[0]?.params.path).toBe("schema.fields[0].type");
    expect(!badSchema.ok && badSchema.errors[0]?.params.received).toBe('"numero"');
    const badDialect = parseResource({ name: "x", path: "x.csv", dialect: { delimiter: ";;" } });
    expect(!badDialect.ok && badDialect.errors[0]?.type).toBe("dialect-error");
  });

  // Issue #17, finding 9: the standard requires a name, and frictionless-py words its absence so.
  it("refuses a missing name as the standard does", () => {
    const r = parseResource({ path: "x.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.type, e.note, e.params.path])).toEqual([
      ["resource-error", "'name' is a required property", "name"],
    ]);
  });
});

describe("parsePackage", () => {
  const comunas = {
    name: "comunas",
    path: "comunas.csv",
    schema: { fields: [{ name: "id", type: "integer" }] },
  };

  it("resolves foreign keys across resources", () => {
    const ok = parsePackage({
      name: "censo",
      resources: [
        comunas,
        {
          name: "hogares",
          path: "hogares.csv",
          schema: {
            fields: [{ name: "comuna_id", type: "integer" }],
            foreignKeys: [{ fields: "comuna_id", reference: { resource: "comunas", fields: "id" } }],
          },
        },
      ],
    });
    expect(ok.ok).toBe(true);
  });

  it("rejects duplicate resource names and dangling references", () => {
    const r = parsePackage({
      resources: [
        comunas,
        comunas,
        {
          name: "hogares",
          path: "h.csv",
          schema: {
            fields: [{ name: "c" }],
            foreignKeys: [
              { fields: "c", reference: { resource: "barrios", fields: "id" } },
              { fields: "c", reference: { resource: "comunas", fields: "codigo" } },
            ],
          },
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.type, e.params.path])).toEqual([
      ["package-error", "resources[1].name"],
      ["package-error", "resources[2].schema.foreignKeys[0].reference.resource"],
      ["package-error", "resources[2].schema.foreignKeys[1].reference.fields[0]"],
    ]);
  });

  it("needs at least one resource", () => {
    const r = parsePackage({ name: "vacio", resources: [] });
    expect(!r.ok && r.errors[0]?.params.path).toBe("resources");
  });
});
