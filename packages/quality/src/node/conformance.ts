import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runTableCases, type TableCaseResult } from "../conformance";

/**
 * Runs the table cases of a frictionless conformance suite folder (holding `expected.json`, `data/`
 * and `inline/`), reading its files in place. Node only.
 *
 * @example
 * ```ts
 * import { runTableSuite } from "@ciudata/quality/node";
 * const results = await runTableSuite("../shared/conformance/frictionless");
 * ```
 */
export async function runTableSuite(dir: string): Promise<TableCaseResult[]> {
  let manifest: unknown;
  try {
    manifest = await readJsonFile(dir, "expected.json");
  } catch (cause) {
    // A suite it cannot read is one failure with its reason, never an exception.
    return [{ id: "expected.json", status: "failed", reason: (cause as Error).message }];
  }
  const cases =
    typeof manifest === "object" && manifest !== null && !Array.isArray(manifest)
      ? ((manifest as { cases?: unknown }).cases ?? [])
      : manifest;
  return runTableCases(cases as readonly unknown[], {
    open: async (path) => {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (cause) {
        throw new Error(`${path}: cannot be read (${codeOf(cause)})`);
      }
    },
    json: (path) => readJsonFile(dir, path),
  });
}

/** A file's error code (`ENOENT`, `EISDIR`…), or its message. */
function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : String(cause);
}

/** A JSON file of the suite; the error names the file and why (unreadable, or not JSON). */
async function readJsonFile(dir: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(dir, path), "utf8");
  } catch (cause) {
    throw new Error(`${path}: cannot be read (${codeOf(cause)})`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new Error(`${path}: not valid JSON (${(cause as Error).message})`);
  }
}
