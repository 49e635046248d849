import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sniffDialect } from "../dialect/sniff";
import { readTable } from "./read-table";

/** `../shared/data/real/` next to the repository root (never copied into the repo). */
const REAL_DIR = new URL("../../../../../shared/data/real/", import.meta.url);
const present = existsSync(fileURLToPath(REAL_DIR));
if (!present) console.warn(`[real-files] skipped: ${fileURLToPath(REAL_DIR)} not found`);

const LATIN1 = new Set([
  "ar_caba_gcba_hospitales.csv",
  "br_sp_seade_dados_covid_sp_latin1_2020-05-15.csv",
  "pe_minsa_casos_positivos_covid19.csv",
  "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv",
]);

interface Expected {
  file: string;
  delimiter: string;
  rows: number;
  cols: number;
  /** Extra checks on the data rows. */
  check?: (rows: string[][]) => void;
}

// Shapes from ../shared/data/real/CATALOG.md.
const CASES: Expected[] = [
  { file: "ar_caba_gcba_personas_buscadas.csv", delimiter: ";", rows: 104, cols: 8 },
  { file: "ar_caba_gcba_hospitales.csv", delimiter: ";", rows: 36, cols: 24 },
  { file: "ar_caba_gcba_sitios_wifi.csv", delimiter: ";", rows: 502, cols: 15 },
  { file: "ar_caba_barrios_comunas_datosgobar.csv", delimiter: ",", rows: 53, cols: 3 },
  { file: "ar_indec_censo2010_poblacion_sexo_por_departamento.csv", delimiter: ",", rows: 527, cols: 4 },
  {
    file: "ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv",
    delimiter: ",",
    rows: 2,
    cols: 68,
    check: (rows) => expect(rows[1]).toEqual(["..."]), // the ragged final line, kept as is
  },
  {
    file: "ar_datosgobar_legacy_establecimientos-de-salud-raw.csv",
    delimiter: ",",
    // CATALOG.md says 20,505, but the file has 20,506 CRLF breaks and NO final line break, so there
    // are 20,507 records (Python's csv agrees): header + 20,506 data rows. The catalog counted lines.
    rows: 20_506,
    cols: 6,
    check: (rows) => expect(rows.filter((r) => r.every((c) => c === "")).length).toBe(1), // the `,,,,,` row
  },
  {
    file: "ar_mendoza_cabeceras-departamentales-georreferenciadas_TEXTO_INDICE.csv",
    delimiter: ",",
    rows: 18,
    cols: 3,
  },
  { file: "br_sp_seade_dados_covid_sp_latin1_2020-05-15.csv", delimiter: ";", rows: 11_899, cols: 25 },
  {
    file: "pe_minsa_casos_positivos_covid19.csv",
    delimiter: ",",
    rows: 8_690,
    cols: 8,
    check: (rows) => expect(rows.filter((r) => r.length === 1 && r[0] === "").length).toBe(2_577), // blank lines
  },
  { file: "pe_mef_ejecucion_presupuestal_covid19.csv", delimiter: "|", rows: 406, cols: 62 },
  { file: "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv", delimiter: ",", rows: 20_000, cols: 21 },
];

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe.skipIf(!present)("real Latin American files (../shared/data/real)", () => {
  it.each(CASES)(
    "$file: sniffs $delimiter and reads $rows rows × $cols cols",
    async ({ file, delimiter, rows, cols, check }) => {
      const bytes = readFileSync(fileURLToPath(new URL(file, REAL_DIR)));
      const text = new TextDecoder(LATIN1.has(file) ? "windows-1252" : "utf-8").decode(bytes);
      const sample = text.slice(0, 256 * 1024);
      const { dialect, errors } = sniffDialect(sample);
      expect(errors).toEqual([]);
      expect(dialect.delimiter).toBe(delimiter);
      expect(dialect.header).toBe(true);
      expect(dialect.headerRows).toEqual([1]);
      const table = await readTable(chunks(text, 64 * 1024), dialect);
      expect(table.labels).toHaveLength(cols);
      const data: string[][] = [];
      let numbersOk = true;
      for await (const batch of table.rows) {
        for (const row of batch) {
          numbersOk &&= row.rowNumber === data.length + 2;
          data.push(row.cells);
        }
      }
      expect(numbersOk).toBe(true);
      expect(data).toHaveLength(rows);
      const full = data.filter((r) => !(r.length === 1 && r[0] === ""));
      const wide = file.includes("truncado") ? full.slice(0, 1) : full;
      expect(wide.filter((r) => r.length !== cols)).toEqual([]);
      // No cell keeps a stray CR: the line terminator was sniffed right.
      expect(data.some((r) => r.some((c) => c.includes("\r")))).toBe(false);
      check?.(data);
    },
  );
});
