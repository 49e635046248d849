import { labelKey } from "@ciudata/core";
import { type TableError, tableError } from "@ciudata/table";
import type { Code, CodeList, TerritoryLevel } from "./types";

/** Options of {@link barrioListFromCsv} and {@link barrioListFromJson}. */
export interface BarrioListOptions {
  /** Id of the list (default `barrios`). */
  id?: string;
  /** Name shown in reports (default "Barrios"). */
  name?: string;
  /** Level (default `barrio`; a city may load `seccion` or `comuna` lists the same way). */
  level?: TerritoryLevel;
  /** Column or property with the code; without one, a code is made from the name (`VILLA_DEVOTO`). */
  codeColumn?: string;
  /** Column or property with the name (default: the first one called like `barrio_nombre`, `nombre`, `name`). */
  nameColumn?: string;
  /** Where the list comes from, e.g. the portal URL. */
  source?: string;
}

/** A list loaded from a city's file, or the problems that stopped it. */
export type BarrioListOutcome =
  | { ok: true; list: CodeList; warnings: TableError[] }
  | { ok: false; errors: TableError[] };

/** Why a list could not be loaded: a `reason` code the catalog words, plus data. */
const invalid = (reason: string, note: string, params: Record<string, string | number> = {}): TableError =>
  tableError("disaggregation/invalid-code-list", {
    tags: ["#disaggregation", "#schema"],
    note,
    params: { reason, ...params },
  });

/** Parses small delimited text (reference lists): quotes, `,` `;` tab or `|`, sniffed from the header. */
function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const first = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t", "|"].reduce((best, d) =>
    first.split(d).length > first.split(best).length ? d : best,
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

const NAME_KEYS = /(^|_)(nombre|name|nom|barrio|seccion|comuna|denominacion|label)(_|$)/;
const CODE_KEYS = /(^|_)(id|cod|codigo|code|clave|cve|gid)(_|$)/;

function pickColumn(
  keys: readonly string[],
  wanted: string | undefined,
  test: RegExp,
  level: string,
): number {
  if (wanted !== undefined) return keys.indexOf(labelKey(wanted));
  const candidates = keys.map((k, i) => ({ k, i })).filter(({ k }) => test.test(k));
  const withLevel = candidates.find(({ k }) => k.includes(level));
  return (withLevel ?? candidates[0])?.i ?? -1;
}

/** Builds a list from name/code pairs, skipping blanks and repeated names. */
function build(
  entries: ReadonlyArray<{ code: string; name: string; synonyms?: readonly string[] }>,
  options: BarrioListOptions,
): BarrioListOutcome {
  const warnings: TableError[] = [];
  const codes: Code[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const name = e.name.trim();
    if (name === "" && e.code.trim() === "") continue;
    const id = e.code.trim() || labelKey(name).toUpperCase();
    if (seen.has(id)) {
      warnings.push(
        tableError("disaggregation/invalid-code-list", {
          severity: "warning",
          tags: ["#disaggregation", "#schema"],
          note: `code "${id}" repeated; the first one is kept`,
          params: { reason: "repeated-code", code: id },
        }),
      );
      continue;
    }
    seen.add(id);
    const label = name || id;
    codes.push({
      id,
      label: { es: label, en: label, pt: label },
      ...(e.synonyms?.length ? { synonyms: e.synonyms } : {}),
    });
  }
  if (codes.length === 0) return { ok: false, errors: [invalid("no-codes", "the list has no codes")] };
  const name = options.name ?? "Barrios";
  return {
    ok: true,
    warnings,
    list: {
      id: options.id ?? "barrios",
      dimension: "territory",
      name: { es: name, en: name, pt: name },
      agency: "user",
      source: options.source ?? "city file",
      confidence: "user",
      level: options.level ?? "barrio",
      codes,
    },
  };
}

/**
 * Loads a city's barrio (or sección, comuna) list from CSV text as a territory code list. Codes stay text
 * (leading zeros kept); without a code column, a code is made from the name.
 *
 * @example
 * ```ts
 * const r = barrioListFromCsv("barrio_nombre,comuna_id\nChacarita,02015\nPaternal,02015\n");
 * if (r.ok) r.list.codes.map((c) => c.id); //=> ["CHACARITA", "PATERNAL"]
 * ```
 */
export function barrioListFromCsv(text: string, options: BarrioListOptions = {}): BarrioListOutcome {
  const [header, ...rows] = parseDelimited(text);
  if (!header) return { ok: false, errors: [invalid("empty-file", "the file is empty")] };
  const keys = header.map(labelKey);
  const level = options.level ?? "barrio";
  const nameAt = pickColumn(keys, options.nameColumn, NAME_KEYS, level);
  if (nameAt === -1)
    return {
      ok: false,
      errors: [
        invalid("no-name-column", "no name column", {
          expected: options.nameColumn ?? "barrio_nombre, nombre, name",
          labels: header.join(", "),
        }),
      ],
    };
  let codeAt = -1;
  if (options.codeColumn !== undefined) {
    codeAt = keys.indexOf(labelKey(options.codeColumn));
    if (codeAt === -1)
      return {
        ok: false,
        errors: [
          invalid("no-code-column", "no code column", {
            expected: options.codeColumn,
            labels: header.join(", "),
          }),
        ],
      };
  } else {
    // Only a code column of the same level: `comuna_id` beside `barrio_nombre` is the parent, not the code.
    codeAt = keys.findIndex((k) => CODE_KEYS.test(k) && (k.includes(level) || !NAME_KEYS.test(k)));
  }
  return build(
    rows.map((r) => ({ code: codeAt === -1 ? "" : (r[codeAt] ?? ""), name: r[nameAt] ?? "" })),
    options,
  );
}

const pick = (
  o: Record<string, unknown>,
  wanted: string | undefined,
  test: RegExp,
  level: string,
): string => {
  const keys = Object.keys(o);
  const at = pickColumn(keys.map(labelKey), wanted, test, level);
  const v = at === -1 ? undefined : o[keys[at] as string];
  return typeof v === "string" || typeof v === "number" ? String(v) : "";
};

/**
 * Loads a barrio list from JSON: an array of names, an array of objects (`{ "id": "…", "nombre": "…" }`),
 * an object with `codes`, or a GeoJSON FeatureCollection (its features' properties).
 *
 * @example
 * ```ts
 * const r = barrioListFromJson([{ id: "B01", nombre: "Bombal" }, { id: "B02", nombre: "La Bajada" }]);
 * if (r.ok) r.list.codes[1]?.label.es; //=> "La Bajada"
 * ```
 */
export function barrioListFromJson(json: unknown, options: BarrioListOptions = {}): BarrioListOutcome {
  const level = options.level ?? "barrio";
  let items: unknown[] | null = null;
  if (Array.isArray(json)) items = json;
  else if (typeof json === "object" && json !== null) {
    const o = json as Record<string, unknown>;
    if (Array.isArray(o.features))
      items = o.features.map((f) =>
        typeof f === "object" && f !== null ? (f as { properties?: unknown }).properties : null,
      );
    else if (Array.isArray(o.codes)) items = o.codes;
  }
  if (!items)
    return {
      ok: false,
      errors: [
        invalid("not-a-list", "expected an array, an object with codes, or a GeoJSON FeatureCollection"),
      ],
    };
  const entries = items.map((item) => {
    if (typeof item === "string" || typeof item === "number") return { code: "", name: String(item) };
    if (typeof item !== "object" || item === null) return { code: "", name: "" };
    const o = item as Record<string, unknown>;
    let name = pick(o, options.nameColumn, NAME_KEYS, level);
    if (name === "" && typeof o.label === "object" && o.label !== null)
      name = String((o.label as { es?: unknown }).es ?? "");
    const code =
      options.codeColumn !== undefined || Object.keys(o).some((k) => CODE_KEYS.test(labelKey(k)))
        ? pick(o, options.codeColumn, CODE_KEYS, level)
        : "";
    const synonyms = Array.isArray(o.synonyms)
      ? o.synonyms.filter((s): s is string => typeof s === "string")
      : [];
    return { code, name, synonyms };
  });
  return build(entries, options);
}
