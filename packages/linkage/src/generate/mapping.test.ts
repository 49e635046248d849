import { describe, expect, it } from "vitest";
import { standardise } from "../standardise/index";
import { generateRegistries } from "./index";
import { generatedMapping } from "./mapping";

describe("generatedMapping", () => {
  const { a, b } = generateRegistries({ people: 400, seed: 12 });
  const given = generateRegistries({ people: 400, seed: 12, names: "given-first" }).b;

  it("reads every generated layout: ids, names, dates, sex, CURPs, phones", () => {
    for (const [table, mapping] of [
      [a, generatedMapping("a")],
      [b, generatedMapping("b")],
      [given, generatedMapping("b", "given-first")],
    ] as const) {
      const records = standardise(table.header, table.rows, mapping, { source: table.source });
      expect(records.ids).toEqual(table.rows.map((r) => r[0]));
      const stat = (role: string) => records.stats?.fields.find((f) => f.role === role);
      // Every written date parses (blank ones are nulls).
      expect(stat("birthDate")?.unparsed ?? 0).toBe(0);
      // Only the old mobile prefixes (044 / 045 / +52 1, dropped in 2019) may fail to read as a number.
      const phones = table.rows.map((r) => r[table.header.indexOf(mapping.phone as string)] ?? "");
      const old = phones.filter((p) => /^(04[45]|\+52 1 )/.test(p)).length;
      expect(stat("phone")?.invalid ?? 0).toBeLessThanOrEqual(old);
      const f = records.fields;
      const n = table.rows.length;
      const present = (name: string) => (f[name] ?? []).filter((v) => v !== null).length / n;
      expect(present("surname1")).toBe(1);
      expect(present("given1")).toBeGreaterThan(0.99);
      expect(present("sex")).toBeGreaterThan(0.97);
      // Sex as the person's: F or M whatever the registry wrote (H/M, F/M, Femenino, Mujer…).
      expect(records.fields.sex?.every((v) => v === null || v === "F" || v === "M")).toBe(true);
      expect(present("birthDate")).toBeGreaterThan(0.97);
      // 15% of CURPs left blank, 3% of the rest mistyped (most of those fail the check digit).
      expect(present("nationalId")).toBeGreaterThan(0.8);
      const valid = (f.nationalIdValid ?? []).filter((v) => v === "1").length / n;
      expect(valid).toBeGreaterThan(0.78);
    }
  });
});
