import { maskCell } from "@ciudata/core";
import { createCaster, type Field, isCastFailure } from "@ciudata/table";
import { openFile } from "@ciudata/table/node";
import type { LoadPlan, StoredColumn } from "./stored";
import { columnType } from "./types";

/** The rows of one planned table, cast by its Table Schema, as text each database casts back exactly. */
export interface CastRows {
  columns: StoredColumn[];
  /** Batches of rows: one cell per column, `null` for a missing or uncastable value, masked cells masked. */
  batches: () => AsyncGenerator<(string | null)[][]>;
  /** Cells the Table Schema could not cast (loaded as NULL), counted as the batches are read. */
  castFailures: () => number;
}

/** A cast value as text a database casts back exactly (numbers, ISO dates and timestamps). */
function canonical(value: unknown): string {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "");
  return String(value);
}

/**
 * Opens a planned table and casts its rows for loading: dropped columns left out, masked columns
 * masked whole (`maskCell`) and served as text, every other cell cast by its Table Schema field.
 * One reading for every store, so DuckDB and PostgreSQL load the same values.
 *
 * @example
 * ```ts
 * const { columns, batches } = await castRows(plan);
 * for await (const rows of batches()) load(rows);
 * ```
 */
export async function castRows(plan: LoadPlan): Promise<CastRows> {
  const { table, mask, drop } = plan;
  const opened = await openFile(table.path, {
    name: table.name,
    ...(table.schema ? { schema: table.schema } : {}),
    ...(table.dialect ? { dialect: table.dialect as never } : {}),
  });
  const fields: readonly Field[] = opened.fields;
  const kept = fields.map((f, j) => ({ f, j })).filter(({ f }) => !drop.has(f.name));
  const columns: StoredColumn[] = kept.map(({ f }) => {
    const masked = mask.has(f.name);
    const t = masked ? columnType("string") : columnType(f.type);
    return {
      name: f.name,
      type: t.ckan,
      duck: t.duck,
      title: f.title ?? null,
      description: f.description ?? null,
      masked,
    };
  });
  const casters = kept.map(({ f }) => createCaster(f, { missingValues: opened.missingValues }));
  let failures = 0;
  async function* batches(): AsyncGenerator<(string | null)[][]> {
    if (opened.stopped !== null) return;
    for await (const batch of opened.batches()) {
      const out: (string | null)[][] = [];
      for (const row of batch) {
        const cells: (string | null)[] = [];
        for (const [k, { j }] of kept.entries()) {
          const cell = row.cells[j] ?? "";
          const value = (casters[k] as (s: string) => unknown)(cell);
          if (value === null) cells.push(null);
          else if (columns[k]?.masked) cells.push(maskCell(cell));
          else if (isCastFailure(value)) {
            failures++;
            cells.push(null);
          } else cells.push(canonical(value));
        }
        out.push(cells);
      }
      yield out;
    }
  }
  return { columns, batches, castFailures: () => failures };
}
