import { disaggregationChecks } from "@ciudata/disaggregation";
import { measureRisk } from "@ciudata/privacy";
import { describe, expect, it } from "vitest";
import { detectQuasiIdentifiers, registryReview } from "./registry-review";
import { review } from "./review";

/** A small registry of people with a known layout: a seeded generator, so every run reads the same rows. */
function registry(rows: number, seed = 7): string {
  let s = seed;
  const next = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const barrios = ["Centro", "Dalvian", "San Agustín", "Bombal", "La Favorita"];
  const sexes = ["F", "M", "X", ""];
  const lines = ["id;dni;apellido;nombre;sexo;fecha_nacimiento;barrio;departamento;monto"];
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + next(28)).padStart(2, "0");
    const month = String(1 + next(12)).padStart(2, "0");
    lines.push(
      [
        i,
        String(20_000_000 + next(30_000_000)),
        ["Pérez", "Gómez", "Sosa"][next(3)],
        ["Ana", "Luis", "María"][next(3)],
        sexes[next(4)],
        `${day}/${month}/${1950 + next(4)}`,
        barrios[next(5)],
        50_000 + next(3),
        `${next(900)},${next(99)}`,
      ].join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("detectQuasiIdentifiers", () => {
  it("takes sex, birth date, age and territory columns, never names or IDs", () => {
    const found = detectQuasiIdentifiers([
      "id",
      "dni",
      "apellido",
      "sexo",
      "fecha_nacimiento",
      "edad",
      "barrio",
      "departamento",
      "monto",
    ]);
    expect(found.map((q) => q.column)).toEqual([
      "sexo",
      "fecha_nacimiento",
      "edad",
      "barrio",
      "departamento",
    ]);
    expect(found.find((q) => q.column === "sexo")?.reasons).toEqual(["privacy", "sex"]);
    expect(found.find((q) => q.column === "barrio")?.reasons).toEqual(["territory"]);
    expect(detectQuasiIdentifiers(["codigo", "descripcion", "importe"])).toEqual([]);
  });
});

describe("registryReview", () => {
  it("measures the risk in the same read as the quality and disaggregation checks, equal to each run alone", async () => {
    const csv = registry(600);
    const r = await registryReview(csv, { lang: "es" });
    expect(r.qi.detected).toBe(true);
    expect(r.qi.columns).toEqual(["sexo", "fecha_nacimiento", "barrio", "departamento"]);
    // The same risk as measured alone over the same columns.
    const alone = await measureRisk(csv, { qi: r.qi.columns, k: 5 });
    expect(r.risk).toEqual(alone);
    const below5 = alone.violations.find((v) => v.k === 5)?.records ?? 0;
    expect(below5).toBeGreaterThan(0);
    const errors = r.report.tasks[0]?.errors ?? [];
    const kAnon = errors.find((e) => e.type === "privacy/k-anonymity");
    expect(kAnon?.params?.records).toBe(below5);
    expect(r.scores.dimensions.privacy.score).toBeLessThan(100);
    // The disaggregation findings are those of its checks run alone, with the default review.
    const dis = await review(csv, { lang: "es", checks: disaggregationChecks() });
    const types = (es: readonly { type: string }[]) =>
      es.filter((e) => e.type.startsWith("disaggregation/")).map((e) => e.type);
    expect(types(errors)).toEqual(types(dis.report.tasks[0]?.errors ?? []));
    // The quality review is the same as without the risk and disaggregation checks.
    const plain = await review(csv, { lang: "es" });
    const quality = (es: readonly { type: string; rowNumber?: number | null }[]) =>
      es.filter((e) => !/^(privacy|disaggregation)\//.test(e.type)).map((e) => `${e.type}@${e.rowNumber}`);
    expect(quality(errors)).toEqual(quality(plain.report.tasks[0]?.errors ?? []));
  });

  it("uses the columns given instead of detecting them, and names an absent one", async () => {
    const csv = registry(100);
    const given = await registryReview(csv, { qi: ["sexo", "barrio"], k: 3 });
    expect(given.qi).toEqual({ columns: ["sexo", "barrio"], detected: false, reasons: [] });
    expect(given.risk).toEqual(await measureRisk(csv, { qi: ["sexo", "barrio"], k: 3 }));
    const absent = await registryReview(csv, { qi: ["comuna"] });
    expect(absent.risk).toBeNull();
    expect(absent.report.tasks[0]?.errors.map((e) => e.type)).toContain("privacy/unknown-column");
  });

  it("says when a table has no quasi-identifier instead of measuring a risk over nothing", async () => {
    const r = await registryReview("codigo;importe\n1;10\n2;20\n");
    expect(r.qi.columns).toEqual([]);
    expect(r.risk).toBeNull();
    expect(r.report.tasks[0]?.errors.some((e) => e.type.startsWith("privacy/"))).toBe(false);
  });
});
