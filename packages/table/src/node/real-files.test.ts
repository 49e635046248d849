import { describe, expect, it } from "vitest";
import { hasShared, SHARED } from "../../test-support/shared";
import { inspectFile } from "./files";

const present = hasShared("data/real/CATALOG.md");
const dir = `${SHARED}data/real/`;
const LATIN = ["windows-1252", "iso-8859-1"];

// From ../shared/data/real/CATALOG.md: encoding, delimiter, data rows (records), blank lines and columns of each file.
const catalog: Array<{
  file: string;
  encodings: string[];
  delimiter: string;
  rows: number;
  /** Blank lines among the physical rows, not counted in `rows` (issue #17, finding 3); 0 when absent. */
  blankRows?: number;
  columns: number;
}> = [
  { file: "ar_caba_gcba_personas_buscadas.csv", encodings: ["utf-8"], delimiter: ";", rows: 104, columns: 8 },
  { file: "ar_caba_gcba_hospitales.csv", encodings: LATIN, delimiter: ";", rows: 36, columns: 24 },
  { file: "ar_caba_gcba_sitios_wifi.csv", encodings: ["utf-8"], delimiter: ";", rows: 502, columns: 15 },
  {
    file: "ar_caba_barrios_comunas_datosgobar.csv",
    encodings: ["utf-8"],
    delimiter: ",",
    rows: 53,
    columns: 3,
  },
  {
    file: "ar_indec_censo2010_poblacion_sexo_por_departamento.csv",
    encodings: ["utf-8"],
    delimiter: ",",
    rows: 527,
    columns: 4,
  },
  {
    file: "ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv",
    encodings: ["utf-8"],
    delimiter: ",",
    rows: 2,
    columns: 68,
  },
  {
    file: "ar_datosgobar_legacy_establecimientos-de-salud-raw.csv",
    encodings: ["utf-8"],
    delimiter: ",",
    // 20,506 physical rows: 20,505 records and one fully blank row.
    rows: 20505,
    blankRows: 1,
    columns: 6,
  }, // CATALOG says 20,505: it counted lines; the last record has no final newline (Python csv also reads 20,506)
  {
    file: "ar_mendoza_cabeceras-departamentales-georreferenciadas_TEXTO_INDICE.csv",
    encodings: ["utf-8"],
    delimiter: ",",
    rows: 18,
    columns: 3,
  },
  {
    file: "br_sp_seade_dados_covid_sp_latin1_2020-05-15.csv",
    encodings: LATIN,
    delimiter: ";",
    rows: 11899,
    columns: 25,
  },
  {
    file: "pe_minsa_casos_positivos_covid19.csv",
    encodings: LATIN,
    delimiter: ",",
    // 8,690 physical rows: 6,113 records and a block of 2,577 blank lines.
    rows: 6113,
    blankRows: 2577,
    columns: 8,
  },
  {
    file: "pe_mef_ejecucion_presupuestal_covid19.csv",
    encodings: ["utf-8"],
    delimiter: "|",
    rows: 406,
    columns: 62,
  },
  {
    file: "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv",
    encodings: LATIN,
    delimiter: ",",
    rows: 20000,
    columns: 21,
  },
];

describe.skipIf(!present)("real government files (../shared/data/real)", () => {
  for (const entry of catalog) {
    it(`${entry.file}: encoding, delimiter, rows and columns agree with the catalog`, async () => {
      const info = await inspectFile(`${dir}${entry.file}`);
      expect(entry.encodings).toContain(info.detected.encoding);
      expect(info.detected.delimiter).toBe(entry.delimiter);
      expect(info.labels).toHaveLength(entry.columns);
      expect(info.rows).toBe(entry.rows);
      expect(info.blankRows).toBe(entry.blankRows ?? 0);
    });
  }
});
