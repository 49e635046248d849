import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { whitespace, whitespaceKinds } from "./whitespace";

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type === "quality/whitespace");

describe("whitespace", () => {
  it("counts leading, trailing and double spaces per column and locates the first rows", async () => {
    const csv =
      "provincia,distrito\nCORONEL PORTILLO ,CALLERIA\nLIMA,LIMA\nCORONEL PORTILLO ,YARINACOCHA\n LIMA,SAN  ISIDRO\nCORONEL PORTILLO ,X\n";
    const report = await validateTable(csv, {
      schema: {
        fields: [
          { name: "provincia", type: "string" },
          { name: "distrito", type: "string" },
        ],
      },
      checks: [whitespace({ sample: 2 })],
    });
    const [provincia, distrito] = found(report);
    expect(provincia).toMatchObject({
      rowNumber: 2,
      fieldNumber: 1,
      fieldName: "provincia",
      severity: "warning",
    });
    expect(provincia?.params).toMatchObject({ cells: 4, leading: 1, trailing: 3, double: 0, rows: "2, 4" });
    expect(distrito).toMatchObject({ rowNumber: 5, fieldNumber: 2 });
    expect(distrito?.params).toMatchObject({ cells: 1, double: 1 });
    expect(provincia?.message).toContain(
      "4 celdas tienen espacios de más (1 al inicio, 3 al final, 0 dobles)",
    );
    expect(report.valid).toBe(true);
  });

  it("masks the cell it shows, keeping the spaces visible", async () => {
    const report = await validateTable("nombre\nJuan Pérez \n", {
      schema: { fields: [{ name: "nombre", type: "string" }] },
      checks: [whitespace()],
    });
    expect(found(report)[0]?.cell).toBe("Jxxx Xxxxx ");
    expect(found(report)[0]?.message).toContain("«Jxxx Xxxxx »");
  });

  it("flags tabs and non-breaking spaces, and stays quiet on clean tables", async () => {
    expect(whitespaceKinds("a\u00a0b")).toEqual({
      leading: false,
      trailing: false,
      double: false,
      unusual: true,
    });
    expect(whitespaceKinds("Palermo")).toBeNull();
    expect(whitespaceKinds("")).toBeNull();
    const clean = await validateTable("a,b\nx,y z\n", { checks: [whitespace()] });
    expect(found(clean)).toHaveLength(0);
    const only = await validateTable("a,b\n x,y \n", { checks: [whitespace({ fields: ["b"] })] });
    expect(found(only).map((e) => e.fieldName)).toEqual(["b"]);
  });
});

// Read in place from ../shared beside the repository; skipped with a message when it is absent.
const REAL = fileURLToPath(
  new URL("../../../../../../shared/data/real/pe_minsa_casos_positivos_covid19.csv", import.meta.url),
);
if (!existsSync(REAL))
  console.warn(`[quality] skipping the real-file test: ${REAL} not found (../shared is absent)`);

describe.skipIf(!existsSync(REAL))("whitespace on real data", () => {
  it("finds the trailing spaces of PROVINCIA in the MINSA file (latin1, read in place)", async () => {
    const report = await validateTable(new Uint8Array(readFileSync(REAL)), {
      checks: [whitespace({ fields: ["PROVINCIA"] })],
      pickErrors: ["quality/whitespace"],
    });
    const e = report.tasks[0]?.errors[0];
    expect(e?.fieldName).toBe("PROVINCIA");
    expect(Number(e?.params.trailing)).toBeGreaterThan(5000);
  });
});
