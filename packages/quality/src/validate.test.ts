import { flatten } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validate } from "./validate";

describe("validate", () => {
  it("runs the schema's unique, primary and self-referencing foreign keys in one report", async () => {
    const schema = {
      fields: [
        { name: "id", type: "integer", constraints: { unique: true } },
        { name: "parent", type: "integer" },
      ],
      primaryKey: ["id"],
      foreignKeys: [{ fields: "parent", reference: { resource: "", fields: "id" } }],
    };
    const report = await validate("id,parent\n1,\n2,1\n2,7\n", { schema });
    expect(flatten(report, ["rowNumber", "fieldNumber", "type"])).toEqual([
      [4, 1, "unique-error"],
      [4, null, "primary-key"],
      [4, null, "foreign-key"],
    ]);
  });

  it("maps fields by name for fieldsMatch other than exact, case-insensitively with headerCase false", async () => {
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "nombre", type: "string", constraints: { required: true } },
      ],
      fieldsMatch: "equal",
    };
    const ok = await validate("NOMBRE,ID\nAna,1\n", { schema, dialect: { headerCase: false } });
    expect(ok.valid).toBe(true);
    const bad = await validate("nombre,id\nAna,x\n", { schema });
    expect(flatten(bad, ["rowNumber", "fieldNumber", "fieldName", "type"])).toEqual([
      [2, 2, "id", "type-error"],
    ]);
  });

  it("speaks Spanish by default and English or Portuguese when asked", async () => {
    const input = "id\n1\n1\n";
    const schema = { fields: [{ name: "id", type: "integer" }], primaryKey: ["id"] };
    const es = await validate(input, { schema });
    expect(es.tasks[0]?.errors[0]?.message).toContain("la clave primaria (id) repite la de la fila 2");
    const en = await validate(input, { schema, lang: "en" });
    expect(en.tasks[0]?.errors[0]?.message).toContain("the primary key (id) repeats that of row 2");
    const pt = await validate(input, { schema, lang: "pt" });
    expect(pt.tasks[0]?.errors[0]?.message).toContain("a chave primária (id) repete a da linha 2");
  });

  it("reports an empty file as a source-error", async () => {
    const report = await validate(new Uint8Array());
    expect(flatten(report, ["type", "note"])).toEqual([["source-error", "the source is empty"]]);
  });
});
