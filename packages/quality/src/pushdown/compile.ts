import type { Field, TableSchema } from "@ciudata/table";
import type { SqlDialect } from "./dialect";
import { sqlPattern } from "./pattern";

/** What one column of the counts row counts. */
export interface CountColumn {
  /** `rows` (every row), `blank-row`, `type-error` or `constraint-error`. */
  type: "rows" | "blank-row" | "type-error" | "constraint-error";
  /** The field (1-based number and name) for the cell checks. */
  fieldNumber?: number;
  fieldName?: string;
  /** The constraint a `constraint-error` column counts (`required`, `minimum`, `pattern`…). */
  constraint?: string;
}

/** A check the compiler left to the in-process runner, and why. */
export interface NotPushed {
  fieldName: string;
  /** What it could not write in SQL: the type or format, an option, or a constraint. */
  what: "type" | "format" | "option" | "constraint";
  /** The name of it (`geopoint`, `email`, `bareNumber`, `unique`…). */
  name: string;
}

/** The SQL of a schema's cell checks for one engine (see {@link compileChecks}). */
export interface CompiledChecks {
  /** The dialect's name. */
  dialect: string;
  /** One `SELECT` over the table giving one row: a count per entry of `columns`, in that order. */
  counts: string;
  columns: readonly CountColumn[];
  /**
   * A `SELECT` of the failing cells, `position, field_number, type, constraint_name`, in table order,
   * at most `limit` rows per field (positions come from the `position` column given to the compiler).
   */
  list(limit: number): string;
  /** Checks of the schema not written in SQL (run them in process, or say they were not run). */
  notPushed: readonly NotPushed[];
}

/** Options of {@link compileChecks}. */
export interface CompileOptions {
  /** The table (or a subquery in parentheses) holding the cells as text, one column per field. */
  table: string;
  /** A column giving each row's position in table order (DuckDB's `rowid`, a key); for `list`. */
  position?: string;
}

/** Constraints checked in the order the in-process runner checks them (the first that fails is reported). */
const CONSTRAINT_ORDER = [
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
  "enum",
] as const;

const BOUND_TEST: Readonly<Record<string, string>> = {
  minimum: "<",
  maximum: ">",
  exclusiveMinimum: "<=",
  exclusiveMaximum: ">=",
};

const TRUE_VALUES = ["true", "True", "TRUE", "1"];
const FALSE_VALUES = ["false", "False", "FALSE", "0"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One field's SQL: its type test and the CASE naming its first failing constraint. */
interface FieldSql {
  field: Field;
  number: number;
  /** True when the cell is not missing and does not read as the type (null when it always reads). */
  typeFails: string | null;
  /** The first failing constraint's name, or NULL. */
  violation: string | null;
  constraints: string[];
}

/**
 * Compiles a Table Schema's cell checks (types, `required`, lengths, bounds, `pattern`, `enum`) and the
 * blank-row check to SQL for one engine, so a table that lives in a database (or a file larger than
 * memory) is checked where it is: counts by error type and field are exact, computed by the engine over
 * every row. What it cannot write faithfully in SQL is listed in `notPushed`, never guessed.
 *
 * @example
 * ```ts
 * import { compileChecks, duckdbDialect } from "@ciudata/quality";
 * const sql = compileChecks(
 *   { fields: [{ name: "edad", type: "integer", constraints: { minimum: 0 } }], missingValues: [""] },
 *   duckdbDialect,
 *   { table: '"padron"', position: "rowid" },
 * );
 * sql.columns.map((c) => c.constraint ?? c.type); //=> ["rows", "blank-row", "type-error", "minimum"]
 * ```
 */
export function compileChecks(schema: TableSchema, d: SqlDialect, options: CompileOptions): CompiledChecks {
  const notPushed: NotPushed[] = [];
  const fields: FieldSql[] = schema.fields.map((field, i) =>
    fieldSql(field, i + 1, field.missingValues ?? schema.missingValues ?? [""], d, notPushed),
  );
  const blank =
    schema.fields.length === 0
      ? "FALSE"
      : schema.fields.map((f) => `coalesce(${d.quote(f.name)}, '') = ''`).join(" AND ");
  const inner = [
    "*",
    `(${blank}) AS "__blank"`,
    ...fields.flatMap((f) => [
      `${f.typeFails ?? "FALSE"} AS "__t${f.number}"`,
      `${f.violation ?? "CAST(NULL AS VARCHAR)"} AS "__v${f.number}"`,
    ]),
  ];
  const source = `(SELECT ${inner.join(", ")} FROM ${options.table}) AS "__cells"`;
  const columns: CountColumn[] = [{ type: "rows" }, { type: "blank-row" }];
  const sums = ["count(*)", `sum(CASE WHEN "__blank" THEN 1 ELSE 0 END)`];
  for (const f of fields) {
    if (f.typeFails !== null) {
      columns.push({ type: "type-error", fieldNumber: f.number, fieldName: f.field.name });
      sums.push(`sum(CASE WHEN NOT "__blank" AND "__t${f.number}" THEN 1 ELSE 0 END)`);
    }
    for (const name of f.constraints) {
      columns.push({
        type: "constraint-error",
        fieldNumber: f.number,
        fieldName: f.field.name,
        constraint: name,
      });
      sums.push(`sum(CASE WHEN NOT "__blank" AND "__v${f.number}" = ${d.text(name)} THEN 1 ELSE 0 END)`);
    }
  }
  const counts = `SELECT ${sums.map((s, i) => `CAST(coalesce(${s}, 0) AS BIGINT) AS "c${i}"`).join(", ")} FROM ${source}`;
  const position = options.position ?? "NULL";
  const checked = fields.filter((f) => f.typeFails !== null || f.constraints.length > 0);
  // One scan: each row crossed with the checked fields' numbers, kept where that field fails, then the
  // first `limit` per field by position (a window, so the engine sorts only the failing cells).
  const list = (limit: number): string => {
    if (checked.length === 0)
      return `SELECT CAST(NULL AS BIGINT) AS position, 0 AS field_number, '' AS type, '' AS constraint_name WHERE FALSE`;
    const byField = (each: (n: number) => string) =>
      `CASE "__f" ${checked.map((f) => `WHEN ${f.number} THEN ${each(f.number)}`).join(" ")} END`;
    const fails = byField((n) => `("__t${n}" OR "__v${n}" IS NOT NULL)`);
    const type = byField((n) => `CASE WHEN "__t${n}" THEN 'type-error' ELSE 'constraint-error' END`);
    const constraint = byField((n) => `CASE WHEN "__t${n}" THEN NULL ELSE "__v${n}" END`);
    const numbers = checked.map((f) => `(${f.number})`).join(", ");
    const found = `SELECT "__pos" AS position, "__f" AS field_number, ${type} AS type, ${constraint} AS constraint_name, row_number() OVER (PARTITION BY "__f" ORDER BY "__pos") AS "__k" FROM (SELECT ${position} AS "__pos", ${inner.join(", ")} FROM ${options.table}) AS "__cells" CROSS JOIN (VALUES ${numbers}) AS "__fields"("__f") WHERE NOT "__blank" AND ${fails}`;
    return `SELECT position, field_number, type, constraint_name FROM (${found}) AS "__found" WHERE "__k" <= ${Math.max(0, Math.floor(limit))} ORDER BY position, field_number`;
  };
  return { dialect: d.name, counts, columns, list, notPushed };
}

function fieldSql(
  field: Field,
  number: number,
  missingValues: readonly string[],
  d: SqlDialect,
  notPushed: NotPushed[],
): FieldSql {
  const v = d.quote(field.name);
  const missing =
    missingValues.length === 0
      ? `${v} IS NULL`
      : `(${v} IS NULL OR ${v} IN (${missingValues.map((m) => d.text(m)).join(", ")}))`;
  const skip = (what: NotPushed["what"], name: string) =>
    notPushed.push({ fieldName: field.name, what, name });
  const type = typeSql(field, v, d, skip);
  const c = field.constraints ?? {};
  const tests: [string, string][] = [];
  for (const name of Object.keys(c)) {
    if (name === "required" || (CONSTRAINT_ORDER as readonly string[]).includes(name)) continue;
    if (c[name] !== undefined && c[name] !== false) skip("constraint", name);
  }
  if (field.categories !== undefined) skip("constraint", "categories");
  if (type !== undefined) {
    for (const name of CONSTRAINT_ORDER) {
      const requirement = c[name];
      if (requirement === undefined) continue;
      const test = constraintSql(field, name, requirement, v, d);
      if (test === null) skip("constraint", name);
      else if (test !== "") tests.push([name, test]);
    }
  }
  const constraints = [...(c.required === true ? ["required"] : []), ...tests.map(([name]) => name)];
  const whens = [
    `WHEN ${missing} THEN ${c.required === true ? d.text("required") : "NULL"}`,
    ...(type?.fails ? [`WHEN ${type.fails} THEN NULL`] : []),
    ...tests.map(([name, test]) => `WHEN ${test} THEN ${d.text(name)}`),
  ];
  const violation = constraints.length === 0 ? null : `CASE ${whens.join(" ")} ELSE NULL END`;
  return {
    field,
    number,
    typeFails: type?.fails ? `(NOT ${missing} AND ${type.fails})` : null,
    violation,
    constraints,
  };
}

/**
 * The SQL that is true when a present cell does not read as the field's type (`fails: ""` for a type
 * every text reads as), or `undefined` when the type or its options are not pushed down.
 */
function typeSql(
  field: Field,
  v: string,
  d: SqlDialect,
  skip: (what: NotPushed["what"], name: string) => void,
): { fails: string; number?: string } | undefined {
  const format = field.format ?? "default";
  const s = `[${d.spaces}]*`;
  switch (field.type) {
    case "string":
    case "any":
      if (format !== "default") return void skip("format", format);
      return { fails: "" };
    case "year":
      return { fails: `NOT ${d.fullMatch(v, "[0-9]{4}")}`, number: d.toNumber(v) };
    case "boolean": {
      const values = [...(field.trueValues ?? TRUE_VALUES), ...(field.falseValues ?? FALSE_VALUES)];
      return { fails: `${v} NOT IN (${values.map((x) => d.text(x)).join(", ")})` };
    }
    case "date": {
      const shape = dateShape(format);
      if (shape === null) return void skip("format", format);
      const part = (name: "y" | "m" | "d") =>
        `CAST(${d.extract(v, shape.pattern, shape.groups[name])} AS INTEGER)`;
      const [y, m, day] = [part("y"), part("m"), part("d")];
      const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
      const days = `CASE WHEN ${m} IN (4, 6, 9, 11) THEN 30 WHEN ${m} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END ELSE 31 END`;
      // The parts are read only once the shape matched (CASE keeps the casts away from other text).
      return {
        fails: `(CASE WHEN ${d.fullMatch(v, shape.pattern)} THEN NOT (${y} >= 1 AND ${m} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${days}) ELSE TRUE END)`,
      };
    }
    case "integer":
    case "number": {
      if (field.bareNumber === false) return void skip("option", "bareNumber");
      const group = field.groupChar;
      const decimal = field.type === "number" ? (field.decimalChar ?? ".") : null;
      if (group !== undefined && group.length !== 1) return void skip("option", "groupChar");
      if (decimal !== null && decimal.length !== 1) return void skip("option", "decimalChar");
      const plain = group === undefined ? v : `replace(${v}, ${d.text(group)}, '')`;
      const trimmed = d.replaceAll(plain, `^[${d.spaces}]+|[${d.spaces}]+$`, "");
      if (decimal === null)
        return { fails: `NOT ${d.fullMatch(plain, `${s}[+-]?[0-9]+${s}`)}`, number: d.toNumber(trimmed) };
      const dc = escapeClassChar(decimal);
      const numeric = `${s}[+-]?([0-9]+([${dc}][0-9]*)?|[${dc}][0-9]+)([eE][+-]?[0-9]{1,9})?${s}`;
      const special = `${s}[+-]?([nN][aA][nN]|[iI][nN][fF]([iI][nN][iI][tT][yY])?)${s}`;
      const asNumber = decimal === "." ? trimmed : `replace(${trimmed}, ${d.text(decimal)}, '.')`;
      return {
        // A stray "." under a decimal comma fails the pattern too (the runner calls it ambiguous).
        fails: `(NOT (${d.fullMatch(plain, numeric)} OR ${d.fullMatch(plain, special)}))`,
        // NaN is never out of bounds (the runner compares and finds no order): left out of bound tests.
        number: `CASE WHEN ${d.fullMatch(plain, `${s}[+-]?[nN][aA][nN]${s}`)} THEN NULL ELSE ${d.toNumber(asNumber)} END`,
      };
    }
    default:
      return void skip("type", field.type);
  }
}

/** The SQL true when a present, well-typed cell breaks the constraint; `""` when it never can; null when not pushed. */
function constraintSql(
  field: Field,
  name: string,
  requirement: unknown,
  v: string,
  d: SqlDialect,
): string | null {
  const type = field.type;
  if (name === "minLength" || name === "maxLength") {
    if (type !== "string" && type !== "any") return type === "integer" || type === "number" ? "" : null;
    if (typeof requirement !== "number") return null;
    return `${d.length(v)} ${name === "minLength" ? "<" : ">"} ${requirement}`;
  }
  if (name in BOUND_TEST) {
    const op = BOUND_TEST[name] as string;
    if (type === "date") {
      if (typeof requirement !== "string" || !ISO_DATE.test(requirement)) return null;
      return `${v} ${op} ${d.text(requirement)}`;
    }
    if (type !== "integer" && type !== "number" && type !== "year") return null;
    const bound = typeof requirement === "number" ? requirement : Number(requirement);
    if (!Number.isFinite(bound) || (typeof requirement === "string" && requirement.trim() === ""))
      return null;
    const number = type === "year" ? d.toNumber(v) : numberOf(field, v, d);
    return `${number} ${op} ${bound}`;
  }
  if (name === "pattern") {
    if (type !== "string" || typeof requirement !== "string") return type === "string" ? null : "";
    const pattern = sqlPattern(requirement);
    return pattern === null ? null : `NOT ${d.fullMatch(v, pattern)}`;
  }
  if (name === "enum") {
    if (type !== "string" || !Array.isArray(requirement) || !requirement.every((x) => typeof x === "string"))
      return null;
    if (requirement.length === 0) return "TRUE";
    return `${v} NOT IN (${(requirement as string[]).map((x) => d.text(x)).join(", ")})`;
  }
  return null;
}

function numberOf(field: Field, v: string, d: SqlDialect): string {
  return (typeSql(field, v, d, () => {})?.number as string) ?? d.toNumber(v);
}

/**
 * A date format the SQL reads as the in-process caster does: ISO (`default`, two-digit month and day) or a
 * strptime format made of `%d`, `%m` (one or two digits) and `%Y` (four) between literal separators; null
 * for anything else (`%y`, month names, times…).
 */
function dateShape(format: string): { pattern: string; groups: Record<"y" | "m" | "d", number> } | null {
  if (format === "default")
    return { pattern: "([0-9]{4})-([0-9]{2})-([0-9]{2})", groups: { y: 1, m: 2, d: 3 } };
  const groups: Partial<Record<"y" | "m" | "d", number>> = {};
  let pattern = "";
  let n = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === "%") {
      const token = format[i + 1];
      const name = token === "Y" ? "y" : token === "m" ? "m" : token === "d" ? "d" : null;
      if (name === null || groups[name] !== undefined) return null;
      groups[name] = ++n;
      pattern += name === "y" ? "([0-9]{4})" : "([0-9]{1,2})";
      i++;
    } else if (/[-/. ]/.test(c)) pattern += c === "." ? "\\." : c;
    else return null;
  }
  if (groups.y === undefined || groups.m === undefined || groups.d === undefined) return null;
  return { pattern, groups: groups as Record<"y" | "m" | "d", number> };
}

const escapeClassChar = (c: string): string => (/[\]\\^-]/.test(c) ? `\\${c}` : c);
