import { describe, expect, it } from "vitest";
import { barrioListFromCsv } from "../codelists/barrios";
import { territoryScheme } from "../codelists/schemes";
import { createNormaliser } from "../normalise/normaliser";
import { MENDOZA_STANDARD_JSON } from "./mendoza";
import { mendozaStandard, parseStandard, resolveDimensions, withCodeList } from "./standard";

describe("standard", () => {
  it("builds the Mendoza-style default, with sex and gender identity apart", () => {
    const s = mendozaStandard();
    expect(s.datasets.personas?.required).toEqual(["sex", "age", "territory"]);
    expect(s.thresholds.minCellSize).toBe(5);
    const dims = resolveDimensions(s);
    expect(dims.sex?.lists.map((l) => l.id)).toEqual(["sdmx-sex"]);
    expect(dims.gender_identity?.lists.map((l) => l.id)).toEqual(["indec-2022-identidad-genero"]);
    expect(dims.territory?.lists.map((l) => l.level)).toContain("departamento");
    expect(Object.keys(s.dimensions)).toEqual(
      expect.arrayContaining([
        "sex",
        "gender_identity",
        "age",
        "territory",
        "disability",
        "ethnicity",
        "migration",
        "income_quantile",
        "urbanisation",
      ]),
    );
    // A fresh copy each time.
    s.thresholds.minCellSize = 10;
    expect(mendozaStandard().thresholds.minCellSize).toBe(5);
  });

  it("round-trips as JSON and fills defaults", () => {
    const r = parseStandard(JSON.parse(JSON.stringify(MENDOZA_STANDARD_JSON)));
    expect(r.ok).toBe(true);
    const minimal = parseStandard({
      id: "ciudad",
      name: "Ciudad",
      dimensions: { sex: { codeLists: ["sdmx-sex"] } },
      datasets: { personas: { required: ["sex"] } },
      defaultDataset: "personas",
    });
    expect(minimal.ok && minimal.standard.thresholds).toEqual({
      maxUnknownShare: 0.05,
      totalTolerance: 0.5,
      relativeTolerance: 0,
      minCellSize: 5,
    });
  });

  it("reports problems as plain data with their path", () => {
    const r = parseStandard({
      id: "x",
      name: "X",
      dimensions: { sex: { codeLists: ["no-such-list"] } },
      datasets: { personas: { required: ["sex", "edad"] } },
      defaultDataset: "otro",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.params.path)).toEqual(["defaultDataset", "datasets.personas.required[1]"]);
    expect(r.errors[0]?.type).toBe("disaggregation/invalid-standard");
    const lists = parseStandard({
      id: "x",
      name: "X",
      dimensions: { sex: { codeLists: ["no-such-list"] } },
      datasets: { p: { required: ["sex"] } },
      defaultDataset: "p",
    });
    expect(!lists.ok && lists.errors[0]?.params.path).toBe("dimensions.sex.codeLists[0]");
    expect(parseStandard(null).ok).toBe(false);
  });

  it("lets a city plug its barrio list into territory", () => {
    const r = barrioListFromCsv("id,nombre\nB1,Bombal\n", { id: "barrios-mza" });
    if (!r.ok) throw new Error("list");
    const s = withCodeList(mendozaStandard(), r.list);
    expect(s.dimensions.territory?.codeLists[0]).toBe("barrios-mza");
    expect(parseStandard(s).ok).toBe(true);
    expect(resolveDimensions(s).territory?.lists[0]?.codes[0]?.id).toBe("B1");
  });

  it("takes the country's territory code list as a setting of the standard (issue 17, finding 4)", () => {
    const r = parseStandard({ ...structuredClone(MENDOZA_STANDARD_JSON), territoryCodeList: "pe-ubigeo" });
    if (!r.ok) throw new Error("invalid");
    expect(createNormaliser("territory", { standard: r.standard })("JUNIN")).toEqual({
      code: "12",
      rule: "name",
    });
    const bad = parseStandard({ ...structuredClone(MENDOZA_STANDARD_JSON), territoryCodeList: "pe" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.params).toMatchObject({ path: "territoryCodeList", received: "pe" });
  });

  it("takes its territory lists from the ar-indec scheme, Mendoza's departments first (one source)", () => {
    const lists = resolveDimensions(mendozaStandard()).territory?.lists.map((l) => l.id) ?? [];
    // Every Argentine department (ar-departamentos) comes with @ciudata/disaggregation/territories.
    const scheme = (territoryScheme("ar-indec")?.lists ?? []).filter((id) => id !== "ar-departamentos");
    expect(lists[0]).toBe("mendoza-departamentos");
    expect([...lists].sort()).toEqual([...scheme].sort());
    expect(lists.slice(1)).toEqual(scheme.filter((id) => id !== "mendoza-departamentos"));
  });
});
