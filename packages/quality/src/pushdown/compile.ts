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
  /** The cell as a number for the bound tests (NULL when missing or not of the type), when a bound needs it. */
  asNumber: string | null;
  /** The first failing constraint's name, or NULL (it reads the columns `__t<n>` and `__n<n>`). */
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
  // Keys compare rows with each other: not written in SQL yet, so said rather than skipped silently.
  const keys = schema as { primaryKey?: unknown; uniqueKeys?: unknown; foreignKeys?: unknown };
  for (const name of ["primaryKey", "uniqueKeys", "foreignKeys"] as const) {
    const value = keys[name];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      notPushed.push({ fieldName: "", what: "constraint", name });
  }
  const blank =
    schema.fields.length === 0
      ? "FALSE"
      : schema.fields.map((f) => `coalesce(${d.quote(f.name)}, '') = ''`).join(" AND ");
  // Three steps, each fenced (`d.fence`) so that an engine computes a row's tests once, not once per use:
  // the type tests, then the numbers the bounds compare, then blank rows and the first failing constraint.
  const typed = `SELECT *, ${fields.map((f) => `${f.typeFails ?? "FALSE"} AS "__t${f.number}"`).join(", ") || 'FALSE AS "__none"'} FROM ${options.table}${d.fence}`;
  const numberColumns = fields
    .filter((f) => f.asNumber !== null)
    .map((f) => `${f.asNumber} AS "__n${f.number}"`);
  const numbered =
    numberColumns.length === 0
      ? typed
      : `SELECT *, ${numberColumns.join(", ")} FROM (${typed}) AS "__typed"${d.fence}`;
  const checks = [
    `(${blank}) AS "__blank"`,
    ...fields.map((f) => `${f.violation ?? "CAST(NULL AS VARCHAR)"} AS "__v${f.number}"`),
  ];
  const cells = (extra: string) =>
    `(SELECT ${extra}*, ${checks.join(", ")} FROM (${numbered}) AS "__numbered"${d.fence})`;
  const source = `${cells("")} AS "__cells"`;
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
    const any = checked.map((f) => `"__t${f.number}" OR "__v${f.number}" IS NOT NULL`).join(" OR ");
    // Only the rows with a failing cell are crossed with the field numbers.
    const failing = `(SELECT * FROM ${cells(`${position} AS "__pos", `)} AS "__cells" WHERE NOT "__blank" AND (${any})${d.fence}) AS "__failing"`;
    const found = `SELECT "__pos" AS position, "__f" AS field_number, ${type} AS type, ${constraint} AS constraint_name, row_number() OVER (PARTITION BY "__f" ORDER BY "__pos") AS "__k" FROM ${failing} CROSS JOIN (VALUES ${numbers}) AS "__fields"("__f") WHERE ${fails}`;
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
      const test = constraintSql(field, number, name, requirement, v, d);
      if (test === null) skip("constraint", name);
      else if (test !== "") tests.push([name, test]);
    }
  }
  const constraints = [...(c.required === true ? ["required"] : []), ...tests.map(([name]) => name)];
  const whens = [
    `WHEN ${missing} THEN ${c.required === true ? d.text("required") : "NULL"}`,
    ...(type?.fails ? [`WHEN "__t${number}" THEN NULL`] : []),
    ...tests.map(([name, test]) => `WHEN ${test} THEN ${d.text(name)}`),
  ];
  const violation = constraints.length === 0 ? null : `CASE ${whens.join(" ")} ELSE NULL END`;
  const bounded = tests.some(([, test]) => test.includes(`"__n${number}"`));
  return {
    field,
    number,
    typeFails: type?.fails ? `(NOT ${missing} AND ${type.fails})` : null,
    asNumber:
      bounded && type?.number !== undefined
        ? `CASE WHEN ${missing} OR "__t${number}" THEN NULL ELSE ${type.number} END`
        : null,
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
      const pattern = datePattern(format);
      if (pattern === null) return void skip("format", format);
      return { fails: `NOT ${d.fullMatch(v, pattern)}` };
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
  fieldNumber: number,
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
    return `"__n${fieldNumber}" ${op} ${bound}`;
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

const YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})";
// Divisible by 4 and not by 100, or by 400 (year 0 is not a date).
const LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
/** Day and month pieces: [two digits exactly, one or two digits]. */
const PIECES = {
  d31: ["(?:0[1-9]|[12][0-9]|3[01])", "(?:0?[1-9]|[12][0-9]|3[01])"],
  d30: ["(?:0[1-9]|[12][0-9]|30)", "(?:0?[1-9]|[12][0-9]|30)"],
  d28: ["(?:0[1-9]|1[0-9]|2[0-8])", "(?:0?[1-9]|1[0-9]|2[0-8])"],
  d29: ["29", "29"],
  m31: ["(?:0[13578]|1[02])", "(?:0?[13578]|1[02])"],
  m30: ["(?:0[469]|11)", "(?:0?[469]|11)"],
  m2: ["02", "0?2"],
} as const;

/**
 * One regular expression matching exactly the calendar dates of a format the in-process caster reads:
 * ISO (`default`: two-digit month and day) or a strptime format made of `%d`, `%m` (one or two digits)
 * and `%Y` (four) between literal separators; null for anything else (`%y`, month names, times…).
 * Month lengths and leap years are in the pattern, so an engine checks a date with one match.
 */
function datePattern(format: string): string | null {
  const tokens =
    format === "default" ? ["%Y", "-", "%m", "-", "%d"] : format.split(/(%[A-Za-z])/).filter(Boolean);
  const names = tokens.filter((t) => t.startsWith("%"));
  if (names.length !== 3 || new Set(names).size !== 3 || !["%Y", "%m", "%d"].every((n) => names.includes(n)))
    return null;
  if (!tokens.every((t) => t.startsWith("%") || /^[-/. ]+$/.test(t))) return null;
  const wide = format === "default" ? 0 : 1;
  const build = (day: keyof typeof PIECES, month: keyof typeof PIECES, year: string) =>
    tokens
      .map((t) =>
        t === "%d"
          ? PIECES[day][wide]
          : t === "%m"
            ? PIECES[month][wide]
            : t === "%Y"
              ? year
              : t.replaceAll(".", "\\."),
      )
      .join("");
  return [
    build("d31", "m31", YEAR),
    build("d30", "m30", YEAR),
    build("d28", "m2", YEAR),
    build("d29", "m2", LEAP_YEAR),
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|");
}

const escapeClassChar = (c: string): string => (/[\]\\^-]/.test(c) ? `\\${c}` : c);
