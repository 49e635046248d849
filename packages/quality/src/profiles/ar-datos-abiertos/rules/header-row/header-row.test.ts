import { describe, expect, it } from "vitest";
import { validateTable } from "../../../../checks/_shared/run.test-helpers";
import { headerRowFindings } from "./header-row";

describe("header-row rule", () => {
  it("reports a file read without a header row", async () => {
    const report = await validateTable("1,2\n3,4\n", { dialect: { header: false } });
    const [e] = headerRowFindings(report.tasks[0] as never, {}, "es");
    expect(e?.type).toBe("quality/profile/header-row");
    expect(e?.params.received).toBe("sin encabezado");
  });
  it("reports a header on several rows", () => {
    const [e] = headerRowFindings({ detected: { header: true, headerRows: [1, 2] } } as never, {}, "en");
    expect(e?.params.received).toBe("header in rows 1, 2");
  });
  it("accepts one header row", async () => {
    const report = await validateTable("barrio,poblacion\nCentro,1200\n");
    expect(headerRowFindings(report.tasks[0] as never)).toEqual([]);
  });
});
