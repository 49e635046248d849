import type { FieldStats, Records, StandardiseStats } from "../types";
import { type Column, cached, own, shared } from "./column";
import { type LinkMapping, mappedColumns, parseLinkMapping } from "./mapping";
import { type StandardiseOptions, standardiseColumns } from "./standardise";

/** Standardises a side while its rows are read (see {@link createStandardiser}). */
export interface Standardiser {
  /** One chunk of rows: the mapped cells column by column, in `mappedColumns(mapping)` order (consumed). */
  add(columns: string[][]): void;
  /** The records of every row added, as `standardiseColumns` makes them from all the rows at once. */
  finish(): Records;
}

/** The mapping options that go with a role (its format, order, letters or country). */
const OPTIONS_OF: Readonly<Record<string, readonly (keyof LinkMapping)[]>> = {
  fullName: ["nameOrder"],
  birthDate: ["dateFormat"],
  sex: ["sexLetters", "idType"],
  nationalId: ["idType"],
  phone: ["phoneCountry"],
};

/** Roles standardised together (the name columns are one whole). */
const NAME_ROLES = ["fullName", "givenNames", "surname1", "surname2", "surnames"];

/** Order of the statistics as one pass over whole columns writes them. */
const STATS_ORDER = [
  ...NAME_ROLES,
  "birthDate",
  "sex",
  "nationalId",
  "phone",
  "address",
  "postcode",
  "locality",
];

/** Fields each role group writes, for their order in `Records.fields`: names, then dates, then sex. */
const NAME_FIELDS = new Set([
  "given",
  "given1",
  "given1Phon",
  "surname1",
  "surname1Phon",
  "surnames",
  "surname2",
  "surname2Phon",
  "fullName",
]);
const DATE_FIELDS = new Set(["birthDate", "birthYear", "birthMonthDay"]);
const groupOf = (field: string): number =>
  NAME_FIELDS.has(field) ? 0 : DATE_FIELDS.has(field) ? 1 : field === "sex" ? 2 : 3;

/**
 * The roles that need their whole column before any value is read: the id (unique over the side), and a
 * full name, birth date or sex whose order, format or letters are decided from all the values.
 */
function wholeColumnRoles(map: LinkMapping): Set<string> {
  const whole = new Set(["id"]);
  if (map.fullName !== undefined && (map.nameOrder ?? "auto") === "auto")
    for (const r of NAME_ROLES) whole.add(r);
  if (map.birthDate !== undefined && (map.dateFormat ?? "auto") === "auto") whole.add("birthDate");
  if (map.sex !== undefined && map.sexLetters === undefined) whole.add("sex");
  return whole;
}

/** The mapping restricted to some roles, with the options that go with them. */
function restrict(map: LinkMapping, keep: (role: string) => boolean): LinkMapping {
  const out: Record<string, unknown> = {};
  for (const { role, column } of mappedColumns(map)) {
    if (!keep(role) || role.startsWith("extra.")) continue;
    out[role] = column;
    for (const option of OPTIONS_OF[role] ?? []) if (map[option] !== undefined) out[option] = map[option];
  }
  if (map.extra !== undefined && Object.keys(map.extra).some((name) => keep(`extra.${name}`))) {
    out.extra = Object.fromEntries(Object.entries(map.extra).filter(([name]) => keep(`extra.${name}`)));
  }
  return out as LinkMapping;
}

/**
 * Standardises one side chunk by chunk while it is read, giving the same records as
 * `standardiseColumns` over the whole columns: roles whose reading is decided up front (declared
 * formats, IDs, phones, addresses, names in a declared order…) are standardised as each chunk arrives, so
 * a million raw cells are never held; the id, and a full name, birth date or sex to be detected from all
 * the values, keep their cells (repeated ones shared) until `finish`. `expectedRows` (an upper bound,
 * such as the file's line count) sizes the side's columns once.
 *
 * @example
 * ```ts
 * const side = createStandardiser({ id: "id", fullName: "nombre", nameOrder: "surnames-first" }, { source: "a" });
 * side.add([["7"], ["Pérez García, María José"]]);
 * side.finish().fields.surname2?.[0]; //=> "GARCIA"
 * ```
 */
export function createStandardiser(
  mapping: LinkMapping,
  options: StandardiseOptions,
  expectedRows = 0,
): Standardiser {
  const map = parseLinkMapping(mapping);
  const roles = mappedColumns(map).map((r) => r.role);
  const whole = wholeColumnRoles(map);
  const streamedMap = restrict(map, (role) => !whole.has(role));
  const wholeMap = restrict(map, (role) => whole.has(role));
  const streamed = roles.flatMap((role, k) => (whole.has(role) ? [] : [k]));
  const kept = roles.flatMap((role, k) => (whole.has(role) ? [k] : []));
  // Kept cells repeat (names, dates, sex letters): one string each while they do.
  const keptCells = kept.map(() => ({ cells: [] as string[], keep: cached(own) }));
  // Each chunk's values go straight into the side's columns (sized for the rows expected, grown if
  // more come), so chunks are let go as soon as they are read: no second copy of the side at the end.
  const sideColumns = new Map<string, Column>();
  let capacity = Math.max(0, expectedRows);
  const statsOf: Records[] = [];
  // Repeated values (names, dates) get one string for the whole side, and memos live across chunks.
  const share = shared();
  let rows = 0;

  const append = (part: Records, count: number) => {
    if (rows + count > capacity) {
      capacity = Math.max(rows + count, Math.ceil(capacity * 1.5));
      for (const [name, column] of sideColumns) {
        const grown: Column = new Array(capacity);
        for (let i = 0; i < rows; i++) grown[i] = column[i] as string | null;
        sideColumns.set(name, grown);
      }
    }
    for (const [name, values] of Object.entries(part.fields)) {
      let column = sideColumns.get(name);
      if (column === undefined) {
        column = new Array(capacity);
        sideColumns.set(name, column);
      }
      for (let i = 0; i < count; i++) column[rows + i] = values[i] as string | null;
    }
    statsOf.push({ ...part, fields: {} });
  };

  return {
    add(columns) {
      const count = columns[0]?.length ?? 0;
      if (count === 0) return;
      kept.forEach((k, n) => {
        const { cells, keep } = keptCells[n] as { cells: string[]; keep: (v: string) => string };
        for (const cell of columns[k] as readonly string[]) cells.push(keep(cell));
      });
      if (streamed.length > 0)
        append(
          standardiseColumns(
            streamed.map((k) => columns[k] as string[]),
            streamedMap,
            options,
            { rows: count, shared: share, ids: false },
          ),
          count,
        );
      rows += count;
    },
    finish() {
      const rest = standardiseColumns(
        keptCells.map((c) => c.cells),
        wholeMap,
        options,
        { rows },
      );
      keptCells.length = 0;
      // Cut to the rows read (V8 trims an array's tail in place).
      for (const column of sideColumns.values()) column.length = rows;
      return merge(rest, sideColumns, statsOf.splice(0), rows);
    },
  };
}

/** The records of the whole-column roles and of the streamed columns, as one side. */
function merge(rest: Records, columns: Map<string, Column>, parts: Records[], rows: number): Records {
  const fields: Record<string, Column> = {};
  const names = [...Object.keys(rest.fields), ...columns.keys()];
  // Stable: each group's fields keep the order their reading writes them in.
  names.sort((a, b) => groupOf(a) - groupOf(b));
  for (const name of names) fields[name] = (rest.fields[name] ?? columns.get(name)) as Column;
  return { ...rest, fields, stats: mergeStats(rest.stats, parts, rows) };
}

/** Counts of the chunks summed per column, with what the whole columns read, in one pass's order. */
function mergeStats(
  rest: StandardiseStats | undefined,
  parts: readonly Records[],
  rows: number,
): StandardiseStats {
  const byRole = new Map<string, FieldStats>();
  for (const s of rest?.fields ?? []) byRole.set(s.role, s);
  for (const part of parts)
    for (const s of part.stats?.fields ?? []) {
      const sum = byRole.get(s.role);
      byRole.set(s.role, sum === undefined ? { ...s } : addCounts(sum, s));
    }
  const rank = (role: string) => {
    const k = STATS_ORDER.indexOf(role);
    return k === -1 ? STATS_ORDER.length : k;
  };
  const fields = [...byRole.values()].sort((a, b) => rank(a.role) - rank(b.role));
  const first = parts[0]?.stats;
  const nameOrder = rest?.nameOrder ?? first?.nameOrder;
  const dateFormat = rest?.dateFormat ?? first?.dateFormat;
  const sexLetters = rest?.sexLetters ?? first?.sexLetters;
  const commas = parts.reduce((n, p) => n + (p.stats?.nameOrder?.commas ?? 0), 0);
  return {
    rows,
    fields,
    ...(nameOrder === undefined
      ? {}
      : { nameOrder: rest?.nameOrder === undefined ? { ...nameOrder, commas } : nameOrder }),
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(sexLetters === undefined ? {} : { sexLetters }),
  };
}

function addCounts(sum: FieldStats, s: FieldStats): FieldStats {
  const out: FieldStats = { ...sum, values: sum.values + s.values, nulls: sum.nulls + s.nulls };
  for (const key of ["invalid", "unparsed", "dayMonthAmbiguous"] as const) {
    if (sum[key] !== undefined || s[key] !== undefined) out[key] = (sum[key] ?? 0) + (s[key] ?? 0);
  }
  return out;
}
