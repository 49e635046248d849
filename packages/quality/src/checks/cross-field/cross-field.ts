import { type Check, type CheckContext, type RowView, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { fieldIndex, reportMissingField, showValue } from "../../text";
import { toMillis } from "../freshness/time";

/**
 * A rule between columns of the same row. Rows where a value is missing or failed its type are skipped.
 * - `{ before: "fecha_nacimiento", after: "fecha_alta" }`: `fecha_alta` is not before `fecha_nacimiento`
 *   (equal is fine unless `strict`).
 * - `{ lte: ["girado", "devengado", "pim"] }`: each value ≤ the next (`lt` for strictly less).
 * - `{ sum: ["varon", "mujer"], equals: "total" }`: the parts add up to the total (± `tolerance`).
 */
export type CrossFieldRule =
  | { readonly before: string; readonly after: string; readonly strict?: boolean; readonly label?: string }
  | { readonly lte: readonly string[]; readonly label?: string }
  | { readonly lt: readonly string[]; readonly label?: string }
  | {
      readonly sum: readonly string[];
      readonly equals: string;
      readonly tolerance?: number;
      readonly label?: string;
    };

/** Options of {@link crossField}. */
export interface CrossFieldOptions {
  rules: readonly CrossFieldRule[];
  /** Default `"error"`. */
  severity?: "error" | "warning";
}

/**
 * Compares two cast values of any ordered type (numbers, bigints, `Decimal`, `PlainDate`, `Date`, `yearmonth`,
 * ISO date or numeric text): -1, 0, 1, or `null` when they cannot be compared.
 *
 * @example
 * ```ts
 * compareValues(new PlainDate(2024, 1, 1), new PlainDate(2023, 12, 31)); //=> 1
 * compareValues(Decimal.from("10.50"), 10.5); //=> 0
 * ```
 */
export function compareValues(a: unknown, b: unknown): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const da = decimalLike(a);
  if (da && (typeof b === "number" || typeof b === "bigint" || decimalLike(b)))
    return nanToNull(da.compare(b));
  const db = decimalLike(b);
  if (db && (typeof a === "number" || typeof a === "bigint")) return nanToNull(-db.compare(a));
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint"))
    return Number.isNaN(a) || Number.isNaN(b) ? null : a < b ? -1 : a > b ? 1 : 0;
  const ta = toMillis(a);
  const tb = toMillis(b);
  if (ta !== null && tb !== null) return Math.sign(ta - tb);
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== null && nb !== null) return Math.sign(na - nb);
  return null;
}

interface DecimalLike {
  compare(other: unknown): number;
  toNumber(): number;
}
const decimalLike = (v: unknown): DecimalLike | null =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as DecimalLike).compare === "function" &&
  typeof (v as DecimalLike).toNumber === "function"
    ? (v as DecimalLike)
    : null;
const nanToNull = (n: number) => (Number.isNaN(n) ? null : Math.sign(n));

/** A finite JS number from a cast value, or `null`. */
function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  const d = decimalLike(v);
  if (d) {
    const n = d.toNumber();
    return Number.isFinite(n) ? n : null;
  }
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/u.test(v)) return Number(v);
  return null;
}

interface Compiled {
  kind: "order" | "sum";
  fields: number[];
  names: string[];
  strict: boolean;
  total: number;
  tolerance: number;
  text: string;
}

/**
 * Consistency between columns of a row: dates in order (`fecha_alta` not before `fecha_nacimiento`), amounts in
 * order (`devengado ≤ pim`), parts adding up to a total (`varon + mujer = total`). Reports one
 * `quality/cross-field` per broken rule and row, on the later column of the pair; cells of columns that look
 * personal are masked.
 *
 * @example
 * ```ts
 * const report = await validateTable("fecha_nacimiento,fecha_alta\n1990-05-01,2020-01-01\n2001-03-01,2000-01-01\n", {
 *   schema: { fields: [{ name: "fecha_nacimiento", type: "date" }, { name: "fecha_alta", type: "date" }] },
 *   checks: [crossField({ rules: [{ before: "fecha_nacimiento", after: "fecha_alta" }] })],
 * });
 * flatten(report, ["rowNumber", "fieldNumber", "type"]); //=> [[3, 2, "quality/cross-field"]]
 * ```
 */
export function crossField(options: CrossFieldOptions): Check {
  for (const rule of options.rules) {
    const list = "lte" in rule ? rule.lte : "lt" in rule ? rule.lt : "sum" in rule ? rule.sum : null;
    if (list !== null && list.length < ("sum" in rule ? 1 : 2))
      throw new RangeError("crossField: lte/lt rules need at least two columns, sum rules at least one");
  }
  let compiled: Compiled[] = [];
  let missing: string[] = [];

  return {
    name: "quality/cross-field",
    onStart(ctx) {
      compiled = [];
      const absent = new Set<string>();
      for (const rule of options.rules) {
        const c = compile(ctx, rule, absent);
        if (c) compiled.push(c);
      }
      missing = [...absent];
    },
    onRow(row, ctx) {
      if (row.blank) return;
      for (const rule of compiled) {
        if (rule.kind === "sum") checkSum(rule, row, ctx);
        else checkOrder(rule, row, ctx);
      }
    },
    onFinish(ctx) {
      for (const name of missing) reportMissingField(ctx, "quality/cross-field", name);
    },
  };

  function checkOrder(rule: Compiled, row: RowView, ctx: CheckContext): void {
    for (let k = 0; k + 1 < rule.fields.length; k++) {
      const a = rule.fields[k] as number;
      const b = rule.fields[k + 1] as number;
      const cmp = compareValues(row.values[a], row.values[b]);
      if (cmp === null) continue;
      if (cmp < 0 || (cmp === 0 && !rule.strict)) continue;
      report(ctx, row, rule, [a, b], b);
    }
  }

  function checkSum(rule: Compiled, row: RowView, ctx: CheckContext): void {
    let sum = 0;
    for (const i of rule.fields) {
      const n = toNumber(row.values[i]);
      if (n === null) return;
      sum += n;
    }
    const total = toNumber(row.values[rule.total]);
    if (total === null) return;
    const slack = rule.tolerance + 1e-9 * Math.max(1, Math.abs(total));
    if (Math.abs(sum - total) <= slack) return;
    report(ctx, row, rule, [...rule.fields, rule.total], rule.total, sum);
  }

  function report(
    ctx: CheckContext,
    row: RowView,
    rule: Compiled,
    involved: number[],
    at: number,
    sum?: number,
  ): void {
    const nameOf = (i: number) => ctx.fields[i]?.name ?? ctx.labels[i] ?? `field${i + 1}`;
    const shown = (i: number) => showValue(row.cells[i] ?? "", nameOf(i), ctx.mask, false, i);
    const received = involved.map((i) => `${nameOf(i)} = ${shown(i)}`).join("; ");
    const cell = shown(at);
    ctx.report(
      tableError("quality/cross-field", {
        severity: options.severity ?? "error",
        tags: ["#table", "#row", "#consistency"],
        rowNumber: row.rowNumber,
        fieldNumber: at + 1,
        fieldName: nameOf(at),
        cell,
        note: `rule ${rule.text} broken`,
        params: {
          rule: rule.text,
          fields: involved.map(nameOf).join(","),
          expected: rule.text,
          received,
          sum: sum === undefined ? null : sum,
          masked: cell !== (row.cells[at] ?? ""),
          hint: phrase(ctx.lang, "cross-field.hint"),
        },
      }),
    );
  }
}

function compile(ctx: CheckContext, rule: CrossFieldRule, absent: Set<string>): Compiled | null {
  const resolve = (names: readonly string[]) => {
    const idx = names.map((n) => fieldIndex(ctx, n));
    names.forEach((n, k) => {
      if ((idx[k] as number) < 0) absent.add(n);
    });
    return idx.every((i) => i >= 0) ? idx : null;
  };
  const base = { strict: false, total: -1, tolerance: 0 };
  if ("before" in rule) {
    const names = [rule.before, rule.after];
    const fields = resolve(names);
    if (!fields) return null;
    const strict = rule.strict ?? false;
    const text = rule.label ?? `${rule.before} ${strict ? "<" : "≤"} ${rule.after}`;
    return { ...base, kind: "order", fields, names, strict, text };
  }
  if ("sum" in rule) {
    const fields = resolve([...rule.sum, rule.equals]);
    if (!fields) return null;
    const total = fields.pop() as number;
    const text = rule.label ?? `${rule.sum.join(" + ")} = ${rule.equals}`;
    return {
      ...base,
      kind: "sum",
      fields,
      names: [...rule.sum],
      total,
      tolerance: rule.tolerance ?? 0,
      text,
    };
  }
  const strict = "lt" in rule;
  const names = "lt" in rule ? rule.lt : rule.lte;
  const fields = resolve(names);
  if (!fields) return null;
  const text = rule.label ?? names.join(strict ? " < " : " ≤ ");
  return { ...base, kind: "order", fields, names: [...names], strict, text };
}
