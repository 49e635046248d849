// @ciudata/disaggregation/node: reading standards, mappings and barrio lists from files (Node only).
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { type TableError, tableError } from "@ciudata/table";
import {
  type BarrioListOptions,
  type BarrioListOutcome,
  barrioListFromCsv,
  barrioListFromJson,
} from "../codelists/barrios";
import { type MappingOutcome, parseMapping } from "../normalise/mapping";
import { parseStandard, type StandardOutcome } from "../standard/standard";

/** A file that could not be read or parsed, as an issue of `type` (the reason is a code the catalog words). */
function fileError(
  type: string,
  path: string,
  reason: "unreadable" | "not-json",
  cause: unknown,
): TableError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return tableError(type, {
    tags: ["#disaggregation", "#source"],
    note: reason === "unreadable" ? `cannot read ${path}: ${detail}` : `not JSON: ${detail}`,
    params: { reason, file: path },
  });
}

async function readJson(
  path: string,
  type: string,
): Promise<{ ok: true; json: unknown } | { ok: false; errors: TableError[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    return { ok: false, errors: [fileError(type, path, "unreadable", cause)] };
  }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (cause) {
    return { ok: false, errors: [fileError(type, path, "not-json", cause)] };
  }
}

/**
 * Reads and validates a standard JSON file.
 *
 * @example
 * ```ts
 * const r = await loadStandard("estandar-mendoza.json");
 * if (r.ok) console.log(r.standard.id);
 * ```
 */
export async function loadStandard(path: string): Promise<StandardOutcome> {
  const read = await readJson(path, "disaggregation/invalid-standard");
  return read.ok ? parseStandard(read.json) : read;
}

/**
 * Reads a mapping file (a suggested mapping, edited).
 *
 * @example
 * ```ts
 * const r = await loadMapping("correspondencias.json");
 * if (r.ok) createNormaliser("sex", { mapping: r.mapping });
 * ```
 */
export async function loadMapping(path: string): Promise<MappingOutcome> {
  const read = await readJson(path, "disaggregation/invalid-mapping");
  return read.ok ? parseMapping(read.json) : read;
}

/**
 * Reads a barrio (or sección) list from a CSV, JSON or GeoJSON file.
 *
 * @example
 * ```ts
 * const r = await loadBarrioList("barrios-mendoza.csv", { id: "barrios-mendoza" });
 * if (r.ok) standard = withCodeList(standard, r.list);
 * ```
 */
export async function loadBarrioList(
  path: string,
  options: BarrioListOptions = {},
): Promise<BarrioListOutcome> {
  const ext = extname(path).toLowerCase();
  if (ext === ".json" || ext === ".geojson") {
    const read = await readJson(path, "disaggregation/invalid-code-list");
    return read.ok ? barrioListFromJson(read.json, { source: path, ...options }) : read;
  }
  try {
    return barrioListFromCsv(await readFile(path, "utf8"), { source: path, ...options });
  } catch (cause) {
    return { ok: false, errors: [fileError("disaggregation/invalid-code-list", path, "unreadable", cause)] };
  }
}
