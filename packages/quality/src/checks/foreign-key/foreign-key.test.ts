import { describe, expect, it } from "vitest";
import { run, validateTable } from "../_shared/run.test-helpers";
import { collectKeys } from "./collect";
import { foreignKey } from "./foreign-key";

// Some INDEC department codes (provincia + departamento, 5 digits with leading zeros).
const DEPARTAMENTOS = new Set(["02007", "06014", "06021", "50007", "50021"]);

describe("foreignKey", () => {
  it("checks codes against an official list, keeping leading zeros for text fields", async () => {
    const schema = { fields: [{ name: "depto", type: "string" }] };
    const check = foreignKey({ fields: "depto", values: DEPARTAMENTOS, reference: { resource: "indec" } });
    const { report, rows } = await run("depto\n02007\n2007\n50021\n\n", [check], schema);
    expect(rows).toEqual([
      [3, null, "foreign-key"],
      [5, null, "blank-row"],
    ]);
    const e = report.tasks[0]?.errors[0] as unknown as Record<string, unknown>;
    expect(e.fieldCells).toEqual(["2007"]);
    expect(e.referenceName).toBe("indec");
    expect(e.note).toBe('for "depto": values "2007" not found in the lookup table "indec" as "depto"');
  });

  it("reads text codes with the field's type: for an integer field 02007 is 2007", async () => {
    const schema = { fields: [{ name: "depto", type: "integer" }] };
    const { rows } = await run(
      "depto\n2007\n9999\n",
      [foreignKey({ fields: "depto", values: [...DEPARTAMENTOS] })],
      schema,
    );
    expect(rows).toEqual([[3, null, "foreign-key"]]);
  });

  it("accepts a predicate and composite keys, and never looks up all-null keys", async () => {
    const schema = {
      fields: [
        { name: "prov", type: "string" },
        { name: "depto", type: "string" },
      ],
    };
    const pairs = [
      ["50", "007"],
      ["06", "014"],
    ];
    const { rows } = await run(
      "prov,depto\n50,007\n50,014\n,\n06,\n",
      [foreignKey({ fields: ["prov", "depto"], values: pairs })],
      schema,
    );
    expect(rows).toEqual([
      [3, null, "foreign-key"],
      [4, null, "blank-row"],
      [5, null, "foreign-key"],
    ]);
    const even = foreignKey({ fields: "prov", values: ([v]) => Number(v) % 2 === 0 });
    expect(
      (await run("prov\n50\n51\n", [even], { fields: [{ name: "prov", type: "integer" }] })).rows,
    ).toEqual([[3, null, "foreign-key"]]);
  });

  it("checks keys collected from another table, and a self-reference in one pass", async () => {
    const { check, keys } = collectKeys(["id"]);
    await validateTable("id,name\n1,a\n2,b\n", { checks: [check] });
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "next", type: "integer" },
      ],
    };
    const other = foreignKey({ fields: "next", reference: { resource: "cities", fields: "id" }, keys });
    expect((await run("id,next\n5,1\n6,3\n", [other], schema)).rows).toEqual([[3, null, "foreign-key"]]);
    const self = foreignKey({ fields: "next", reference: { fields: "id" } });
    expect((await run("id,next\n1,2\n2,3\n3,\n", [self], schema)).rows).toEqual([]);
    expect((await run("id,next\n1,2\n2,9\n", [self], schema)).rows).toEqual([[3, null, "foreign-key"]]);
  });
});
