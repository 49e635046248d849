import { describe, expect, it } from "vitest";
import { AR_CUIT } from "../ids/ar-cuit";
import { measureRisk } from "../risk/measure";
import { anonymizeTable } from "./anonymize";
import { parsePlan } from "./plan";

function registry(n: number): string {
  const barrios = ["Centro", "Sur", "Norte", "Oeste", "Este", "Cuarta", "Bombal"];
  let csv = "nombre,cuil,edad,sexo,barrio,fecha_nac,diagnostico\n";
  for (let i = 0; i < n; i++) {
    const age = 18 + ((i * 37) % 70);
    csv += `Persona ${i},2010123456${i % 10},${age},${i % 3 === 0 ? "F" : i % 3 === 1 ? "M" : "X"},${barrios[(i * 7) % barrios.length]},19${String(
      10 + (i % 89),
    ).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 9},${i % 4 === 0 ? "asma" : "ninguno"}\n`;
  }
  return csv;
}

describe("anonymize", () => {
  it("reaches 3-anonymity: the risk measure then reports 0 records violating it", async () => {
    const plan = {
      columns: {
        nombre: { action: "drop" },
        cuil: { action: "pseudonymize", purpose: "test-linkage" },
        edad: { action: "generalize", method: "age-band", width: 10, top: 80 },
        fecha_nac: { action: "generalize", method: "date", to: "year" },
      },
      key: { env: "CIUDATA_TEST_KEY" },
      kAnonymity: { k: 3, qi: ["barrio", "edad", "sexo"] },
      sensitive: ["diagnostico"],
    };
    const { csv, report } = await anonymizeTable(registry(400), plan, { key: "clave de prueba" });
    expect(report.before?.kAnonymous).toBe(false);
    expect(report.after?.violations.find((v) => v.k === 3)?.records).toBe(0);
    const again = await measureRisk(csv, { qi: ["barrio", "edad", "sexo"], k: 3 });
    expect(again.violations.find((v) => v.k === 3)?.records).toBe(0);
    expect(csv.split("\n")[0]).toBe("cuil,edad,sexo,barrio,fecha_nac,diagnostico");
    expect(csv).not.toContain("Persona");
    expect(csv).not.toContain("clave de prueba");
    expect(report.rows).toBe(400);
  });
  it("pseudonyms are stable, per purpose, and link formatted and compact IDs", async () => {
    const plan = (purpose: string) => ({
      columns: { id: { action: "pseudonymize", purpose } },
      key: { env: "K" },
    });
    const a = await anonymizeTable("id\n20-10123456-9\n20101234569\n", plan("salud"), { key: "k1" });
    const b = await anonymizeTable("id\n20101234569\n", plan("salud"), { key: "k1" });
    const c = await anonymizeTable("id\n20101234569\n", plan("educacion"), { key: "k1" });
    const [, p1, p2] = a.csv.trim().split("\n");
    expect(p1).toBe(p2);
    expect(b.csv.trim().split("\n")[1]).toBe(p1);
    expect(c.csv.trim().split("\n")[1]).not.toBe(p1);
    expect(p1).toMatch(/^[0-9a-f]{20}$/);
  });
  it("writes surrogate IDs with valid check digits, masks and generalises", async () => {
    const { csv } = await anonymizeTable(
      "cuil;tel;lat\n20-10123456-9;2615551234;-34,6253367952668\n",
      {
        columns: {
          cuil: { action: "surrogate", type: "ar.cuit" },
          tel: { action: "mask", keepEnd: 2 },
          lat: { action: "generalize", method: "round", decimals: 2 },
        },
      },
      { key: "k" },
    );
    const [cuil, tel, lat] = (csv.trim().split("\n")[1] ?? "").split(",");
    expect(AR_CUIT.validate(cuil ?? "").valid).toBe(true);
    expect(tel).toBe("********34");
    expect(lat).toBe('"-34');
    expect(csv).toContain('"-34,63"');
  });
  it("rejects invalid plans as data", () => {
    const r = parsePlan({ columns: { x: { action: "explode" } } });
    expect(r.ok).toBe(false);
    const p = parsePlan({ columns: { x: { action: "pseudonymize", purpose: "a" } } });
    expect(!p.ok && p.errors[0]?.type).toBe("privacy/invalid-plan");
  });
  it("refuses a record over limits.maxRecordSize, and plans suppression with the marker it writes", async () => {
    await expect(
      anonymizeTable(`a,b\n${"x".repeat(100)},1\n`, { columns: {} }, { limits: { maxRecordSize: 50 } }),
    ).rejects.toMatchObject({
      errors: [{ type: "limit-error", rowNumber: 2, params: { limit: "maxRecordSize", value: 50 } }],
    });
    const { csv, report } = await anonymizeTable("sexo,barrio\nF,\nF,\nF,Sur\nM,Este\nM,Este\nM,Este\n", {
      columns: {},
      kAnonymity: { k: 2, qi: ["sexo", "barrio"], suppressed: "?" },
    });
    expect(report.belowK).toEqual({ k: 2, classes: 0, records: 0, examples: [] });
    expect(report.after?.kAnonymous).toBe(true);
    expect(csv).toContain("?,?");
  });
});
