import type { TableSchema } from "@ciudata/table";
import type { SqlDialect } from "./dialect";
import { type CountColumn, type FieldSql, fieldSql, type NotPushed } from "./field";
import { compileKeys, type KeyCheck, type ReferencedTable } from "./keys";
import { UNICODE_SPACES } from "./risk";

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
  /**
   * The keys (`unique` fields, `primaryKey`, `uniqueKeys`, `foreignKeys`): one counting query each (they
   * group or join rows, so they are not part of `counts`), and the listing of the rows they report.
   */
  keys: readonly KeyCheck[];
  /** Checks of the schema not written in SQL (run them in process, or say they were not run). */
  notPushed: readonly NotPushed[];
}

/** Options of {@link compileChecks}. */
export interface CompileOptions {
  /** The table (or a subquery in parentheses) holding the cells as text, one column per field. */
  table: string;
  /** A column giving each row's position in table order (DuckDB's `rowid`, a key); for `list`. */
  position?: string;
  /**
   * The tables foreign keys to other resources reference, by resource name (a key to this same table
   * needs nothing); a foreign key whose resource is not given is listed in `notPushed`.
   */
  references?: Readonly<Record<string, ReferencedTable>>;
}

/**
 * Compiles a Table Schema's cell checks (types, `required`, lengths, bounds, `pattern`, `enum`), the
 * blank-row check and the keys (`unique`, `primaryKey`, `uniqueKeys`, `foreignKeys`) to SQL for one engine, so a table that lives in a database (or a file larger than
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
  const keys = compileKeys(
    {
      table: options.table,
      position: options.position ?? "NULL",
      schema,
      fields,
      references: options.references ?? {},
    },
    d,
    notPushed,
  );
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
  // Completeness: cells holding no value (NULL, empty, only spaces, a missing value), blank rows aside.
  for (const f of fields) {
    const v = d.quote(f.field.name);
    columns.push({ type: "missing", fieldNumber: f.number, fieldName: f.field.name });
    const empty = `(${f.missing} OR ${v} = '' OR ${d.fullMatch(v, `[${UNICODE_SPACES}\u200b]+`)})`;
    sums.push(`sum(CASE WHEN NOT "__blank" AND ${empty} THEN 1 ELSE 0 END)`);
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
  return { dialect: d.name, counts, columns, list, keys, notPushed };
}
