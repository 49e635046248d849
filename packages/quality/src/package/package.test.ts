import { flatten } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validatePackage, validateResource } from "./validate-package";

const cities = {
  name: "cities",
  data: [
    ["id", "name", "next_id"],
    [1, "london", 2],
    [2, "paris", 3],
    [3, "rome", 4],
  ],
  schema: {
    fields: [
      { name: "id", type: "integer" },
      { name: "name", type: "string" },
      { name: "next_id", type: "integer" },
    ],
    foreignKeys: [
      { fields: "next_id", reference: { resource: "", fields: "id" } },
      { fields: "id", reference: { resource: "people", fields: "label" } },
    ],
  },
};
const people = { name: "people", data: [["label"], [1], [2]] };

describe("validatePackage", () => {
  it("validates every resource as one task, with foreign keys within and across resources", async () => {
    const report = await validatePackage({ resources: [cities, people] }, { revealCells: true });
    expect(report.tasks.map((t) => t.name)).toEqual(["cities", "people"]);
    expect(flatten(report, ["rowNumber", "type", "referenceName"])).toEqual([
      [4, "foreign-key", ""],
      [4, "foreign-key", "people"],
    ]);
  });

  it("reads paths through the resolver", async () => {
    const files: Record<string, string> = { "a.csv": "id\n1\n2\n", "b.csv": "ref\n1\n3\n" };
    const report = await validatePackage(
      {
        resources: [
          { name: "a", path: "a.csv", schema: { fields: [{ name: "id", type: "integer" }] } },
          {
            name: "b",
            path: "b.csv",
            schema: {
              fields: [{ name: "ref", type: "integer" }],
              foreignKeys: [{ fields: "ref", reference: { resource: "a", fields: "id" } }],
            },
          },
        ],
      },
      { resolve: async (p) => files[p] ?? "" },
    );
    expect(flatten(report, ["rowNumber", "type"])).toEqual([[3, "foreign-key"]]);
    expect(report.tasks[1]?.errors[0]?.message).toMatch(/^Fila 3/);
  });

  it("reports a bad descriptor with located errors", async () => {
    const report = await validatePackage({ resources: [] });
    expect(report.valid).toBe(false);
    expect(report.errors[0]?.type).toBe("package-error");
  });
});

describe("validateResource", () => {
  it("gives a field-error for an unknown field type, as frictionless raises", async () => {
    const report = await validateResource({
      data: [
        ["name", "age"],
        ["Alex", "33"],
      ],
      schema: {
        fields: [
          { name: "name", type: "string" },
          { name: "age", type: "bad" },
        ],
      },
    });
    expect(report.errors.map((e) => [e.type, e.note])).toEqual([
      ["field-error", 'field type "bad" is not supported'],
    ]);
  });
});
