import { Decimal, flatten, PlainDate, type Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { compareValues, crossField } from "./cross-field";

/** Every column public: values are shown as they are (the runner masks every cell without a masking). */
const PUBLIC = { personal: [] };

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("quality/"));
const keys = ["rowNumber", "fieldNumber", "type"] as const;

describe("crossField", () => {
  it("reports fecha_alta before fecha_nacimiento on the later column, masking the dates", async () => {
    const report = await validateTable(
      "id,fecha_nacimiento,fecha_alta\n1,1990-05-01,2020-01-01\n2,2001-03-01,2000-01-01\n3,2000-01-01,2000-01-01\n4,,2000-01-01\n",
      {
        masking: PUBLIC,
        schema: {
          fields: [
            { name: "id", type: "integer" },
            { name: "fecha_nacimiento", type: "date" },
            { name: "fecha_alta", type: "date" },
          ],
        },
        checks: [crossField({ rules: [{ before: "fecha_nacimiento", after: "fecha_alta" }] })],
      },
    );
    expect(flatten(report, [...keys])).toEqual([[3, 3, "quality/cross-field"]]);
    const e = found(report)[0];
    expect(e?.params.rule).toBe("fecha_nacimiento ≤ fecha_alta");
    expect(String(e?.params.received)).not.toContain("2001-03-01");
    expect(String(e?.params.received)).toContain("fecha_nacimiento = 2###-##-##");
    expect(e?.message).toContain(
      "Fila 3, columna 3 (fecha_alta): no se cumple la regla fecha_nacimiento ≤ fecha_alta",
    );
  });

  it("checks budget chains (girado ≤ devengado ≤ pim) exactly on decimals", async () => {
    const report = await validateTable(
      "pim,devengado,girado\n100.10,100.10,50\n100.10,100.11,50\n100,90,95\n",
      {
        masking: PUBLIC,
        schema: {
          fields: [
            { name: "pim", type: "number" },
            { name: "devengado", type: "number" },
            { name: "girado", type: "number" },
          ],
        },
        checks: [
          crossField({ rules: [{ lte: ["girado", "devengado", "pim"] }, { lte: ["devengado", "pim"] }] }),
        ],
      },
    );
    expect(flatten(report, [...keys])).toEqual([
      [3, 1, "quality/cross-field"],
      [3, 1, "quality/cross-field"],
      [4, 2, "quality/cross-field"],
    ]);
    expect(found(report)[0]?.params.received).toBe("devengado = 100.11; pim = 100.10");
  });

  it("checks that parts add up to a total, and strict order", async () => {
    const report = await validateTable("varon,mujer,total\n10,12,22\n10,12,23\n", {
      masking: PUBLIC,
      schema: {
        fields: [
          { name: "varon", type: "integer" },
          { name: "mujer", type: "integer" },
          { name: "total", type: "integer" },
        ],
      },
      checks: [
        crossField({
          rules: [{ sum: ["varon", "mujer"], equals: "total" }, { lt: ["varon", "mujer"] }],
          severity: "warning",
        }),
      ],
    });
    expect(flatten(report, [...keys], { includeWarnings: true })).toEqual([[3, 3, "quality/cross-field"]]);
    expect(found(report)[0]?.params).toMatchObject({ rule: "varon + mujer = total", sum: 22 });
  });

  it("reports unknown columns once and compares mixed value types", async () => {
    const report = await validateTable("a\n1\n", {
      masking: PUBLIC,
      checks: [crossField({ rules: [{ lte: ["a", "b"] }, { before: "b", after: "a" }] })],
    });
    expect(found(report).map((e) => [e.type, e.params.field])).toEqual([["quality/check-error", "b"]]);
    expect(compareValues(new PlainDate(2024, 1, 1), new PlainDate(2023, 12, 31))).toBe(1);
    expect(compareValues(Decimal.from("10.50"), 10.5)).toBe(0);
    expect(compareValues(3n, Decimal.from("2.5"))).toBe(1);
    expect(compareValues(2n, 3)).toBe(-1);
    expect(compareValues("2024-01-01", new Date(Date.UTC(2024, 0, 2)))).toBe(-1);
    expect(compareValues("abc", 1)).toBeNull();
    expect(compareValues(null, 1)).toBeNull();
    expect(() => crossField({ rules: [{ lte: ["a"] }] })).toThrow(RangeError);
  });
});
