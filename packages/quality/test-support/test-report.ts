import { createReport, type Detected, type Report, type TableError } from "@ciudata/table";

/**
 * A one-table report with the given errors and shape, for tests.
 * @internal
 * @example
 * ```ts
 * const report = testReport([tableError("blank-row", { rowNumber: 3 })], { rows: 10, fields: 4 });
 * ```
 */
export function testReport(
  errors: TableError[],
  shape: { rows?: number; fields?: number; detected?: Partial<Detected>; labels?: string[] } = {},
): Report {
  const fields = shape.fields ?? 4;
  return createReport([
    {
      valid: errors.every((e) => e.severity !== "error"),
      name: "padron",
      type: "table",
      place: "padron.csv",
      labels: shape.labels ?? Array.from({ length: fields }, (_, i) => `c${i + 1}`),
      stats: {
        bytes: 100,
        rows: shape.rows ?? 10,
        fields,
        errors: errors.filter((e) => e.severity === "error").length,
        warnings: errors.filter((e) => e.severity === "warning").length,
        seconds: 0.01,
      },
      detected: { encoding: "utf-8", encodingConfidence: 1, bom: false, ...shape.detected },
      warnings: [],
      errors,
    },
  ]);
}
