import type { Field } from "@ciudata/table";
import type { SqlDialect } from "./dialect";
import { sqlPattern } from "./pattern";

/** What one column of the counts row counts. */
export interface CountColumn {
  /**
   * `rows` (every row), `blank-row`, `type-error` or `constraint-error`; `missing`: a field's cells
   * holding no value (completeness, not an error); for the keys, `unique-error` (a `unique` field or a
   * `uniqueKeys` entry), `primary-key` or `foreign-key`.
   */
  type:
    | "rows"
    | "missing"
    | "blank-row"
    | "type-error"
    | "constraint-error"
    | "unique-error"
    | "primary-key"
    | "foreign-key";
  /** The field (1-based number and name) for the cell checks and a `unique` field. */
  fieldNumber?: number;
  fieldName?: string;
  /** The key's fields, for `primary-key`, `foreign-key` and a `uniqueKeys` entry. */
  fieldNames?: readonly string[];
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

/** One field's SQL: its type test and the CASE naming its first failing constraint. @internal */
export interface FieldSql {
  field: Field;
  number: number;
  /** True when the cell is not missing and does not read as the type (null when it always reads). */
  typeFails: string | null;
  /** The cell as a number for the bound tests (NULL when missing or not of the type), when a bound needs it. */
  asNumber: string | null;
  /** The first failing constraint's name, or NULL (it reads the columns `__t<n>` and `__n<n>`). */
  violation: string | null;
  constraints: string[];
  /** True when the cell is missing (NULL or one of the missing values). */
  missing: string;
  /**
   * The cell's value as the keys compare it (equal when the in-process runner's cast values are equal),
   * for a present cell of the type; null when the type's values are not compared in SQL.
   */
  key: string | null;
  /** What kind of value `key` is: numbers of either type compare with each other, not with text. */
  keyKind: "text" | "date" | "integer" | "number" | "boolean" | null;
}

/** One field's SQL (see {@link FieldSql}). @internal */
export function fieldSql(
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
    // `unique` compares rows with each other: compiled with the keys (see keys.ts).
    if (name === "required" || name === "unique" || (CONSTRAINT_ORDER as readonly string[]).includes(name))
      continue;
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
    missing,
    key: type?.key ?? null,
    keyKind: type?.kind ?? null,
  };
}

/** A type's SQL: the failing test, the number bounds compare, the value keys compare. */
interface TypeSql {
  fails: string;
  number?: string;
  key?: string;
  kind?: FieldSql["keyKind"];
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
): TypeSql | undefined {
  const format = field.format ?? "default";
  const s = `[${d.spaces}]*`;
  switch (field.type) {
    case "string":
    case "any":
      if (format !== "default") return void skip("format", format);
      return { fails: "", key: v, kind: "text" };
    case "year":
      return {
        fails: `NOT ${d.fullMatch(v, "[0-9]{4}")}`,
        number: d.toNumber(v),
        key: `CAST(${v} AS INTEGER)`,
        kind: "integer",
      };
    case "boolean": {
      const values = [...(field.trueValues ?? TRUE_VALUES), ...(field.falseValues ?? FALSE_VALUES)];
      const trues = (field.trueValues ?? TRUE_VALUES).map((x) => d.text(x)).join(", ");
      return {
        fails: `${v} NOT IN (${values.map((x) => d.text(x)).join(", ")})`,
        key: `(${v} IN (${trues}))`,
        kind: "boolean",
      };
    }
    case "date": {
      const pattern = datePattern(format);
      if (pattern === null) return void skip("format", format);
      // ISO dates are their own key; other formats (one-digit days…) would need parsing: not compared.
      return {
        fails: `NOT ${d.fullMatch(v, pattern)}`,
        ...(format === "default" ? { key: v, kind: "date" as const } : {}),
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
        return {
          fails: `NOT ${d.fullMatch(plain, `${s}[+-]?[0-9]+${s}`)}`,
          number: d.toNumber(trimmed),
          // Exact at any length (the runner's integers are exact too, past 2^53): the digits as text,
          // without sign or leading zeros, then the sign ("-0" is 0). Not a DECIMAL(38, 0) cast: in
          // DuckDB that cast cost 10× the whole scan (13 CPU s per million rows, measured).
          key: integerKey(trimmed),
          kind: "integer",
        };
      const dc = escapeClassChar(decimal);
      const numeric = `${s}[+-]?([0-9]+([${dc}][0-9]*)?|[${dc}][0-9]+)([eE][+-]?[0-9]{1,9})?${s}`;
      const special = `${s}[+-]?([nN][aA][nN]|[iI][nN][fF]([iI][nN][iI][tT][yY])?)${s}`;
      const asNumber = decimal === "." ? trimmed : `replace(${trimmed}, ${d.text(decimal)}, '.')`;
      return {
        // A stray "." under a decimal comma fails the pattern too (the runner calls it ambiguous).
        fails: `(NOT (${d.fullMatch(plain, numeric)} OR ${d.fullMatch(plain, special)}))`,
        // NaN is never out of bounds (the runner compares and finds no order): left out of bound tests.
        number: `CASE WHEN ${d.fullMatch(plain, `${s}[+-]?[nN][aA][nN]${s}`)} THEN NULL ELSE ${d.toNumber(asNumber)} END`,
        // As a double (exact to 15 significant digits); + 0.0 makes -0 the same key as 0, as the runner does.
        key: `(CASE WHEN ${d.fullMatch(plain, `${s}[+-]?[nN][aA][nN]${s}`)} THEN ${d.toNumber("'NaN'")} ELSE ${d.toNumber(asNumber)} END + 0.0)`,
        kind: "number",
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

/**
 * An integer's text (`[+-]?[0-9]+`, trimmed) as a key equal for equal integers: `-007` and `-7`
 * give `-7`, `+5` gives `5`, `-0` and `000` give `0`. Standard SQL (`TRIM(LEADING … FROM …)`).
 */
function integerKey(trimmed: string): string {
  const digits = `TRIM(LEADING '0' FROM TRIM(LEADING '+-' FROM ${trimmed}))`;
  return `CASE WHEN ${digits} = '' THEN '0' WHEN ${trimmed} LIKE '-%' THEN '-' || ${digits} ELSE ${digits} END`;
}

const escapeClassChar = (c: string): string => (/[\]\\^-]/.test(c) ? `\\${c}` : c);
