import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MENDOZA_STANDARD_JSON } from "../standard/mendoza";
import { loadBarrioList, loadMapping, loadStandard } from ".";

const dir = mkdtempSync(join(tmpdir(), "ciudata-disagg-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("node helpers", () => {
  it("loads a standard, a mapping and a barrio list, reporting problems as data", async () => {
    expect((await loadStandard(file("s.json", JSON.stringify(MENDOZA_STANDARD_JSON)))).ok).toBe(true);
    const bad = await loadStandard(file("bad.json", "{"));
    expect(!bad.ok && bad.errors[0]?.type).toBe("disaggregation/invalid-standard");
    expect(!(await loadStandard(join(dir, "none.json"))).ok).toBe(true);
    const m = await loadMapping(file("m.json", '{"mappings":{"sex":{"masc":"M"}}}'));
    expect(m.ok && m.mapping.sex?.get("masc")).toBe("M");
    const b = await loadBarrioList(file("b.csv", "id,nombre\n01,Bombal\n"));
    expect(b.ok && b.list.codes[0]?.id).toBe("01");
    const g = await loadBarrioList(file("b.geojson", '{"features":[{"properties":{"nombre":"Bombal"}}]}'));
    expect(g.ok && g.list.codes[0]?.id).toBe("BOMBAL");
  });
});
