import type { Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { hasIrregularCase, letterCase, titleCase } from "./letter-case";

/** Every column public: values are shown as they are (the runner masks every cell without a masking). */
const PUBLIC = { personal: [] };

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type === "quality/letter-case");
const schema = {
  fields: [
    { name: "barrio", type: "string" },
    { name: "comuna", type: "string" },
  ],
};

describe("letterCase", () => {
  it("groups case and accent variants of the same value per column (NuñEz vs Núñez)", async () => {
    const csv =
      "barrio,comuna\nNúñez,Comuna 13\nNuñEz,Comuna 13\nNúñez,COMUNA 13\nPalermo,Comuna 14\nPALERMO,Comuna 14\n";
    const report = await validateTable(csv, { masking: PUBLIC, schema, checks: [letterCase()] });
    const [barrio, comuna] = found(report);
    expect(barrio).toMatchObject({ fieldNumber: 1, rowNumber: null, severity: "warning" });
    expect(barrio?.params).toMatchObject({
      groups: 2,
      irregular: 1,
      suggestion: "Núñez",
      irregularExample: "NuñEz",
    });
    expect(String(barrio?.params.variants)).toContain("«Núñez» / «NuñEz»");
    expect(comuna?.params).toMatchObject({ groups: 1, irregular: 0, suggestion: "Comuna 13" });
    expect(barrio?.message).toContain("2 valores aparecen con distintas mayúsculas o acentos");
  });

  it("reports irregular capitalisation alone, unless turned off", async () => {
    const csv = "barrio,comuna\nNuñEz,Comuna 13\nPalermo,Comuna 14\n";
    const on = found(await validateTable(csv, { masking: PUBLIC, schema, checks: [letterCase()] }));
    expect(on[0]?.params).toMatchObject({ groups: 0, irregular: 1, suggestion: "Nuñez" });
    expect(
      found(
        await validateTable(csv, { masking: PUBLIC, schema, checks: [letterCase({ irregular: false })] }),
      ),
    ).toHaveLength(0);
  });

  it("stays quiet on consistent columns and recognises Mc names", async () => {
    const report = await validateTable("barrio,comuna\nPalermo,Comuna 14\nPalermo,Comuna 14\n", {
      masking: PUBLIC,
      schema,
      checks: [letterCase()],
    });
    expect(found(report)).toHaveLength(0);
    expect(hasIrregularCase("McDonald")).toBe(false);
    expect(hasIrregularCase("CORONEL PORTILLO")).toBe(false);
    expect(titleCase("villa DEL parque")).toBe("Villa Del Parque");
  });
});
