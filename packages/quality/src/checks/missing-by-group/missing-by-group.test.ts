import type { Report } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { missingByGroup } from "./missing-by-group";

/** Every column public: values are shown as they are (the runner masks every cell without a masking). */
const PUBLIC = { personal: [] };

const found = (r: Report, type = "quality/missing-by-group") =>
  (r.tasks[0]?.errors ?? []).filter((e) => e.type === type);
const schema = {
  fields: [
    { name: "sexo", type: "string" },
    { name: "edad", type: "integer" },
    { name: "barrio", type: "string" },
  ],
};

/** 10 F rows with `fMissing` ages missing, 10 M rows with `mMissing`, 5 rows with no sexo. */
function table(fMissing: number, mMissing: number): string {
  const rows: string[] = [];
  for (let i = 0; i < 10; i++) rows.push(`F,${i < fMissing ? "" : 30 + i},Palermo`);
  for (let i = 0; i < 10; i++) rows.push(`M,${i < mMissing ? "" : 30 + i},Belgrano`);
  for (let i = 0; i < 5; i++) rows.push(`,${40 + i},Palermo`);
  return `sexo,edad,barrio\n${rows.join("\n")}\n`;
}

describe("missingByGroup", () => {
  it("reports a field missing much more often in one group than overall", async () => {
    const report = await validateTable(table(6, 0), {
      masking: PUBLIC,
      schema,
      checks: [missingByGroup({ groupBy: "sexo", minGroupSize: 5 })],
    });
    const errors = found(report);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      fieldNumber: 2,
      fieldName: "edad",
      rowNumber: null,
      severity: "warning",
    });
    expect(errors[0]?.params).toMatchObject({
      groupBy: "sexo",
      group: "F",
      field: "edad",
      rate: 60,
      overallRate: 24,
      missing: 6,
      rows: 10,
    });
    expect(errors[0]?.message).toContain(
      "en el grupo sexo = «F» falta «edad» en el 60% de las filas (6 de 10), frente al 24% del total",
    );
    expect(report.valid).toBe(true);
  });

  it("respects minGroupSize, ratio and minDifference", async () => {
    const csv = table(6, 0);
    expect(
      found(
        await validateTable(csv, { masking: PUBLIC, schema, checks: [missingByGroup({ groupBy: "sexo" })] }),
      ),
    ).toHaveLength(0);
    expect(
      found(
        await validateTable(csv, {
          masking: PUBLIC,
          schema,
          checks: [missingByGroup({ groupBy: "sexo", minGroupSize: 5, ratio: 3 })],
        }),
      ),
    ).toHaveLength(0);
    expect(
      found(
        await validateTable(table(1, 0), {
          masking: PUBLIC,
          schema,
          checks: [missingByGroup({ groupBy: "sexo", minGroupSize: 5 })],
        }),
      ),
    ).toHaveLength(0);
  });

  it("treats a blank group value as its own group and checks several groupings", async () => {
    const rows = ["sexo,edad,barrio", ...Array.from({ length: 14 }, (_, i) => `F,${30 + i},Palermo`)];
    for (let i = 0; i < 6; i++) rows.push(`,,${i < 3 ? "Palermo" : "Belgrano"}`);
    const report = await validateTable(`${rows.join("\n")}\n`, {
      masking: PUBLIC,
      schema,
      checks: [missingByGroup({ groupBy: ["sexo", "barrio"], fields: ["edad"], minGroupSize: 3 })],
    });
    const errors = found(report);
    expect(errors.map((e) => [e.params.groupBy, e.params.group, e.params.rate])).toEqual([
      ["sexo", "", 100],
      ["barrio", "Belgrano", 100],
    ]);
    expect(errors[0]?.message).toContain("«(vacío)»");
  });

  it("masks group values that look personal and reports unknown columns", async () => {
    const csv = `email,edad\nana@example.org,\nana@example.org,\n${"bob@example.org,30\n".repeat(4)}`;
    const report = await validateTable(csv, {
      masking: PUBLIC,
      schema: {
        fields: [
          { name: "email", type: "string" },
          { name: "edad", type: "integer" },
        ],
      },
      checks: [missingByGroup({ groupBy: "email", minGroupSize: 2 }), missingByGroup({ groupBy: "comuna" })],
    });
    expect(found(report)[0]?.params.group).toBe("axx@xxxxxxx.xxx");
    expect(found(report, "quality/check-error")).toHaveLength(1);
  });

  it("never reports when every group has the same missing rate (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
        async (den, num, multipliers) => {
          const missingPerUnit = Math.min(num, den);
          const rows: string[] = [];
          multipliers.forEach((m, g) => {
            const size = den * m;
            const missing = missingPerUnit * m;
            for (let i = 0; i < size; i++) rows.push(`g${g},${i < missing ? "" : i}`);
          });
          const report = await validateTable(`grupo,valor\n${rows.join("\n")}\n`, {
            schema: {
              fields: [
                { name: "grupo", type: "string" },
                { name: "valor", type: "integer" },
              ],
            },
            checks: [missingByGroup({ groupBy: "grupo", minGroupSize: 1, ratio: 1, minDifference: 0 })],
          });
          return found(report).length === 0;
        },
      ),
      { numRuns: 60 },
    );
  });
});
