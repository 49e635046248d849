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
  const manifest: unknown = JSON.parse(await readFile(join(dir, "expected.json"), "utf8"));
  const cases =
    typeof manifest === "object" && manifest !== null && !Array.isArray(manifest)
      ? ((manifest as { cases?: unknown }).cases ?? [])
      : manifest;
  return runTableCases(cases as readonly unknown[], {
    open: async (path) => new Uint8Array(await readFile(join(dir, path))),
    json: async (path) => JSON.parse(await readFile(join(dir, path), "utf8")),
  });
}
