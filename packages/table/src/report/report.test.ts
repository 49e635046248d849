import { defineIssueCatalogs, maskCell } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { tableError } from "./error";
import { errorTitle, localize, renderMessage } from "./localize";
import { createReport, flatten, REPORT_FORMAT_VERSION, type ReportTask } from "./report";

const task = (errors = [tableError("blank-row", { rowNumber: 4 })]): ReportTask => ({
  valid: errors.every((e) => e.severity !== "error"),
  name: "padron",
  type: "table",
  place: "padron.csv",
  labels: ["id", "nombre"],
  stats: {
    bytes: 10,
    rows: 3,
    fields: 2,
    errors: errors.filter((e) => e.severity === "error").length,
    warnings: errors.filter((e) => e.severity === "warning").length,
    seconds: 0.01,
  },
  detected: { encoding: "utf-8", encodingConfidence: 1, bom: false },
  warnings: [],
  errors,
});

describe("report model", () => {
  it("is valid only without errors, and carries a format version", () => {
    expect(createReport([task([])]).valid).toBe(true);
    const report = createReport([task()]);
    expect(report.valid).toBe(false);
    expect(report.formatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(report.stats).toMatchObject({ tasks: 1, errors: 1, warnings: 0 });
  });

  it("keeps a report valid when it only has warnings", () => {
    const report = createReport([task([tableError("mojibake", { severity: "warning" })])]);
    expect(report.valid).toBe(true);
    expect(report.stats.warnings).toBe(1);
  });

  it("flattens errors in report order with the keys asked for", () => {
    const report = createReport(
      [
        task([
          tableError("blank-label", { fieldNumber: 3 }),
          tableError("missing-cell", { rowNumber: 2, fieldNumber: 3 }),
        ]),
      ],
      [tableError("schema-error", { params: { path: "fields[0].type" } })],
    );
    expect(flatten(report, ["rowNumber", "fieldNumber", "type"])).toEqual([
      [null, null, "schema-error"],
      [null, 3, "blank-label"],
      [2, 3, "missing-cell"],
    ]);
    expect(flatten(report, ["type", "path"])[0]).toEqual(["schema-error", "fields[0].type"]);
  });

  it("round-trips through JSON", () => {
    const report = localize(createReport([task()]), "en");
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("messages", () => {
  const e = tableError("type-error", {
    rowNumber: 3,
    fieldNumber: 2,
    fieldName: "edad",
    cell: "x",
    params: { expected: "integer", received: "x", example: "42" },
  });

  it("renders in Spanish by default, saying where, what, the rule, an example and what was found", () => {
    expect(renderMessage(e)).toBe(
      "Fila 3, columna 2 (edad): el valor no tiene el tipo o el formato de la columna; se esperaba: integer; ejemplo válido: 42; se encontró: «x».",
    );
  });

  it("renders in English and Portuguese", () => {
    expect(renderMessage(e, "en")).toMatch(
      /^Row 3, column 2 \(edad\): the value does not have the column's type or format; expected: integer/,
    );
    expect(renderMessage(e, "pt")).toMatch(
      /^Linha 3, coluna 2 \(edad\): o valor não tem o tipo ou o formato da coluna; esperado: integer/,
    );
  });

  it("explains ambiguous numbers", () => {
    const amb = tableError("type-error", {
      rowNumber: 2,
      fieldNumber: 1,
      params: { reason: "ambiguous-number" },
    });
    expect(renderMessage(amb, "es")).toContain("ambiguo");
  });

  it("localize fills message without changing the data", () => {
    const report = createReport([task()]);
    const es = localize(report, "es");
    expect(es.tasks[0]?.errors[0]?.message).toBe("Fila 4: la fila está vacía.");
    expect(report.tasks[0]?.errors[0]?.message).toBeUndefined();
  });

  it("words other packages' error types with the catalogs passed, never from a global", () => {
    const more = defineIssueCatalogs({
      es: {
        "privacy/test-k": { title: "Riesgo de prueba", describe: (x) => `clase de tamaño ${x.params.k}` },
      },
      en: { "privacy/test-k": { title: "Test risk", describe: (x) => `class of size ${x.params.k}` } },
      pt: {
        "privacy/test-k": { title: "Risco de teste", describe: (x) => `classe de tamanho ${x.params.k}` },
      },
    });
    expect(errorTitle("privacy/test-k", "es", more)).toBe("Riesgo de prueba");
    expect(renderMessage(tableError("privacy/test-k", { params: { k: 2 } }), "es", more)).toBe(
      "Archivo: clase de tamaño 2.",
    );
    // Without the catalog the type shows as its id, not in another language.
    expect(errorTitle("privacy/test-k", "en")).toBe("privacy/test-k");
  });
});

describe("maskCell", () => {
  it("never shows a name, an ID or an email as they are", () => {
    expect(maskCell("Juan Pérez")).toBe("Jxxx Xxxxx");
    expect(maskCell("20-12345678-9")).toBe("2#-########-#");
    expect(maskCell("ana@example.org")).toBe("axx@xxxxxxx.xxx");
  });
  it("masks short names too (finding 5: «Ruiz», «Juan», «Ana» were shown as they are)", () => {
    expect(maskCell("Ruiz")).toBe("Rxxx");
    expect(maskCell("Juan")).toBe("Jxxx");
    expect(maskCell("Ana")).toBe("Axx");
    expect(maskCell("1234")).toBe("1###");
  });
  it("shows the markers of a missing value as they are", () => {
    expect(maskCell("s/d")).toBe("s/d");
    expect(maskCell("NA")).toBe("NA");
  });
});
