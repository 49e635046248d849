import { CiudataError, createIssue, type Issue, maskValue } from "@ciudata/core";
import { writeCsv } from "@ciudata/table";
import { z } from "zod";
import { popcountAt } from "./dice";
import type { Encoded } from "./encode";
import { type EncodingSchemaSchema, parseEncodingSchema, schemaFingerprint } from "./schema";

/**
 * What goes beside an encoded CSV (`<name>.schema.json`): the schema (never the secret), its
 * fingerprint and the key check value, so the other party encodes the same way and two files encoded
 * differently are refused.
 */
export interface EncodedManifest {
  format: "ciudata-clk-file";
  version: 1;
  /** The side's name when it was encoded. */
  source: string;
  /** Records in the CSV. */
  records: number;
  fingerprint: string;
  keyCheck: string;
  schema: z.input<typeof EncodingSchemaSchema>;
}

const ManifestSchema = z.object({
  format: z.literal("ciudata-clk-file"),
  version: z.literal(1),
  source: z.string(),
  records: z.number().int().min(0),
  fingerprint: z.string(),
  keyCheck: z.string(),
  schema: z.unknown(),
});

/** Bytes of encoding `i`: bit `k` is bit `k % 8` of byte `⌊k / 8⌋` (the same on every platform). */
function clkBytes(e: Encoded, i: number): Uint8Array {
  const out = new Uint8Array(e.words * 4);
  for (let w = 0; w < e.words; w++) {
    const v = e.clks[i * e.words + w] as number;
    out[4 * w] = v & 0xff;
    out[4 * w + 1] = (v >>> 8) & 0xff;
    out[4 * w + 2] = (v >>> 16) & 0xff;
    out[4 * w + 3] = (v >>> 24) & 0xff;
  }
  return out;
}

/**
 * One encoding as base64 text (the `clk` column of an encoded file).
 *
 * @example
 * ```ts
 * clkToBase64(encoded, 0).length; //=> 172 for 1,024 bits
 * ```
 */
export function clkToBase64(e: Encoded, i: number): string {
  let text = "";
  for (const b of clkBytes(e, i)) text += String.fromCharCode(b);
  return btoa(text);
}

/**
 * An encoded side as CSV text, `id,clk` (clk in base64), to share with the other party together with
 * {@link encodedManifest}.
 *
 * @example
 * ```ts
 * encodedToCsv(encoded).split("\r\n")[0]; //=> "id,clk"
 * ```
 */
export function encodedToCsv(e: Encoded): string {
  const rows: string[][] = [["id", "clk"]];
  for (let i = 0; i < e.ids.length; i++) rows.push([e.ids[i] as string, clkToBase64(e, i)]);
  return `${writeCsv(rows, { escapeFormulas: false })}\r\n`;
}

/**
 * The manifest of an encoded side (schema, fingerprint, key check, record count): JSON to share beside
 * its CSV. It holds no secret and no value.
 *
 * @example
 * ```ts
 * JSON.stringify(encodedManifest(encoded), null, 2);
 * ```
 */
export function encodedManifest(e: Encoded): EncodedManifest {
  return {
    format: "ciudata-clk-file",
    version: 1,
    source: e.source,
    records: e.ids.length,
    fingerprint: e.fingerprint,
    keyCheck: e.keyCheck,
    schema: e.schema,
  };
}

/** A data row of an encoded CSV: its physical row number (header = 1) and cells. */
export interface EncodedRow {
  rowNumber: number;
  cells: readonly string[];
}

/**
 * Reads an encoded side back from its manifest (parsed JSON) and its CSV rows, checking everything: the
 * header, each encoding's length, unique ids, the record count and the fingerprint. Throws a
 * `CiudataError` with located issues (ids masked).
 *
 * @example
 * ```ts
 * const e = encodedFromRows(manifest, ["id", "clk"], rows, { file: "a.clk.csv", schemaFile: "a.clk.schema.json" });
 * ```
 */
export function encodedFromRows(
  manifest: unknown,
  header: readonly string[],
  rows: Iterable<EncodedRow>,
  options: { file: string; schemaFile: string },
): Encoded {
  const { file, schemaFile } = options;
  const m = ManifestSchema.safeParse(manifest);
  if (!m.success)
    throw new CiudataError([
      createIssue("linkage/pprl-no-schema", {
        params: { file, schemaFile },
        note: `${schemaFile} is not a ciudata-clk manifest`,
      }),
    ]);
  const schema = parseEncodingSchema(m.data.schema);
  if (header.length !== 2 || header[0]?.trim() !== "id" || header[1]?.trim() !== "clk")
    throw new CiudataError([
      createIssue("linkage/pprl-bad-header", {
        rowNumber: 1,
        params: { file, header: header.join(",").slice(0, 80) },
        note: `${file} does not start with id,clk`,
      }),
    ]);
  const words = schema.l / 32;
  const ids: string[] = [];
  const chunks: Uint32Array[] = [];
  const firstRow = new Map<string, number>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const id = row.cells[0] ?? "";
    const first = firstRow.get(id);
    if (first !== undefined) {
      issues.push(
        createIssue("linkage/pprl-duplicate-id", {
          rowNumber: row.rowNumber,
          fieldName: "id",
          params: { file, id: maskValue(id), first },
          note: `${file}: an id repeats row ${first}`,
        }),
      );
      continue;
    }
    const clk = decodeClk(row.cells[1] ?? "", words);
    if (clk === null) {
      issues.push(
        createIssue("linkage/pprl-bad-clk", {
          rowNumber: row.rowNumber,
          fieldName: "clk",
          params: { file, bits: schema.l },
          note: `${file}: the clk is not base64 of ${schema.l} bits`,
        }),
      );
      continue;
    }
    firstRow.set(id, row.rowNumber);
    ids.push(id);
    chunks.push(clk);
    if (issues.length >= 20) break;
  }
  if (issues.length > 0) throw new CiudataError(issues as [Issue, ...Issue[]]);
  if (ids.length !== m.data.records || m.data.fingerprint !== schemaFingerprint(schema))
    throw new CiudataError([
      createIssue("linkage/pprl-manifest-mismatch", {
        params: { file, schemaFile, declared: m.data.records, count: ids.length },
        note: `${schemaFile} does not describe ${file}`,
      }),
    ]);
  const clks = new Uint32Array(ids.length * words);
  for (let i = 0; i < chunks.length; i++) clks.set(chunks[i] as Uint32Array, i * words);
  const popcounts = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i++) popcounts[i] = popcountAt(clks, i, words);
  return {
    source: file,
    ids,
    schema,
    fingerprint: m.data.fingerprint,
    keyCheck: m.data.keyCheck,
    words,
    clks,
    popcounts,
  };
}

/** One base64 encoding as words, or `null` when it is not base64 of exactly `words × 32` bits. */
function decodeClk(text: string, words: number): Uint32Array | null {
  let bytes: string;
  try {
    bytes = atob(text.trim());
  } catch {
    return null;
  }
  if (bytes.length !== words * 4) return null;
  const out = new Uint32Array(words);
  for (let w = 0; w < words; w++)
    out[w] =
      (bytes.charCodeAt(4 * w) |
        (bytes.charCodeAt(4 * w + 1) << 8) |
        (bytes.charCodeAt(4 * w + 2) << 16) |
        (bytes.charCodeAt(4 * w + 3) << 24)) >>>
      0;
  return out;
}
