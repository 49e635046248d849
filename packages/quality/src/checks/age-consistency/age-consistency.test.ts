import { flatten, type Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { ageConsistency } from "./age-consistency";

/** Every column public: values are shown as they are (the runner masks every cell without a masking). */
const PUBLIC = { personal: [] };

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("quality/"));
const schema = {
  fields: [
    { name: "edad", type: "integer" },
    { name: "fecha_nacimiento", type: "date" },
    { name: "fecha_alta", type: "date" },
  ],
};
const csv =
  "edad,fecha_nacimiento,fecha_alta\n34,1990-01-15,2024-06-30\n33,1990-07-15,2024-06-30\n20,1990-01-15,2010-02-01\n,1990-01-15,2024-06-30\n";

describe("ageConsistency", () => {
  it("reports ages that disagree with the date of birth as of asOf beyond the tolerance", async () => {
    const report = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [ageConsistency({ age: "edad", birthDate: "fecha_nacimiento", asOf: "2024-06-30" })],
    });
    expect(flatten(report, ["rowNumber", "fieldNumber", "type"])).toEqual([[4, 1, "quality/age-mismatch"]]);
    const e = found(report)[0];
    expect(e?.params).toMatchObject({ expected: 34, received: "20", asOf: "2024-06-30", tolerance: 1 });
    expect(JSON.stringify(e)).not.toContain("1990-01-15");
    expect(e?.message).toContain("la edad no coincide con la fecha de nacimiento al 2024-06-30");
  });

  it("computes the age at each row's own date with asOfField, and honours tolerance 0", async () => {
    const perRow = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [ageConsistency({ age: "edad", birthDate: "fecha_nacimiento", asOfField: "fecha_alta" })],
    });
    expect(found(perRow)).toHaveLength(0);
    const strict = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [
        ageConsistency({ age: "edad", birthDate: "fecha_nacimiento", asOf: "2024-07-20", tolerance: 0 }),
      ],
    });
    // Row 2 is 34 (turned 34 in January), row 3 turned 34 on July 15.
    expect(flatten(strict, ["rowNumber"])).toEqual([[3], [4]]);
  });

  it("needs a reference date and reports unknown columns", async () => {
    expect(() => ageConsistency({ age: "edad", birthDate: "fecha_nacimiento" })).toThrow(RangeError);
    const report = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [ageConsistency({ age: "anios", birthDate: "fecha_nacimiento", asOf: "2024-06-30" })],
    });
    expect(found(report).map((e) => e.type)).toEqual(["quality/check-error"]);
  });
});
