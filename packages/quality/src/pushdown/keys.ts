import type { TableSchema } from "@ciudata/table";
import type { SqlDialect } from "./dialect";
import { type CountColumn, type FieldSql, fieldSql, type NotPushed } from "./field";

/** A table a foreign key references, as the engine reads it (see {@link CompileOptions}). */
export interface ReferencedTable {
  /** The table (or a subquery in parentheses) holding the referenced cells as text. */
  table: string;
  /**
   * Its Table Schema (the referenced fields are read with their own types); without it they are read
   * with the types of the fields that reference them.
   */
  schema?: TableSchema;
}

/** A key check compiled to SQL: what it counts, a query counting it, and one listing the rows reported. */
export interface KeyCheck {
  column: CountColumn;
  /** A `SELECT` giving one row with one BIGINT: the rows the in-process runner reports. */
  count: string;
  /** A `SELECT` of `position`: the first `limit` rows reported, in position order. */
  list(limit: number): string;
}

/** What the key compiler reads: the table, its position column, the fields' SQL, the references. */
export interface KeyInput {
  table: string;
  position: string;
  schema: TableSchema;
  fields: readonly FieldSql[];
  references: Readonly<Record<string, ReferencedTable>>;
}

/**
 * The schema's keys (`unique` fields, `primaryKey`, `uniqueKeys`, `foreignKeys`) as SQL counting what the
 * in-process runner reports: every 2nd and later row of a repeated key (GROUP BY … count(*) − 1), a
 * primary key whose parts are all null, and a foreign key missing from the referenced table (an
 * anti-join). A key whose values SQL cannot compare like the runner goes to `notPushed`.
 * @internal
 */
export function compileKeys(input: KeyInput, d: SqlDialect, notPushed: NotPushed[]): KeyCheck[] {
  const { schema, fields } = input;
  const byName = new Map(fields.map((f) => [f.field.name, f]));
  const out: KeyCheck[] = [];
  /** The fields of a key, or null (and said) when one is missing or not compared in SQL. */
  const keyFields = (names: readonly string[], what: string): FieldSql[] | null => {
    const found = names.map((n) => byName.get(n));
    if (found.every((f): f is FieldSql => f?.key != null)) return found;
    notPushed.push({ fieldName: names.join(", "), what: "constraint", name: what });
    return null;
  };
  for (const f of fields) {
    if (f.field.constraints?.unique !== true) continue;
    if (keyFields([f.field.name], "unique") === null) continue;
    const column: CountColumn = { type: "unique-error", fieldNumber: f.number, fieldName: f.field.name };
    out.push(repeated(input, d, column, [f], false));
  }
  const primaryKey = schema.primaryKey ?? [];
  if (primaryKey.length > 0) {
    const key = keyFields(primaryKey, "primaryKey");
    if (key !== null)
      out.push(repeated(input, d, { type: "primary-key", fieldNames: primaryKey }, key, true));
  }
  for (const names of schema.uniqueKeys ?? []) {
    const key = keyFields(names, "uniqueKeys");
    if (key !== null) out.push(repeated(input, d, { type: "unique-error", fieldNames: names }, key, false));
  }
  for (const fk of schema.foreignKeys ?? []) {
    const names = typeof fk.fields === "string" ? [fk.fields] : fk.fields;
    const refNames = typeof fk.reference.fields === "string" ? [fk.reference.fields] : fk.reference.fields;
    const resource = fk.reference.resource ?? "";
    const key = keyFields(names, "foreignKeys");
    if (key === null) continue;
    const referenced = resource === "" ? { table: input.table, schema } : input.references[resource];
    const ref = referenced === undefined ? null : referencedFields(referenced, refNames, key, schema, d);
    const join = ref === null ? null : joinOn(key, ref, d);
    if (referenced === undefined || ref === null || join === null) {
      notPushed.push({ fieldName: names.join(", "), what: "constraint", name: "foreignKeys" });
      continue;
    }
    const source = keyed(input.table, input.position, input.schema, key, d);
    const target = keyed(referenced.table, "NULL", referenced.schema ?? null, ref, d);
    const allNull = key.map((f) => `"__a"."__k${f.number}" IS NULL`).join(" AND ");
    const missing = `NOT (${allNull}) AND NOT EXISTS (SELECT 1 FROM ${target} AS "__b" WHERE ${join})`;
    out.push({
      column: { type: "foreign-key", fieldNames: names },
      count: `SELECT CAST(count(*) AS BIGINT) FROM ${source} AS "__a" WHERE ${missing}`,
      list: (limit) =>
        `SELECT "__a"."__pos" AS position FROM ${source} AS "__a" WHERE ${missing} ORDER BY position LIMIT ${whole(limit)}`,
    });
  }
  return out;
}

const whole = (n: number): number => Math.max(0, Math.floor(n));

/**
 * The table's position and key values, one column `__k<n>` per key field: NULL when the cell is missing,
 * fails its type, or the row is blank (the runner's values are then null too).
 */
function keyed(
  table: string,
  position: string,
  schema: TableSchema | null,
  key: readonly FieldSql[],
  d: SqlDialect,
): string {
  const names = schema === null ? key.map((f) => f.field.name) : schema.fields.map((f) => f.name);
  const blank = names.map((n) => `coalesce(${d.quote(n)}, '') = ''`).join(" AND ");
  const columns = key.map(
    (f) =>
      `CASE WHEN ${blank} OR ${f.missing} OR ${f.typeFails ?? "FALSE"} THEN NULL ELSE ${f.key} END AS "__k${f.number}"`,
  );
  return `(SELECT ${position} AS "__pos", ${columns.join(", ")} FROM ${table}${d.fence})`;
}

/**
 * Rows repeating an earlier row's key, counted as the runner reports them: every occurrence after the
 * first; for a primary key (`nullIsError`) also every row whose key parts are all null; for `unique`
 * and `uniqueKeys` rows with a null part are left out, as SQL UNIQUE does.
 */
function repeated(
  input: KeyInput,
  d: SqlDialect,
  column: CountColumn,
  key: readonly FieldSql[],
  nullIsError: boolean,
): KeyCheck {
  const source = `${keyed(input.table, input.position, input.schema, key, d)} AS "__keyed"`;
  const parts = key.map((f) => `"__k${f.number}"`);
  const allNull = parts.map((p) => `${p} IS NULL`).join(" AND ");
  const where = nullIsError ? "" : ` WHERE ${parts.map((p) => `${p} IS NOT NULL`).join(" AND ")}`;
  const perGroup = nullIsError ? `CASE WHEN ${allNull} THEN "__c" ELSE "__c" - 1 END` : `"__c" - 1`;
  const groups = `SELECT ${parts.join(", ")}, count(*) AS "__c" FROM ${source}${where} GROUP BY ${parts.join(", ")}`;
  return {
    column,
    count: `SELECT CAST(coalesce(sum(${perGroup}), 0) AS BIGINT) FROM (${groups}) AS "__groups"`,
    list: (limit) => {
      const ranked = `SELECT "__pos", (${allNull}) AS "__null", row_number() OVER (PARTITION BY ${parts.join(", ")} ORDER BY "__pos") AS "__r" FROM ${source}${where}`;
      const reported = nullIsError ? `"__r" > 1 OR "__null"` : `"__r" > 1`;
      return `SELECT "__pos" AS position FROM (${ranked}) AS "__ranked" WHERE ${reported} ORDER BY position LIMIT ${whole(limit)}`;
    },
  };
}

/**
 * The referenced fields' SQL, numbered after the table's so that both sides' columns have their own
 * names; null when one is missing from the referenced schema or is not compared in SQL.
 */
function referencedFields(
  referenced: ReferencedTable,
  names: readonly string[],
  key: readonly FieldSql[],
  schema: TableSchema,
  d: SqlDialect,
): FieldSql[] | null {
  const scratch: NotPushed[] = [];
  const refSchema = referenced.schema;
  const out: FieldSql[] = [];
  for (const [i, name] of names.entries()) {
    const own = key[i];
    const field =
      refSchema === undefined
        ? own === undefined
          ? undefined
          : { ...own.field, name }
        : refSchema.fields.find((f) => f.name === name);
    if (field === undefined) return null;
    const missing = field.missingValues ?? (refSchema ?? schema).missingValues ?? [""];
    const sql = fieldSql(field, 10_000 + i, missing, d, scratch);
    if (sql.key === null) return null;
    out.push(sql);
  }
  return out.length === key.length ? out : null;
}

/**
 * The join of a foreign key to its referenced keys: values compared as the runner compares its keys
 * (numbers of both types as numbers; text, dates and booleans only with their own kind), a null part
 * matching a null part. Null when a pair of kinds never compares equal in the runner.
 */
function joinOn(key: readonly FieldSql[], ref: readonly FieldSql[], d: SqlDialect): string | null {
  const numeric = (k: FieldSql["keyKind"]) => k === "integer" || k === "number";
  const conditions: string[] = [];
  for (const [i, a] of key.entries()) {
    const b = ref[i] as FieldSql;
    if (a.keyKind !== b.keyKind && !(numeric(a.keyKind) && numeric(b.keyKind))) return null;
    const mixed = a.keyKind !== b.keyKind;
    const side = (alias: string, f: FieldSql) => {
      const column = `"${alias}"."__k${f.number}"`;
      return mixed ? d.toNumber(column) : column;
    };
    // One part: the row's part is never null here (all-null keys are not looked up), so `=` (hashable).
    if (key.length === 1) conditions.push(`${side("__b", b)} = ${side("__a", a)}`);
    else {
      const text = (x: string) => `coalesce('v' || CAST(${x} AS VARCHAR), 'z')`;
      conditions.push(`${text(side("__b", b))} = ${text(side("__a", a))}`);
    }
  }
  return conditions.join(" AND ");
}
