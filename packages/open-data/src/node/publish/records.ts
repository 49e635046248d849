import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createCaster, type Field, isCastFailure } from "@ciudata/table";
import { openFile } from "@ciudata/table/node";
import type { FoundTable } from "../served/discover";
import { type CkanType, datastoreTypeOf } from "../served/types";

/** A DataStore field as `ciudata portal publish` declares it, from the table's Table Schema. */
export interface PublishField {
  id: string;
  type: CkanType;
  info?: { label?: string; notes?: string };
}

/** What is published of one table: its DataStore fields, primary key and content hash. */
export interface TableShape {
  fields: PublishField[];
  primaryKey: string[];
  /** SHA-256 of the file's bytes and of the fields (a schema change is a content change). */
  hash: string;
}

const FORMAT = "ciudata-publish/1";

const opening = (table: FoundTable) => ({
  name: table.name,
  ...(table.schema ? { schema: table.schema } : {}),
  ...(table.dialect ? { dialect: table.dialect as never } : {}),
});

/**
 * The fields (Table Schema types → DataStore types), primary key and content hash of a table.
 *
 * @example
 * ```ts
 * const { fields, hash } = await tableShape(table);
 * ```
 */
export async function tableShape(table: FoundTable): Promise<TableShape> {
  const opened = await openFile(table.path, opening(table));
  await opened.close();
  const fields = opened.fields.map((f): PublishField => {
    const info = {
      ...(f.title ? { label: f.title } : {}),
      ...(f.description ? { notes: f.description } : {}),
    };
    return { id: f.name, type: datastoreTypeOf(f.type), ...(Object.keys(info).length ? { info } : {}) };
  });
  const pk = opened.schema?.primaryKey;
  const primaryKey = pk === undefined ? [] : Array.isArray(pk) ? pk.map(String) : [String(pk)];
  const hash = createHash("sha256");
  hash.update(`${FORMAT}\n${JSON.stringify({ fields, primaryKey })}\n`);
  for await (const chunk of createReadStream(table.path)) hash.update(chunk as Buffer);
  return { fields, primaryKey, hash: hash.digest("hex") };
}

/** A cast value as JSON for the DataStore: dates as `YYYY-MM-DD`, date-times as ISO without zone. */
function asJson(value: unknown, field: Field, cell: string): unknown {
  if (value === null) return null;
  if (isCastFailure(value)) return cell;
  if (value instanceof Date) {
    const iso = value.toISOString().replace(/Z$/, "");
    return field.type === "date" ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

/**
 * The rows of a table as DataStore records, typed by its Table Schema, in batches of at most
 * `size` records or about `maxBytes` of JSON. A cell the schema cannot cast is sent as written, so
 * the portal refuses it rather than storing it changed.
 *
 * @example
 * ```ts
 * for await (const batch of recordBatches(table, 1000)) await upsert(batch);
 * ```
 */
export async function* recordBatches(
  table: FoundTable,
  size: number,
  maxBytes = 800_000,
): AsyncGenerator<Record<string, unknown>[]> {
  const opened = await openFile(table.path, opening(table));
  if (opened.stopped !== null) {
    await opened.close();
    return;
  }
  const fields = opened.fields;
  const casters = fields.map((f) => createCaster(f, { missingValues: opened.missingValues }));
  let batch: Record<string, unknown>[] = [];
  let bytes = 0;
  for await (const rows of opened.batches())
    for (const row of rows) {
      const record: Record<string, unknown> = {};
      for (const [j, f] of fields.entries()) {
        const cell = row.cells[j] ?? "";
        record[f.name] = asJson((casters[j] as (s: string) => unknown)(cell), f, cell);
      }
      batch.push(record);
      bytes += JSON.stringify(record).length;
      if (batch.length >= size || bytes >= maxBytes) {
        yield batch;
        batch = [];
        bytes = 0;
      }
    }
  if (batch.length) yield batch;
}
