import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { CiudataError, createIssue, type Issue } from "@ciudata/core";
import { openFile, writeFileAtomic } from "@ciudata/table/node";
import { type EncodedRow, encodedFromRows, encodedManifest, encodedToCsv } from "../pprl/codec";
import type { Encoded } from "../pprl/encode";

/** The environment variable the secret is read from by default. */
export const SECRET_VARIABLE = "CIUDATA_LINK_SECRET";

/**
 * Where the manifest (schema, fingerprint, key check) of an encoded CSV lives: `a.clk.csv` →
 * `a.clk.schema.json` (any other name gets `.schema.json` appended).
 *
 * @example
 * ```ts
 * schemaPathOf("salud.clk.csv"); //=> "salud.clk.schema.json"
 * ```
 */
export function schemaPathOf(csvPath: string): string {
  return /\.csv$/i.test(csvPath) ? csvPath.replace(/\.csv$/i, ".schema.json") : `${csvPath}.schema.json`;
}

/**
 * Writes an encoded side to share: `path` (CSV `id,clk`, clk in base64) and its manifest beside it
 * ({@link schemaPathOf}): the schema without the secret, its fingerprint and the key check value. Each
 * file is written whole or not at all.
 *
 * @example
 * ```ts
 * await writeEncoded("salud.clk.csv", encodeRecords(records, schema, secretFromEnv()));
 * ```
 */
export async function writeEncoded(path: string, encoded: Encoded): Promise<{ csv: string; schema: string }> {
  const schema = schemaPathOf(path);
  await writeFileAtomic(path, encodedToCsv(encoded));
  await writeFileAtomic(schema, `${JSON.stringify(encodedManifest(encoded), null, 2)}\n`);
  return { csv: path, schema };
}

/**
 * Reads an encoded side written by {@link writeEncoded} (by this party or the other), checking the
 * header, each encoding, unique ids and that the manifest belongs to the file. Throws a `CiudataError`
 * with located issues; ids are masked in them.
 *
 * @example
 * ```ts
 * const a = await readEncoded("salud.clk.csv");
 * const b = await readEncoded("educacion.clk.csv");
 * const { pairs } = linkEncoded(a, b);
 * ```
 */
export async function readEncoded(path: string): Promise<Encoded> {
  const schemaFile = schemaPathOf(path);
  const file = basename(path);
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(schemaFile, "utf8"));
  } catch (cause) {
    throw new CiudataError(
      [
        createIssue("linkage/pprl-no-schema", {
          params: { file, schemaFile: basename(schemaFile) },
          note: `${basename(schemaFile)} is missing or not JSON`,
        }),
      ],
      { cause },
    );
  }
  const table = await openFile(path, {
    dialect: { delimiter: ",", header: true, quoteChar: '"' },
    schema: {
      fields: [
        { name: "id", type: "string" },
        { name: "clk", type: "string" },
      ],
    },
    schemaSync: true,
  });
  if (table.stopped !== null) {
    await table.close();
    throw new CiudataError(
      (table.issues.length > 0 ? table.issues : [createIssue("source-error")]) as [Issue, ...Issue[]],
    );
  }
  const rows: EncodedRow[] = [];
  for await (const batch of table.batches())
    for (const row of batch) rows.push({ rowNumber: row.rowNumber, cells: row.cells });
  return encodedFromRows(manifest, table.labels, rows, { file, schemaFile: basename(schemaFile) });
}

/**
 * The shared secret from the environment (never from the command line, where other users of the
 * machine and the shell history can see it). Throws `linkage/pprl-no-secret` when it is not set.
 *
 * @example
 * ```ts
 * // CIUDATA_LINK_SECRET=… node encode.js
 * const secret = secretFromEnv();
 * ```
 */
export function secretFromEnv(
  variable: string = SECRET_VARIABLE,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const value = env[variable];
  if (value === undefined || value === "")
    throw new CiudataError([
      createIssue("linkage/pprl-no-secret", { params: { variable }, note: `${variable} is not set` }),
    ]);
  return value;
}
