import { createNormaliser, type Normaliser } from "../normalise/normaliser";
import type { Standard } from "../standard/schema";
import { mendozaStandard } from "../standard/standard";
import { foldValue, labelKey } from "../text";

/** A column whose values are codes of a dimension (long layout: `sexo` = F, M…). */
export interface LongColumn {
  dimension: string;
  /** 0-based position of the column. */
  index: number;
  label: string;
  /** How it was found: by its header, or by the schema field's `x-disaggregation` annotation. */
  via: "label" | "schema";
}

/** One column of a wide layout: its header is a category (`Varón`, `sexo_mujer`, `edad_0-4`). */
export interface WidePart {
  index: number;
  label: string;
  code: string;
}

/** Columns that split one measure by a dimension (`Varón`, `Mujer` and their `Total`). */
export interface WideGroup {
  dimension: string;
  /** The folded prefix shared by the labels (`sexo`, `edad`), `""` for bare labels (`Varón`). */
  prefix: string;
  parts: WidePart[];
  total: { index: number; label: string } | null;
}

/** Where the dimensions of a table are: value columns (long) and category columns (wide). */
export interface Layout {
  long: LongColumn[];
  wide: WideGroup[];
}

/** Options of {@link detectLayout}. */
export interface DetectOptions {
  /** Standard whose dimensions and column names are used (default: the Mendoza standard). */
  standard?: Standard;
  /** Schema fields, read for `x-disaggregation` (or `disaggregation`) annotations. */
  fields?: readonly unknown[];
}

const QUALIFIERS = new Set(
  "id cod codigo code nombre name nom desc descripcion cve clave key de del la el los las indec inegi ibge residencia domicilio victima persona paciente beneficiario titular registrado registrada al nacer actual declarado declarada hecho ocurrencia".split(
    " ",
  ),
);
const TOTALS = new Set(["total", "totales", "total_general", "ambos_sexos", "total_pais"]);
const BARE_DIMENSIONS = ["sex", "age", "gender_identity"] as const;

/** Splits camelCase before folding: `provinciaId` → `provincia_id`. */
const keyOf = (label: string) => labelKey(label.replace(/(\p{Ll})(\p{Lu})/gu, "$1_$2"));

let defaultStandard: Standard | null = null;
const standardOf = (s: Standard | undefined): Standard => {
  if (s) return s;
  if (!defaultStandard) defaultStandard = mendozaStandard();
  return defaultStandard;
};

const cache = new WeakMap<Standard, Map<string, Normaliser>>();
const normaliserOf = (standard: Standard, dimension: string): Normaliser => {
  let byDim = cache.get(standard);
  if (!byDim) {
    byDim = new Map();
    cache.set(standard, byDim);
  }
  let n = byDim.get(dimension);
  if (!n) {
    n = createNormaliser(dimension, { standard });
    byDim.set(dimension, n);
  }
  return n;
};

/** The annotation of a schema field: a dimension name, or `{ dimension, code }` for a wide column. */
function annotation(field: unknown): { dimension: string; code?: string } | null {
  if (typeof field !== "object" || field === null) return null;
  const f = field as Record<string, unknown>;
  const a = f["x-disaggregation"] ?? f.disaggregation;
  if (typeof a === "string" && a !== "") return { dimension: a };
  if (typeof a === "object" && a !== null && typeof (a as { dimension?: unknown }).dimension === "string") {
    const o = a as { dimension: string; code?: unknown };
    return typeof o.code === "string" ? { dimension: o.dimension, code: o.code } : { dimension: o.dimension };
  }
  return null;
}

/** Whether a key is a dimension's column name, alone or with qualifiers (`codigo_departamento`, `provincia_id`). */
function longMatch(key: string, synonyms: readonly string[]): boolean {
  for (const syn of synonyms) {
    if (key === syn) return true;
    const at = `_${key}_`.indexOf(`_${syn}_`);
    if (at === -1) continue;
    const rest = `${key.slice(0, at)}_${key.slice(at + syn.length)}`.split("_").filter(Boolean);
    if (rest.every((p) => QUALIFIERS.has(p))) return true;
  }
  return false;
}

/**
 * Finds where each dimension of the standard is in a header: columns of codes (`sexo`, `Rango de edad`,
 * `departamentoId`), and wide groups whose headers are categories (`Varón`/`Mujer`/`Total`,
 * `sexo_varon`…`sexo_total`, `edad_0-4`…`edad_95-mas`/`edad_total`). Schema annotations win.
 *
 * @example
 * ```ts
 * const layout = detectLayout(["Código", "Varón", "Mujer", "Total"]);
 * layout.wide[0]; //=> { dimension: "sex", prefix: "", parts: [{ index: 1, label: "Varón", code: "M" }, { index: 2, label: "Mujer", code: "F" }], total: { index: 3, label: "Total" } }
 * ```
 */
export function detectLayout(labels: readonly string[], options: DetectOptions = {}): Layout {
  const standard = standardOf(options.standard);
  const dims = Object.entries(standard.dimensions).map(([id, spec]) => ({
    id,
    synonyms: [...new Set([id, ...spec.columns].map(keyOf))].sort((a, b) => b.length - a.length),
  }));
  const long: LongColumn[] = [];
  const groups = new Map<string, WideGroup>();
  const group = (dimension: string, prefix: string) => {
    const k = `${dimension}\u0000${prefix}`;
    let g = groups.get(k);
    if (!g) {
      g = { dimension, prefix, parts: [], total: null };
      groups.set(k, g);
    }
    return g;
  };
  const bareTotals: Array<{ index: number; label: string }> = [];
  const taken = new Set<number>();

  labels.forEach((label, index) => {
    const note = annotation(options.fields?.[index]);
    if (!note) return;
    taken.add(index);
    if (note.code === undefined) long.push({ dimension: note.dimension, index, label, via: "schema" });
    else if (note.code === "_T") group(note.dimension, "schema").total = { index, label };
    else group(note.dimension, "schema").parts.push({ index, label, code: note.code });
  });

  labels.forEach((label, index) => {
    if (taken.has(index)) return;
    const key = keyOf(label);
    if (key === "") return;
    const folded = foldValue(label.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"));
    // Wide with a prefix: "sexo_varon", "edad_0-4", "edad_total".
    for (const dim of dims) {
      for (const syn of dim.synonyms) {
        if (!key.startsWith(`${syn}_`)) continue;
        const restFolded = folded.replace(new RegExp(`^${syn.replace(/_/g, "[ _-]?")}[ _:-]*`), "");
        const restKey = key.slice(syn.length + 1);
        if (TOTALS.has(restKey)) {
          group(dim.id, syn).total = { index, label };
          return;
        }
        const r = normaliserOf(standard, dim.id)(restFolded);
        if (r.code !== null && r.rule !== "missing" && restFolded !== "") {
          group(dim.id, syn).parts.push({ index, label, code: r.code });
          return;
        }
      }
    }
    // Long: the header names the dimension.
    for (const dim of dims)
      if (longMatch(key, dim.synonyms)) {
        long.push({ dimension: dim.id, index, label, via: "label" });
        return;
      }
    if (TOTALS.has(key)) {
      bareTotals.push({ index, label });
      return;
    }
    // Wide with bare labels: "Varón", "Mujer", "0 a 4 años", "Mujer trans".
    // A bare number is a year or a count, not an age band; "65+" is the open band.
    const openBand = /^\d+\s*\+$/.test(label.trim());
    for (const dimension of BARE_DIMENSIONS) {
      if (!standard.dimensions[dimension] || (key.length < 3 && !openBand)) continue;
      const r = normaliserOf(standard, dimension)(label);
      if (r.code === null || r.code.startsWith("_")) continue;
      if (dimension === "age" && (r.rule !== "pattern" || (/^\d+$/.test(key) && !openBand))) continue;
      if (dimension === "sex" && r.rule !== "synonym") continue;
      if (dimension === "gender_identity" && !/trans|binari|travesti/.test(key)) continue;
      group(dimension, "").parts.push({ index, label, code: r.code });
      return;
    }
  });
  const wide = [...groups.values()].filter((g) => g.parts.length > 0);
  const bare = wide.filter((g) => g.prefix === "" && g.total === null);
  for (const t of bareTotals) {
    const g = bare.shift();
    if (g) g.total = t;
  }
  return { long, wide };
}

/**
 * The dimensions a header carries, one entry per column that carries one (the hook `@ciudata/quality`'s
 * required-dimensions check calls when this package is installed).
 *
 * @example
 * ```ts
 * detectDimensions(["Código", "Varón", "Mujer", "Total"]);
 * //=> [{ dimension: "sex", label: "Varón" }, { dimension: "sex", label: "Mujer" }, { dimension: "sex", label: "Total" }]
 * detectDimensions(["Sexo", "Rango de edad", "Entidad"]).map((d) => d.dimension); //=> ["sex", "age", "territory"]
 * ```
 */
export function detectDimensions(
  labels: readonly string[],
  options: DetectOptions = {},
): Array<{ dimension: string; label: string }> {
  const layout = detectLayout(labels, options);
  const found: Array<{ dimension: string; label: string; index: number }> = layout.long.map((c) => ({
    dimension: c.dimension,
    label: c.label,
    index: c.index,
  }));
  for (const g of layout.wide) {
    for (const p of g.parts) found.push({ dimension: g.dimension, label: p.label, index: p.index });
    if (g.total) found.push({ dimension: g.dimension, label: g.total.label, index: g.total.index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ dimension, label }) => ({ dimension, label }));
}
