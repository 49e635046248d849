// Node-only helpers of @ciudata/strategy: reading strategy files from disk.
import { readFile } from "node:fs/promises";
import type { Issue } from "@ciudata/core";
import type { StrategyDocument } from "../model/document";
import { PRESETS } from "../presets";
import { parseStrategy } from "../validate/parse";

/** The outcome of {@link readStrategyFile}. */
export type StrategyFileRead =
  | { ok: true; document: StrategyDocument; issues: Issue[]; source: string }
  | { ok: false; issues: Issue[]; source: string };

/**
 * Reads and checks a strategy JSON file. A file that cannot be read rejects (the caller decides how to
 * report it); a file that is not a valid strategy resolves with `ok: false` and located issues.
 *
 * @example
 * ```ts
 * const read = await readStrategyFile("estrategia.json");
 * if (read.ok) console.log(read.document.actions.length);
 * ```
 */
export async function readStrategyFile(path: string): Promise<StrategyFileRead> {
  const text = await readFile(path, "utf8");
  const parsed = parseStrategy(text.replace(/^\uFEFF/, ""));
  return { ...parsed, source: path };
}

/**
 * A preset id (`mendoza-2024-2026`) or a path to a strategy file, checked (warnings included).
 *
 * @example
 * ```ts
 * const read = await loadStrategySource("mendoza-2024-2026");
 * read.ok && read.document.strategy.id; //=> "mendoza-2024-2026"
 * ```
 */
export async function loadStrategySource(target: string): Promise<StrategyFileRead> {
  const preset = PRESETS[target];
  if (preset) return { ...parseStrategy(structuredClone(preset)), source: `preset:${target}` };
  return readStrategyFile(target);
}
