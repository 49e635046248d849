import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { present, SHARED } from "../../test-support/shared";
import { detectLayout } from "../detect";
import { mendozaStandard } from "../standard/standard";
import { NormaliseAudit } from "./audit";
import { createNormaliser } from "./normaliser";
import { detectTerritoryCodeList } from "./territory";

const dir = join(SHARED, "data/real");
const have = present(join(dir, "CATALOG.md"), "real open-data files");
const standard = mendozaStandard();

/** Reads a small delimited file naively (no quoted delimiters in the columns used here). */
function column(file: string, encoding: "utf8" | "latin1", delimiter: string, name: string): string[] {
  const lines = readFileSync(join(dir, file), encoding).split(/\r?\n/);
  const header = (lines[0] ?? "").split(delimiter);
  const at = header.indexOf(name);
  return lines
    .slice(1)
    .filter((l) => l !== "" && l.split(delimiter).some((c) => c !== ""))
    .map((l) => l.split(delimiter)[at] ?? "");
}
const header = (file: string) => (readFileSync(join(dir, file), "utf8").split(/\r?\n/)[0] ?? "").split(",");

describe.skipIf(!have)("every sex and age spelling in the real files (CATALOG.md) is mapped", () => {
  it("maps the value spellings of sex and age columns", () => {
    const audit = new NormaliseAudit();
    const sex = createNormaliser("sex", { standard });
    const age = createNormaliser("age", { standard });
    const mx = "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv";
    const pe = "pe_minsa_casos_positivos_covid19.csv";
    const ba = "ar_caba_gcba_personas_buscadas.csv";
    for (const v of column(mx, "latin1", ",", "Sexo")) audit.record("sex", "Sexo", v, sex(v), 0);
    for (const v of column(mx, "latin1", ",", "Rango de edad"))
      audit.record("age", "Rango de edad", v, age(v), 0);
    for (const v of column(pe, "latin1", ",", "SEXO")) audit.record("sex", "SEXO", v, sex(v), 0);
    for (const v of column(ba, "utf8", ";", "EDAD")) audit.record("age", "EDAD", v, age(v), 0);
    expect(audit.unmapped()).toEqual([]);
    const codes = (dim: string, col: string) =>
      Object.fromEntries(
        audit
          .all()
          .filter((e) => e.dimension === dim && e.column === col)
          .map((e) => [e.raw, e.code]),
      );
    expect(codes("sex", "Sexo")).toEqual({ Mujer: "F", Hombre: "M", "No identificado": "_U" });
    expect(codes("age", "Rango de edad")).toEqual({
      "Menores de edad (0-17)": "Y0T17",
      "Adultos (18 y más)": "Y_GE18",
      "No especificado": "_U",
      "No identificado": "_U",
    });
    expect(codes("sex", "SEXO")).toEqual({ FEMENINO: "F", MASCULINO: "M", "": "_U" });
    expect(codes("age", "EDAD")["SE DESCONOCE "]).toBe("_U");
    expect(audit.summary().sex?.missing).toBe(453);
  });

  it("maps the header spellings of wide sex and age columns", () => {
    const indec = detectLayout(header("ar_indec_censo2010_poblacion_sexo_por_departamento.csv"), {
      standard,
    });
    expect(indec.wide).toEqual([
      {
        dimension: "sex",
        prefix: "",
        parts: [
          { index: 1, label: "Varón", code: "M" },
          { index: 2, label: "Mujer", code: "F" },
        ],
        total: { index: 3, label: "Total" },
      },
    ]);
    const censo = detectLayout(header("ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv"), { standard });
    const sexGroup = censo.wide.find((g) => g.dimension === "sex");
    expect(sexGroup?.parts.map((p) => [p.label, p.code])).toEqual([
      ["sexo_varon", "M"],
      ["sexo_mujer", "F"],
    ]);
    expect(sexGroup?.total?.label).toBe("sexo_total");
    const ageGroup = censo.wide.find((g) => g.dimension === "age");
    expect(ageGroup?.parts).toHaveLength(20);
    expect(ageGroup?.parts[0]).toMatchObject({ label: "edad_0-4", code: "Y0T4" });
    expect(ageGroup?.parts.at(-1)).toMatchObject({ label: "edad_95-mas", code: "Y_GE95" });
    expect(ageGroup?.total?.label).toBe("edad_total");
    const censusLabels = header("ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv").filter((l) =>
      /^(sexo|edad)_/.test(l),
    );
    const detected = new Set(censo.wide.flatMap((g) => [...g.parts.map((p) => p.label), g.total?.label]));
    for (const l of censusLabels) expect(detected.has(l), l).toBe(true);
  });
});

describe.skipIf(!have)(
  "the Peruvian departments of pe_minsa_casos_positivos_covid19.csv (issue 17, finding 4)",
  () => {
    it("detects Peru's list and codes JUNIN and SAN MARTIN as Peru's 12 and 22, not Mendoza's", () => {
      const values = new Map<string, number>();
      for (const v of column("pe_minsa_casos_positivos_covid19.csv", "latin1", ",", "DEPARTAMENTO"))
        values.set(v, (values.get(v) ?? 0) + 1);
      const found = detectTerritoryCodeList(values);
      expect(found.codelist).toBe("pe-ubigeo");
      const t = createNormaliser("territory", { standard, codelist: "pe-ubigeo" });
      const coded = Object.fromEntries([...values.keys()].map((v) => [v, t(v).code]));
      expect(coded).toMatchObject({
        JUNIN: "12",
        "SAN MARTIN": "22",
        LIMA: "15",
        CALLAO: "07",
        UCAYALI: "25",
      });
      expect(Object.entries(coded).filter(([v, c]) => v.trim() !== "" && c === null)).toEqual([]);
      // Without a chosen list, no name becomes an Argentine code.
      const none = createNormaliser("territory", { standard });
      for (const v of values.keys()) expect(none(v).code ?? "", v).not.toMatch(/^50\d{3}$/);
    });
  },
);
