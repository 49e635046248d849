import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { territoryCoverage } from "./territory-coverage";

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("quality/"));

/** The 18 departamentos of Mendoza with accents, as an official list would spell them. */
const MENDOZA = [
  "Capital",
  "Godoy Cruz",
  "Las Heras",
  "Guaymallén",
  "Maipú",
  "Luján de Cuyo",
  "San Martín",
  "Junín",
  "Rivadavia",
  "Tupungato",
  "Tunuyán",
  "San Carlos",
  "Santa Rosa",
  "La Paz",
  "San Rafael",
  "General Alvear",
  "Malargüe",
  "Lavalle",
];
// Read in place from ../shared beside the repository; skipped with a message when it is absent.
const REAL = fileURLToPath(
  new URL(
    "../../../../../../shared/data/real/ar_mendoza_cabeceras-departamentales-georreferenciadas_TEXTO_INDICE.csv",
    import.meta.url,
  ),
);
if (!existsSync(REAL))
  console.warn(`[quality] skipping the real-file test: ${REAL} not found (../shared is absent)`);

describe("territoryCoverage", () => {
  it("lists the units of the code list with no rows, matching names without accents or case", async () => {
    const rows = MENDOZA.filter((d) => d !== "Malargüe" && d !== "La Paz").map(
      (d, i) => `${d.toUpperCase()},${i}`,
    );
    const report = await validateTable(`departamento,casos\n${rows.join("\n")}\nGuaymallen,3\n`, {
      schema: {
        fields: [
          { name: "departamento", type: "string" },
          { name: "casos", type: "integer" },
        ],
      },
      checks: [territoryCoverage({ field: "departamento", codeList: MENDOZA })],
    });
    const e = found(report)[0];
    expect(found(report)).toHaveLength(1);
    expect(e).toMatchObject({
      type: "quality/territory-coverage",
      fieldNumber: 1,
      rowNumber: null,
      severity: "warning",
    });
    expect(e?.params).toMatchObject({
      missing: "La Paz, Malargüe",
      missingCount: 2,
      total: 18,
      coverage: 88.9,
      unmatched: 0,
    });
    expect(e?.message).toContain(
      "faltan 2 de 18 unidades territoriales de la lista de códigos: La Paz, Malargüe",
    );
  });

  it("matches codes with or without leading zeros, names and aliases of {code, name} lists", async () => {
    const codeList = [
      { code: "02001", name: "Comuna 1" },
      { code: "02002", name: "Comuna 2", aliases: ["Recoleta"] },
      { code: "02003", name: "Comuna 3" },
    ];
    const report = await validateTable("comuna\n2001\nRecoleta\nComuna 9\n", {
      schema: { fields: [{ name: "comuna", type: "string" }] },
      checks: [territoryCoverage({ field: "comuna", codeList, maxListed: 5 })],
    });
    expect(found(report)[0]?.params).toMatchObject({
      missing: "Comuna 3",
      missingCodes: "02003",
      unmatched: 1,
    });
    const exact = await validateTable("comuna\n2001\nComuna 2\nComuna 3\n", {
      schema: { fields: [{ name: "comuna", type: "string" }] },
      checks: [territoryCoverage({ field: "comuna", codeList, normalise: false })],
    });
    expect(found(exact)[0]?.params.missing).toBe("Comuna 1");
  });

  it("is quiet when every unit has rows, and reports an unknown column", async () => {
    const full = await validateTable(`d\n${MENDOZA.join("\n")}\n`, {
      checks: [territoryCoverage({ field: "d", codeList: MENDOZA })],
    });
    expect(found(full)).toHaveLength(0);
    const unknown = await validateTable("d\nCapital\n", {
      checks: [territoryCoverage({ field: "dpto", codeList: MENDOZA })],
    });
    expect(found(unknown).map((e) => e.type)).toEqual(["quality/check-error"]);
  });

  it.skipIf(!existsSync(REAL))(
    "covers all 18 departamentos in the real Mendoza cabeceras file (accents stripped)",
    async () => {
      const text = readFileSync(REAL, "utf8");
      const all = await validateTable(text, {
        checks: [territoryCoverage({ field: "NOMBRE", codeList: MENDOZA })],
      });
      expect(found(all)).toHaveLength(0);
      const withoutLavalle = text
        .split("\n")
        .filter((l) => !l.endsWith(",Lavalle"))
        .join("\n");
      const missing = await validateTable(withoutLavalle, {
        checks: [territoryCoverage({ field: "NOMBRE", codeList: MENDOZA })],
      });
      expect(found(missing)[0]?.params.missing).toBe("Lavalle");
    },
  );
});
