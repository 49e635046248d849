import { describe, expect, it } from "vitest";
import { validateTable } from "../../../../checks/_shared/run.test-helpers";
import { delimiterFindings } from "./delimiter";

describe("delimiter rule", () => {
  it("reports a semicolon-separated file", async () => {
    const report = await validateTable("barrio;poblacion\nCentro;1200\n");
    const [e] = delimiterFindings(report.tasks[0] as never, { severity: "warning" }, "es");
    expect(e?.type).toBe("quality/profile/delimiter");
    expect(e?.severity).toBe("warning");
    expect(e?.params).toMatchObject({ expected: ", (coma)", received: "; (punto y coma)" });
  });

  it("accepts commas", async () => {
    const report = await validateTable("barrio,poblacion\nCentro,1200\n");
    expect(delimiterFindings(report.tasks[0] as never)).toEqual([]);
  });
});
