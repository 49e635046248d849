import type { Report } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { categoryVariants, clusterVariants } from "./category-variants";

/** Every column public: values are shown as they are (the runner masks every cell without a masking). */
const PUBLIC = { personal: [] };

const schema = {
  fields: [
    { name: "provincia", type: "string" },
    { name: "casos", type: "integer" },
  ],
};
const found = (r: Report, type = "quality/category-variants") =>
  (r.tasks[0]?.errors ?? []).filter((e) => e.type === type);

describe("categoryVariants", () => {
  it("clusters the publishing guide's four spellings of Buenos Aires city (synonyms + fingerprint)", async () => {
    const csv =
      "provincia,casos\nCABA,1\nCapital Federal,2\nCiudad Autónoma de Buenos Aires,3\nCiudad de Buenos Aires,4\n" +
      "CABA,5\nMendoza,6\nMENDOZA,7\nMendoza,8\nC.A.B.A.,9\n";
    const report = await validateTable(csv, { masking: PUBLIC, schema, checks: [categoryVariants()] });
    const errors = found(report);
    expect(errors).toHaveLength(2);
    const [caba, mendoza] = errors;
    expect(caba?.fieldNumber).toBe(1);
    expect(caba?.rowNumber).toBeNull();
    expect(caba?.params).toMatchObject({ variantCount: 5, rows: 6, suggestion: "CABA" });
    expect(String(caba?.params.variants)).toContain("«CABA» (2)");
    expect(String(caba?.params.method)).toContain("synonym");
    expect(JSON.parse(String(caba?.params.variantsJson))).toContainEqual({
      value: "Capital Federal",
      count: 1,
    });
    expect(mendoza?.params).toMatchObject({ variantCount: 2, suggestion: "Mendoza" });
    expect(String(mendoza?.params.method)).toContain("fingerprint");
    expect(caba?.severity).toBe("warning");
    expect(caba?.message).toMatch(
      /^Columna 1 \(provincia\): 5 escrituras distintas parecen la misma categoría/,
    );
  });

  it("suggests the most frequent spelling, ties going to the longest and most accented", async () => {
    const report = await validateTable("barrio\nNuñez\nNúñez\nNUNEZ\nCordoba\nCórdoba\n", {
      masking: PUBLIC,
      schema: { fields: [{ name: "barrio", type: "string" }] },
      checks: [categoryVariants()],
    });
    expect(found(report).map((e) => e.params.suggestion)).toEqual(["Núñez", "Córdoba"]);
  });

  it("catches n-gram variants the key collision misses, and leaves codes alone", async () => {
    const report = await validateTable("barrio,codigo\nVilla Crespo,0101\nVillaCrespo,1010\nPalermo,0110\n", {
      masking: PUBLIC,
      schema: {
        fields: [
          { name: "barrio", type: "string" },
          { name: "codigo", type: "string" },
        ],
      },
      checks: [categoryVariants()],
    });
    expect(found(report).map((e) => [e.fieldName, e.params.method])).toEqual([["barrio", "ngram"]]);
  });

  it("honours fields, custom synonyms, minClusterSize and ngram: false", async () => {
    const csv =
      "provincia,casos\nCABA,1\nCapital Federal,2\nBs. As.,3\nBuenos Aires,4\nProvincia de Buenos Aires,5\n";
    const custom = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [
        categoryVariants({
          fields: ["provincia"],
          synonyms: [["Buenos Aires", "Bs. As.", "Provincia de Buenos Aires"]],
        }),
      ],
    });
    expect(found(custom).map((e) => e.params.variantCount)).toEqual([3]);
    const big = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [categoryVariants({ minClusterSize: 3 })],
    });
    expect(found(big)).toHaveLength(0);
    const missing = await validateTable(csv, {
      masking: PUBLIC,
      schema,
      checks: [categoryVariants({ fields: ["region"] })],
    });
    expect(found(missing, "quality/check-error")).toHaveLength(1);
    expect(
      clusterVariants(
        new Map([
          ["Villa Crespo", 1],
          ["VillaCrespo", 1],
        ]),
        { ngram: false },
      ),
    ).toEqual([]);
  });

  it("skips columns that look personal unless asked, and masks what looks personal", async () => {
    const csv = "apellido,barrio\nPérez,Palermo\nPEREZ,Palermo\n";
    const s = {
      fields: [
        { name: "apellido", type: "string" },
        { name: "barrio", type: "string" },
      ],
    };
    expect(
      found(await validateTable(csv, { masking: PUBLIC, schema: s, checks: [categoryVariants()] })),
    ).toHaveLength(0);
    const asked = found(
      await validateTable(csv, {
        masking: PUBLIC,
        schema: s,
        checks: [categoryVariants({ fields: ["apellido"] })],
      }),
    );
    expect(asked[0]?.params.suggestion).toBe("Pxxxx");
    expect(String(asked[0]?.params.variants)).not.toContain("Pérez");
  });

  it("bounds memory: counts distinct values up to maxDistinct and reports the cap", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Barrio ${i}`).join("\n");
    const report = await validateTable(`barrio\nBARRIO 1\n${rows}\n`, {
      schema: { fields: [{ name: "barrio", type: "string" }] },
      checks: [categoryVariants({ maxDistinct: 10 })],
    });
    expect(found(report, "quality/distinct-limit")[0]?.params).toMatchObject({
      check: "quality/category-variants",
      limit: 10,
    });
    expect(found(report)[0]?.params).toMatchObject({ capped: true, variantCount: 2 });
  });

  it("never clusters values whose fingerprints and n-grams all differ (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 20 }), (ns) => {
        const counts = new Map(ns.map((n) => [`Comuna ${n}`, 1]));
        return clusterVariants(counts).length === 0;
      }),
    );
  });

  it("clusters any case or accent variant of a value (property)", () => {
    const word = fc.stringMatching(/^[a-záéíóúñ]{3,10}( [a-záéíóúñ]{2,8})?$/u);
    fc.assert(
      fc.property(word, (w) => {
        const upper = w.toUpperCase();
        if (upper === w) return true;
        const clusters = clusterVariants(
          new Map([
            [w, 2],
            [upper, 1],
          ]),
          { synonyms: [] },
        );
        return clusters.length === 1 && clusters[0]?.suggestion === w;
      }),
    );
  });
});
