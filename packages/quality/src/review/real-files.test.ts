import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openPath } from "@ciudata/table/node";
import { describe, expect, it } from "vitest";
import { review } from "./review";

const dir = fileURLToPath(new URL("../../../../../shared/data/real/", import.meta.url));
const present = existsSync(`${dir}CATALOG.md`);
if (!present) console.warn("[ciudata] skipping: ../shared/data/real is not present next to the repository");

/** Reviews a real file with an inferred schema and the default checks; returns error types by count. */
async function findings(file: string) {
  const { report, scores } = await review(await openPath(`${dir}${file}`), {
    lang: "es",
    limitErrors: 100_000,
  });
  const task = report.tasks[0];
  const types = new Map<string, number>();
  for (const e of task?.errors ?? []) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  return { task, types, scores, errors: task?.errors ?? [] };
}

// The known problems of each file, from ../shared/data/real/CATALOG.md, must be among the findings;
// and no file may get a false encoding error.
describe.skipIf(!present)("real government files reviewed with an inferred schema", () => {
  it("establecimientos de salud: the blank row and the 9 exact duplicate rows", async () => {
    const { types } = await findings("ar_datosgobar_legacy_establecimientos-de-salud-raw.csv");
    expect(types.get("blank-row")).toBe(1);
    expect(types.get("duplicate-row")).toBe(9);
    expect(types.has("encoding-error")).toBe(false);
  });

  it("MINSA positives: 2,577 blank lines, duplicated rows and trailing spaces in PROVINCIA", async () => {
    const { types, errors } = await findings("pe_minsa_casos_positivos_covid19.csv");
    expect(types.get("blank-row")).toBe(2577);
    // 322 repeated records; the blank lines are blank-row findings only, not also duplicates (issue #17, finding 3).
    expect(types.get("duplicate-row")).toBe(322);
    expect(errors.some((e) => e.type === "quality/whitespace" && e.fieldName === "PROVINCIA")).toBe(true);
    expect(types.has("encoding-error")).toBe(false);
  });

  it("CABA barrios: the broken title case of NuñEz", async () => {
    const { errors } = await findings("ar_caba_barrios_comunas_datosgobar.csv");
    expect(errors.some((e) => e.type === "quality/letter-case")).toBe(true);
  });

  it("censo 2010 comuna 1: the ragged '...' line of a truncated preview", async () => {
    const { types } = await findings("ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv");
    expect(types.get("missing-cell") ?? 0).toBeGreaterThan(0);
  });

  it("personas buscadas: 'SE DESCONOCE ' written where a birth date or an age should be", async () => {
    const { errors } = await findings("ar_caba_gcba_personas_buscadas.csv");
    const typed = errors.filter((e) => e.type === "type-error");
    expect(typed.length).toBeGreaterThan(0);
    for (const e of typed) {
      expect(["FECHA_NACIOMIENTO", "EDAD"]).toContain(e.fieldName);
      // Masked, as every cell in a report: the shape of "SE DESCONOCE ".
      expect(e.cell).toBe("SX XXXXXXXXX ");
    }
  });

  it.each([
    "ar_caba_gcba_hospitales.csv",
    "ar_caba_gcba_sitios_wifi.csv",
    "ar_indec_censo2010_poblacion_sexo_por_departamento.csv",
    "ar_mendoza_cabeceras-departamentales-georreferenciadas_TEXTO_INDICE.csv",
    "br_sp_seade_dados_covid_sp_latin1_2020-05-15.csv",
    "pe_mef_ejecucion_presupuestal_covid19.csv",
    "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv",
  ])("%s: a sensible report, no false encoding error, every dimension scored or explained", async (file) => {
    const { task, types, scores } = await findings(file);
    expect(task?.stats.rows).toBeGreaterThan(0);
    expect(types.has("encoding-error")).toBe(false);
    expect(types.has("format-error")).toBe(false);
    // An inferred schema reads its own sample: type errors can only come from rows past the sample.
    expect((types.get("type-error") ?? 0) / (task?.stats.rows ?? 1)).toBeLessThan(0.01);
    for (const d of Object.values(scores.dimensions))
      expect(d.score === null ? d.reason : d.score).not.toBeNull();
  });
});
