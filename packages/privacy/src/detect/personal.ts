import { labelKey } from "@ciudata/core";
import type { Jurisdiction } from "./categories";
import { classifyColumn, type PlaceNames } from "./column";

/** Header words of free text that may tell about people (descriptions, notes, accounts of events). */
const FREE_TEXT =
  /^(descripcion(es)?|observacion(es)?|obs|comentarios?|detalles?|notas?|texto|relato|motivo|hechos|circunstancias|senas|senas_particulares|datos_adicionales|informacion_adicional|description|notes?|comments?|descricao|observacoes)$/;

/** Whether a header names free text (`descripcion`, `observaciones`, `señas particulares`…). */
function freeTextHeader(header: string): boolean {
  const key = labelKey(header);
  const words = key.split("_").filter(Boolean);
  return FREE_TEXT.test(key) || words.some((w) => FREE_TEXT.test(w));
}

/** Whether values read as free text: sentences of several words, mostly different from each other. */
function freeTextValues(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (filled.length === 0) return false;
  const words = filled.reduce((n, v) => n + v.split(/\s+/u).length, 0) / filled.length;
  return words >= 8 && new Set(filled).size >= filled.length * 0.5;
}

/**
 * The columns a report must mask whole, whatever the length of their values: those the privacy
 * detection classes as direct identifiers or quasi-identifiers (names of any length, IDs, phones,
 * addresses, dates of birth…), and free-text columns that may hold personal data (descriptions,
 * observations). Every other column (barrio, departamento, category names) can be shown as it is.
 * Pass it to `validateTable`/`review` as `masking: { personal: personalFields }`. With `isPlaceName`
 * (e.g. the territory code lists of `@ciudata/disaggregation`), a `nombre` column of place names
 * (cabeceras, localidades) is not taken for names of people.
 *
 * @example
 * ```ts
 * personalFields(["nombre", "dni", "barrio", "descripcion"], [["Ana", "30123456", "Palermo", "Vestía campera azul"]]);
 * //=> ["nombre", "dni", "descripcion"]
 * ```
 */
export function personalFields(
  labels: readonly string[],
  sample: readonly (readonly string[])[] = [],
  jurisdictions?: readonly Jurisdiction[],
  isPlaceName?: PlaceNames,
): string[] {
  const out: string[] = [];
  labels.forEach((label, i) => {
    const values = sample.map((row) => row[i] ?? "");
    const findings = classifyColumn(label, i + 1, values, jurisdictions, isPlaceName);
    const identifies = findings.some((f) => f.role === "direct" || f.role === "quasi");
    if (identifies || freeTextHeader(label) || freeTextValues(values)) out.push(label);
  });
  return out;
}
