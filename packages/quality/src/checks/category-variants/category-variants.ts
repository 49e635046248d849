import { type Check, type CheckContext, type Field, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import {
  type CountedColumn,
  countAccents,
  countedColumns,
  type DistinctCounter,
  fingerprint,
  foldText,
  looksPersonalField,
  ngramFingerprint,
  reportDistinctLimit,
  reportMissingField,
  showValue,
} from "../../text";
import { countRow } from "../_shared/columns";
import { mergeDistinctCells } from "../_shared/distinct-cells";
import { rangePlan } from "../_shared/in-ranges";

/**
 * Spellings that name the same thing but share no fingerprint: the Argentine publishing guide's own example
 * (`Ciudad Autónoma de Buenos Aires` / `CABA` / `Capital Federal` / `Ciudad de Buenos Aires`), Tierra del Fuego's
 * long and short names, and Mexico City's current and former names.
 */
export const DEFAULT_CATEGORY_SYNONYMS: readonly (readonly string[])[] = Object.freeze([
  Object.freeze([
    "Ciudad Autónoma de Buenos Aires",
    "CABA",
    "Capital Federal",
    "Ciudad de Buenos Aires",
    "Ciudad Autónoma de Bs. As.",
    "Cdad. Autónoma de Buenos Aires",
  ]),
  Object.freeze(["Tierra del Fuego, Antártida e Islas del Atlántico Sur", "Tierra del Fuego"]),
  Object.freeze(["Ciudad de México", "CDMX", "Distrito Federal", "México, D.F.", "México D.F."]),
]);

/** Options of {@link categoryVariants}. */
export interface CategoryVariantsOptions {
  /** Columns to check. Default: every text column whose name does not suggest personal data. */
  fields?: readonly string[];
  /** Distinct spellings a cluster needs to be reported (default 2). */
  minClusterSize?: number;
  /** Size of the character n-grams of the second pass, or `false` to skip it (default 2). */
  ngram?: number | false;
  /** Groups of equivalent spellings (default {@link DEFAULT_CATEGORY_SYNONYMS}; pass `[]` for none). */
  synonyms?: readonly (readonly string[])[];
  /** Distinct values kept per column (memory bound, default 5000); past it `quality/distinct-limit` is reported. */
  maxDistinct?: number;
  /** Clusters reported per column, the biggest first (default 20). */
  maxClusters?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/** One cluster of spellings found by {@link clusterVariants}. */
export interface VariantCluster {
  /** The spellings with their counts, most frequent first. */
  variants: { value: string; count: number; firstRow: number }[];
  /** The spelling to keep: most frequent, ties → longest, then most accented. */
  suggestion: string;
  /** How the spellings were joined: `fingerprint`, `ngram`, `synonym`. */
  methods: string[];
}

const TEXT_FORMATS_SKIPPED = new Set(["email", "uri", "uuid", "binary", "wkt"]);

/** Values counted: every non-empty one (asked once per distinct cell). */
const notEmpty = (value: string) => value !== "";

const isCategoryField = (f: Field) =>
  (f.type === undefined || f.type === "string" || f.type === "any") &&
  !TEXT_FORMATS_SKIPPED.has(String(f.format ?? "default")) &&
  !looksPersonalField(f.name);

/**
 * Clusters distinct spellings of one column: key-collision fingerprint, then character n-gram fingerprint,
 * then the synonym groups. Used by {@link categoryVariants}; handy on its own for a list of values.
 *
 * @example
 * ```ts
 * clusterVariants(new Map([["CABA", 3], ["Capital Federal", 2], ["Mendoza", 5]]))[0]?.suggestion; //=> "CABA"
 * ```
 */
export function clusterVariants(
  counts: ReadonlyMap<string, number | { count: number; firstRow: number }>,
  options: Pick<CategoryVariantsOptions, "minClusterSize" | "ngram" | "synonyms"> = {},
): VariantCluster[] {
  const entries = [...counts].map(([value, c]) =>
    typeof c === "number"
      ? { value, count: c, firstRow: 0 }
      : { value, count: c.count, firstRow: c.firstRow },
  );
  const parent = entries.map((_, i) => i);
  const methods = entries.map(() => new Set<string>());
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number, method: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[rb] = ra;
      for (const m of methods[rb] as Set<string>) (methods[ra] as Set<string>).add(m);
    }
    (methods[ra] as Set<string>).add(method);
  };
  const byKey = (key: (v: string) => string | null, method: string) => {
    const seen = new Map<string, number>();
    entries.forEach((e, i) => {
      const k = key(e.value);
      if (k === null || k === "") return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else union(first, i, method);
    });
  };

  byKey(fingerprint, "fingerprint");
  const n = options.ngram ?? 2;
  if (n !== false) byKey((v) => ngramKey(v, n), "ngram");
  const synonyms = options.synonyms ?? DEFAULT_CATEGORY_SYNONYMS;
  if (synonyms.length) {
    const group = new Map<string, number>();
    synonyms.forEach((names, g) => {
      for (const name of names) group.set(fingerprint(name), g);
    });
    byKey((v) => {
      const g = group.get(fingerprint(v));
      return g === undefined ? null : `synonym:${g}`;
    }, "synonym");
  }

  const clusters = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const r = find(i);
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  });
  const minSize = Math.max(2, options.minClusterSize ?? 2);
  const out: VariantCluster[] = [];
  for (const [root, members] of clusters) {
    if (members.length < minSize) continue;
    const variants = members.map((i) => entries[i] as (typeof entries)[number]).sort(bySuggestion);
    out.push({
      variants,
      suggestion: (variants[0] as (typeof variants)[number]).value,
      methods: [...(methods[root] as Set<string>)].sort(),
    });
  }
  return out.sort((a, b) => total(b) - total(a));
}

const total = (c: VariantCluster) => c.variants.reduce((s, v) => s + v.count, 0);

/** N-gram key, only for values long enough and mostly letters (codes like `0101`/`1010` would collide). */
function ngramKey(value: string, n: number): string | null {
  const compact = foldText(value).replace(/[^\p{L}\p{N}]+/gu, "");
  const letters = compact.replace(/\p{N}/gu, "").length;
  if (compact.length < Math.max(4, n + 2) || letters * 2 < compact.length) return null;
  return ngramFingerprint(value, n);
}

/** Most frequent first; ties → longest, then most accented, then not ALL CAPS, then alphabetical. */
function bySuggestion(a: { value: string; count: number }, b: { value: string; count: number }): number {
  return (
    b.count - a.count ||
    b.value.length - a.value.length ||
    countAccents(b.value) - countAccents(a.value) ||
    Number(isAllCaps(a.value)) - Number(isAllCaps(b.value)) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

const isAllCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * Consistency: finds categories spelled several ways in a column (`CABA`, `Capital Federal`,
 * `Ciudad Autónoma de Buenos Aires`; `Córdoba`/`CORDOBA`; `Villa Crespo`/`VillaCrespo`) by OpenRefine-style
 * key-collision and n-gram fingerprints plus a synonym map, and reports `quality/category-variants` once per
 * cluster with the counts of each spelling and a suggested canonical value. Memory is bounded by `maxDistinct`.
 *
 * @example
 * ```ts
 * const report = await validateTable("provincia\nCABA\nCapital Federal\nCiudad Autónoma de Buenos Aires\nCABA\n", {
 *   schema: { fields: [{ name: "provincia", type: "string" }] },
 *   checks: [categoryVariants()],
 * });
 * report.tasks[0]?.errors[0]?.params.suggestion; //=> "CABA"
 * ```
 */
export function categoryVariants(options: CategoryVariantsOptions = {}): Check {
  const limit = options.maxDistinct ?? 5000;
  const maxClusters = options.maxClusters ?? 20;
  let columns: CountedColumn[] = [];
  let missing: string[] = [];

  return {
    name: "quality/category-variants",
    onStart(ctx) {
      ({ columns, missing } = countedColumns(ctx, options.fields, limit, isCategoryField));
    },
    onRow: (row) => countRow(columns, row, notEmpty),
    // In a parallel read, each range keeps its distinct cells; they are counted here in file order.
    inRanges: () => rangePlan("distinctCellsRange", { indexes: columns.map((c) => c.index), limit }),
    mergeRanges: (ranges) => mergeDistinctCells(columns, ranges, notEmpty),
    onFinish(ctx) {
      for (const name of missing) reportMissingField(ctx, "quality/category-variants", name);
      for (const c of columns) reportColumn(ctx, c.index, c.counter);
    },
  };

  function reportColumn(ctx: CheckContext, index: number, counter: DistinctCounter): void {
    const field = ctx.fields[index];
    const name = field?.name ?? ctx.labels[index] ?? "";
    if (counter.capped) reportDistinctLimit(ctx, "quality/category-variants", index, name, limit);
    const clusters = clusterVariants(counter.values, options).slice(0, maxClusters);
    for (const cluster of clusters) {
      const show = (v: string) => showValue(v, name, ctx.mask, false, index);
      const rows = total(cluster);
      const firstOther = cluster.variants.slice(1).reduce((m, v) => Math.min(m, v.firstRow), Infinity);
      ctx.report(
        tableError("quality/category-variants", {
          severity: options.severity ?? "warning",
          tags: ["#table", "#consistency"],
          fieldNumber: index + 1,
          fieldName: name,
          note: `${cluster.variants.length} spellings of one category (${cluster.methods.join("+")})`,
          params: {
            variants: cluster.variants.map((v) => `«${show(v.value)}» (${v.count})`).join(", "),
            variantsJson: JSON.stringify(
              cluster.variants.map((v) => ({ value: show(v.value), count: v.count })),
            ),
            variantCount: cluster.variants.length,
            rows,
            suggestion: show(cluster.suggestion),
            method: cluster.methods.join("+"),
            firstRow: Number.isFinite(firstOther) ? firstOther : null,
            capped: counter.capped,
            expected: show(cluster.suggestion),
            hint: phrase(ctx.lang, "category-variants.hint"),
          },
        }),
      );
    }
  }
}
