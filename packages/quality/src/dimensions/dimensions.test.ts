import { tableError } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import {
  DIMENSION_INFO,
  DIMENSIONS,
  dimensionDefinition,
  dimensionLabel,
  dimensionOf,
  ERROR_DIMENSIONS,
  isDimension,
} from "./index";

const FRICTIONLESS_TYPES = [
  "blank-label",
  "duplicate-label",
  "missing-label",
  "extra-label",
  "incorrect-label",
  "blank-header",
  "blank-row",
  "duplicate-row",
  "extra-cell",
  "missing-cell",
  "type-error",
  "constraint-error",
  "unique-error",
  "primary-key",
  "foreign-key",
  "row-constraint",
  "table-dimensions",
  "deviated-value",
  "deviated-cell",
  "truncated-value",
  "forbidden-value",
  "sequential-value",
  "ascii-value",
  "required-value",
  "encoding-error",
  "format-error",
  "source-error",
  "scheme-error",
  "hash-count",
  "byte-count",
  "schema-error",
  "mojibake",
];

describe("the dimensions", () => {
  it("are DAMA's six plus bias and privacy, each with es/en/pt labels and definitions", () => {
    expect(DIMENSIONS).toEqual([
      "validity",
      "completeness",
      "uniqueness",
      "consistency",
      "accuracy",
      "timeliness",
      "bias",
      "privacy",
    ]);
    for (const d of DIMENSIONS) {
      for (const lang of ["es", "en", "pt"] as const) {
        expect(dimensionLabel(d, lang).length).toBeGreaterThan(3);
        expect(dimensionDefinition(d, lang).length).toBeGreaterThan(20);
      }
      expect(DIMENSION_INFO[d].iso25012.length).toBeGreaterThan(0);
    }
    expect(dimensionLabel("completeness")).toBe("Completitud");
    expect(dimensionLabel("bias", "en")).toBe("Bias");
    expect(DIMENSION_INFO.bias.dama).toBeNull();
    expect(dimensionLabel("privacy")).toBe("Privacidad");
    expect(DIMENSION_INFO.privacy.dama).toBeNull();
  });

  it("recognises dimension names", () => {
    expect(isDimension("accuracy")).toBe(true);
    expect(isDimension("privacy")).toBe(true);
    expect(isDimension("privacidad")).toBe(false);
    expect(isDimension(3)).toBe(false);
  });
});

describe("dimensionOf", () => {
  it("maps every frictionless error type to a dimension", () => {
    for (const type of FRICTIONLESS_TYPES) expect(ERROR_DIMENSIONS[type], type).toBeDefined();
  });

  it("follows the standard's mapping", () => {
    expect(dimensionOf("missing-cell")).toBe("completeness");
    expect(dimensionOf("blank-row")).toBe("completeness");
    expect(dimensionOf("duplicate-row")).toBe("uniqueness");
    expect(dimensionOf("primary-key")).toBe("uniqueness");
    expect(dimensionOf("unique-error")).toBe("uniqueness");
    expect(dimensionOf("foreign-key")).toBe("consistency");
    expect(dimensionOf("quality/category-variants")).toBe("consistency");
    expect(dimensionOf("quality/cross-field")).toBe("consistency");
    expect(dimensionOf("quality/letter-case")).toBe("consistency");
    expect(dimensionOf("quality/whitespace")).toBe("consistency");
    expect(dimensionOf("deviated-value")).toBe("accuracy");
    expect(dimensionOf("type-error")).toBe("validity");
    expect(dimensionOf("quality/stale-data")).toBe("timeliness");
    expect(dimensionOf("geo/missing-coordinates")).toBe("completeness");
    expect(dimensionOf("geo/swapped-coordinates")).toBe("validity");
    expect(dimensionOf("geo/territory-mismatch")).toBe("consistency");
    expect(dimensionOf("geo/outside-area")).toBe("accuracy");
    expect(dimensionOf("geo/shared-point")).toBe("accuracy");
    expect(dimensionOf("quality/overdue-update")).toBe("timeliness");
    expect(dimensionOf("quality/missing-by-group")).toBe("bias");
    expect(dimensionOf("quality/territory-coverage")).toBe("bias");
    expect(dimensionOf("quality/missing-dimension")).toBe("bias");
    expect(dimensionOf("quality/profile/header-name")).toBe("validity");
  });

  it("maps constraint errors by the constraint broken", () => {
    const c = (constraint: string) => tableError("constraint-error", { params: { constraint } });
    expect(dimensionOf(c("required"))).toBe("completeness");
    expect(dimensionOf(c("unique"))).toBe("uniqueness");
    expect(dimensionOf(c("minimum"))).toBe("accuracy");
    expect(dimensionOf(c("maximum"))).toBe("accuracy");
    expect(dimensionOf(c("enum"))).toBe("accuracy");
    expect(dimensionOf(c("pattern"))).toBe("validity");
    expect(dimensionOf(c("maxLength"))).toBe("validity");
  });

  it("reads the dimension from unknown namespaced types, then falls back", () => {
    expect(dimensionOf("quality/timeliness-lag")).toBe("timeliness");
    expect(dimensionOf("mendoza/bias/sexo")).toBe("bias");
    expect(dimensionOf("city/accuracy")).toBe("accuracy");
    expect(dimensionOf("privacy/k-anonymity")).toBe("privacy");
    expect(dimensionOf("city/new-rule", { fallback: "consistency" })).toBe("consistency");
    expect(dimensionOf("something-new")).toBe("validity");
  });

  it("lets a check or the caller choose the dimension", () => {
    expect(dimensionOf(tableError("city/x", { params: { dimension: "bias" } }))).toBe("bias");
    expect(dimensionOf("privacy/k-anonymity", { mapping: { "privacy/k-anonymity": "bias" } })).toBe("bias");
  });
});

describe("other packages' error types", () => {
  it("puts the disaggregation standard's findings in accuracy, consistency or bias", async () => {
    const { dimensionOf } = await import("./mapping");
    expect(dimensionOf("disaggregation/value-outside-code-list")).toBe("accuracy");
    expect(dimensionOf("disaggregation/total-mismatch")).toBe("consistency");
    expect(dimensionOf("disaggregation/missing-dimension")).toBe("bias");
  });

  it("counts privacy findings under privacy, scored, and under no other dimension", async () => {
    const { createReport, tableError } = await import("@ciudata/table");
    const { scoreReport } = await import("../score");
    const task = {
      valid: false,
      name: "t",
      type: "table" as const,
      place: "inline",
      labels: ["a"],
      stats: { bytes: 1, rows: 10, fields: 1, errors: 1, warnings: 0, seconds: 0 },
      detected: { encoding: "utf-8", encodingConfidence: 1, bom: false },
      warnings: [],
      errors: [tableError("privacy/k-anonymity", { params: { k: 5 } })],
    };
    const scores = scoreReport(createReport([task]));
    expect(scores.dimensions.validity.score).toBe(100);
    expect(scores.dimensions.validity.findings).toBe(0);
    expect(scores.dimensions.privacy).toMatchObject({ score: 80, findings: 1, errors: 1, status: "fail" });
    expect(scores.dimensions.privacy.types).toEqual({ "privacy/k-anonymity": 1 });
  });
});
