import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { fieldIndex, normaliseKey, reportMissingField } from "../../text";

/** One unit of a territorial code list: a code or a name, or both (plus other spellings). */
export type TerritoryUnit =
  | string
  | { readonly code: string; readonly name?: string; readonly aliases?: readonly string[] };

/** Options of {@link territoryCoverage}. */
export interface TerritoryCoverageOptions {
  /** The column(s) holding the unit's code or name (a row covers a unit when any of them matches). */
  field: string | readonly string[];
  /** Every unit expected in the data, e.g. the 18 departamentos of Mendoza. */
  codeList: readonly TerritoryUnit[];
  /**
   * How values are compared: `true` (default) folds case and accents, ignores punctuation and extra spaces and
   * leading zeros of numeric codes (`Luján de Cuyo` ≡ `LUJAN DE CUYO`, `02001` ≡ `2001`); `false` compares exactly;
   * or a function of your own.
   */
  normalise?: boolean | ((value: string) => string);
  /** Missing units named in the message (default 30; all of them are counted). */
  maxListed?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/**
 * Bias: reports `quality/territory-coverage` listing the units of a territorial code list that have no row
 * (a departamento of Mendoza missing, a comuna with no data), matching codes or names after normalising.
 *
 * @example
 * ```ts
 * const report = await validateTable("departamento,casos\nCapital,3\nGodoy Cruz,1\n", {
 *   checks: [territoryCoverage({ field: "departamento", codeList: ["Capital", "Godoy Cruz", "Luján de Cuyo"] })],
 * });
 * report.tasks[0]?.errors[0]?.params.missing; //=> "Luján de Cuyo"
 * ```
 */
export function territoryCoverage(options: TerritoryCoverageOptions): Check {
  const norm =
    typeof options.normalise === "function"
      ? options.normalise
      : options.normalise === false
        ? (s: string) => s
        : normaliseKey;
  const units = options.codeList.map((u) => (typeof u === "string" ? { code: u } : u));
  const lookup = new Map<string, number[]>();
  const add = (text: string | undefined, unit: number) => {
    if (text === undefined) return;
    const key = norm(text);
    if (key === "") return;
    const list = lookup.get(key);
    if (!list) lookup.set(key, [unit]);
    else if (!list.includes(unit)) list.push(unit);
  };
  units.forEach((u, i) => {
    add(u.code, i);
    add(u.name, i);
    for (const alias of u.aliases ?? []) add(alias, i);
  });
  const names = typeof options.field === "string" ? [options.field] : [...options.field];
  let indexes: number[] = [];
  let missingFields: string[] = [];
  let covered = new Uint8Array(units.length);
  const unmatched = new Set<string>();
  const seen = new Map<string, number[] | null>();

  return {
    name: "quality/territory-coverage",
    onStart(ctx) {
      indexes = [];
      missingFields = [];
      for (const name of names) {
        const i = fieldIndex(ctx, name);
        if (i < 0) missingFields.push(name);
        else indexes.push(i);
      }
      covered = new Uint8Array(units.length);
      unmatched.clear();
      seen.clear();
    },
    onRow(row) {
      if (row.blank) return;
      for (const i of indexes) {
        const cell = row.cells[i];
        if (cell === undefined || cell.trim() === "") continue;
        let hit = seen.get(cell);
        if (hit === undefined) {
          hit = lookup.get(norm(cell)) ?? null;
          if (seen.size < 10_000) seen.set(cell, hit);
        }
        if (hit) for (const u of hit) covered[u] = 1;
        else if (unmatched.size < 10_000) unmatched.add(norm(cell));
      }
    },
    onFinish(ctx) {
      for (const name of missingFields) reportMissingField(ctx, "quality/territory-coverage", name);
      if (indexes.length === 0) return;
      const missing = units.filter((_, i) => covered[i] === 0);
      if (missing.length === 0) return;
      const listed = options.maxListed ?? 30;
      const label = (u: (typeof units)[number]) => u.name ?? u.code;
      const text = missing.slice(0, listed).map(label).join(", ") + (missing.length > listed ? ", …" : "");
      const first = indexes[0] as number;
      ctx.report(
        tableError("quality/territory-coverage", {
          severity: options.severity ?? "warning",
          tags: ["#table", "#bias"],
          fieldNumber: first + 1,
          fieldName: ctx.fields[first]?.name ?? names[0] ?? null,
          note: `${missing.length} of ${units.length} units without rows`,
          params: {
            missing: text,
            missingCodes: missing.map((u) => u.code).join(","),
            missingCount: missing.length,
            total: units.length,
            coverage: Math.round(((units.length - missing.length) / units.length) * 1000) / 10,
            unmatched: unmatched.size,
            hint: phrase(ctx.lang, "territory-coverage.hint"),
          },
        }),
      );
    },
  };
}
