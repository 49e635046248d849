import { describe, expect, it } from "vitest";
import { validateTable } from "../../../../checks/_shared/run.test-helpers";
import { encodingFindings } from "./encoding";

describe("encoding rule", () => {
  it("reports a file that is not UTF-8, with what to do", async () => {
    const latin1 = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x2c, 0x32, 0x0a]);
    const report = await validateTable(latin1);
    const [e] = encodingFindings(report.tasks[0] as never, {}, "es");
    expect(e?.type).toBe("quality/profile/encoding");
    expect(e?.severity).toBe("error");
    expect(e?.params).toMatchObject({ expected: "UTF-8", received: "iso-8859-1", rule: "encoding" });
    expect(String(e?.params.hint)).toContain("UTF-8");
  });

  it("accepts UTF-8 and warns about a BOM", async () => {
    const utf8 = await validateTable("nombre,edad\nMaría,3\n");
    expect(encodingFindings(utf8.tasks[0] as never)).toEqual([]);
    const bom = await validateTable(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x31, 0x0a]));
    const [w] = encodingFindings(bom.tasks[0] as never, {}, "en");
    expect(w?.severity).toBe("warning");
    expect(w?.params.reason).toBe("bom");
  });

  it("says nothing when nothing was detected", () => {
    expect(encodingFindings({ detected: {} } as never)).toEqual([]);
  });
});
