import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { present, SHARED } from "../../test-support/shared";
import { scanTable } from "./scan";

const dir = join(SHARED, "data/real");
const have = present(join(dir, "CATALOG.md"), "real open-data files");
const scan = (file: string) => scanTable(new Uint8Array(readFileSync(join(dir, file))));

/** Personal columns CATALOG.md lists (names, birth dates, identifying descriptions, hashed IDs, named officials). */
const PERSONAL: Record<string, string[]> = {
  "ar_caba_gcba_personas_buscadas.csv": ["APELLIDO", "NOMBRE", "FECHA_NACIOMIENTO", "DATOS_IDENTIFICATORIOS"],
  "ar_caba_gcba_hospitales.csv": ["DIRECTOR"],
  "pe_minsa_casos_positivos_covid19.csv": ["FECHA_NACIMIENTO", "UUID"],
};
const ID_CATEGORIES = new Set(["national-id", "tax-id", "bank-account"]);

describe.skipIf(!have)("scanning the real files in shared/data/real", () => {
  it("flags the personal columns CATALOG.md lists", async () => {
    for (const [file, columns] of Object.entries(PERSONAL)) {
      const r = await scan(file);
      for (const c of columns) expect(r.personalColumns, `${file}: ${c}`).toContain(c);
    }
    const dob = (await scan("ar_caba_gcba_personas_buscadas.csv")).findings.find(
      (f) => f.column === "FECHA_NACIOMIENTO",
    );
    expect(dob?.category).toBe("birth-date");
  });
  it("takes a hospital's fax, address and comuna for the institution's, not a person's", async () => {
    const r = await scan("ar_caba_gcba_hospitales.csv");
    const direct = r.findings.filter((f) => f.role === "direct").map((f) => f.column);
    expect(direct).toEqual(["DIRECTOR"]);
    expect(r.institutions).toMatchObject({ reason: "names", column: "NOMBRE" });
    expect(r.findings.find((f) => f.column === "FAX")?.role).toBe("institutional");
    expect(r.findings.some((f) => f.column === "COMUNA")).toBe(false);
  });
  it("invents no ID column and prints no raw value", async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const r = await scan(file);
      const ids = r.findings.filter((f) => ID_CATEGORIES.has(f.category)).map((f) => f.column);
      expect(ids, file).toEqual([]);
      const raw = readFileSync(join(dir, "ar_caba_gcba_personas_buscadas.csv"), "utf8");
      if (file === "ar_caba_gcba_personas_buscadas.csv")
        for (const f of r.findings)
          for (const s of f.samples) if (s.length > 4) expect(raw.includes(s)).toBe(false);
    }
  });
});
