import { parseTruth, type Records, type Truth } from "@ciudata/linkage";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { readText } from "../../io";
import { localized } from "../../messages";
import { linkMessages } from "../../messages/link";

// The truth a run is scored against: a file (`left,right` pairs or `id,cluster`, read by the library),
// or a pattern that reads the person from each record id (`--truth-key`, FEBRL's `rec-(\d+)`).

/**
 * Reads `--truth` (a file that cannot be read is a usage error; one naming unknown ids is refused by
 * `evaluate`).
 *
 * @example
 * ```ts
 * const truth = await readTruth(ctx, "verdad.csv");
 * ```
 */
export async function readTruth(ctx: CommandContext, file: string): Promise<Truth> {
  return parseTruth(await readText(ctx, file), { file });
}

/**
 * The truth read from the record ids with a pattern whose first group is the person: every record
 * whose id matches is put in that person's cluster.
 *
 * @example
 * ```ts
 * truthFromIds(/rec-(\d+)/u, [left, right]); //=> { clusters: [["rec-1-org", "1"], ["rec-1-dup-0", "1"], …] }
 * ```
 */
export function truthFromIds(pattern: RegExp, sides: readonly Records[]): Truth {
  const clusters: [string, string][] = [];
  const seen = new Set<string>();
  for (const side of sides)
    for (const id of side.ids) {
      const m = pattern.exec(id);
      if (m?.[1] === undefined || seen.has(id)) continue;
      seen.add(id);
      clusters.push([id, m[1]]);
    }
  return { clusters };
}

/**
 * `--truth-key` as a pattern with a group; a usage error otherwise.
 *
 * @example
 * ```ts
 * truthPattern("rec-(\\d+)"); //=> /rec-(\d+)/u
 * ```
 */
export function truthPattern(source: string): RegExp {
  try {
    const re = new RegExp(source, "u");
    if ((new RegExp(`${source}|`, "u").exec("")?.length ?? 0) > 1) return re;
  } catch {}
  throw new UsageError({
    kind: "custom",
    message: localized(linkMessages, "noTruthKey", { pattern: source }),
  });
}
