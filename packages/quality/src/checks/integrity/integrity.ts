import { type Check, type OpenedSource, tableError } from "@ciudata/table";
import { checkError } from "../_shared";
import { createHasher, HASH_ALGORITHMS, type HashAlgorithm, type Hasher } from "./digest";

/** Options of {@link integrity}: what a Data Resource declares about its file. */
export interface IntegrityOptions {
  /** `hash` as in a Data Resource: hex digest, MD5 unless prefixed (`"sha256:…"`, `"sha1:…"`). */
  hash?: string;
  /** `bytes`: the file size. */
  bytes?: number;
  /** Expected number of data rows (frictionless' `rows` stat). */
  rows?: number;
}

/** The integrity check: a Check plus the tap that counts and hashes the bytes as they are read. */
export interface IntegrityCheck extends Check {
  /** Wraps a source so its bytes are counted and hashed in the same single read. */
  wrap(source: OpenedSource): OpenedSource;
}

/**
 * `hash-count`, `byte-count` and `row-count`: the file is the one the metadata describes (frictionless-py
 * baseline). The bytes are hashed while they stream (pure TypeScript MD5/SHA-1/SHA-256), so the check
 * costs no second read; `validate` wraps the source for you.
 *
 * @example
 * ```ts
 * await validate(bytes, { hash: "sha256:a1fd6c5f…", bytes: 30 }); // hash-count / byte-count when they differ
 * ```
 */
export function integrity(options: IntegrityOptions): IntegrityCheck {
  const [prefix, digest] = options.hash?.includes(":") ? options.hash.split(":", 2) : ["md5", options.hash];
  const algorithm = (prefix ?? "md5").toLowerCase();
  const supported = algorithm in HASH_ALGORITHMS;
  let hasher: Hasher | null = null;
  let bytes: number | null = null;
  let rows = 0;
  return {
    name: "integrity",
    wrap(source) {
      bytes = 0;
      if (options.hash !== undefined && supported) hasher = createHasher(algorithm as HashAlgorithm);
      const chunks = source.chunks;
      const tapped = async function* () {
        for await (const chunk of chunks) {
          bytes = (bytes ?? 0) + chunk.byteLength;
          hasher?.update(chunk);
          yield chunk;
        }
      };
      return { ...source, chunks: tapped() };
    },
    onRow() {
      rows++;
    },
    onFinish(ctx) {
      if (options.hash !== undefined) {
        if (!supported)
          ctx.report(checkError(`hash algorithm "${algorithm}" is not supported (md5, sha1, sha256)`));
        else if (hasher === null)
          ctx.report(checkError("the hash needs the source bytes: validate with `validate()`"));
        else {
          const actual = hasher.hex();
          if (actual !== digest?.toLowerCase())
            ctx.report(
              tableError("hash-count", {
                tags: ["#file"],
                note: `expected is "${digest}" and actual is "${actual}"`,
                params: { expected: digest ?? null, received: actual, algorithm },
              }),
            );
        }
      }
      if (options.bytes !== undefined && bytes !== null && bytes !== options.bytes)
        ctx.report(
          tableError("byte-count", {
            tags: ["#file"],
            note: `expected is "${options.bytes}" and actual is "${bytes}"`,
            params: { expected: options.bytes, received: bytes },
          }),
        );
      if (options.rows !== undefined && rows !== options.rows)
        ctx.report(
          tableError("row-count", {
            note: `expected is "${options.rows}" and actual is "${rows}"`,
            params: { expected: options.rows, received: rows },
          }),
        );
    },
  };
}
