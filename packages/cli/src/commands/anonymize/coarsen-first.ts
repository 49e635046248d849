import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translator } from "@ciudata/core";
import { type CoarsenFileOptions, coarsenFile, readAreasFile } from "@ciudata/geo/node";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { asUsageError, userPath } from "../../io";
import { localized } from "../../messages";
import { anonymizeMessages } from "../../messages/anonymize";
import { geoCoarsenMessages } from "../../messages/geo-coarsen";

/** The table with its points coarsened, in a temporary file, and what people read about it. */
export interface Coarsened {
  /** The coarsened copy the plan is applied to. */
  path: string;
  /** What was done (`geo coarsen`'s lines), in the user's language. */
  lines: string[];
  /** What was done, as data. */
  data: Record<string, unknown>;
  /** Removes the temporary copy. */
  remove(): Promise<void>;
}

/**
 * `anonymize --grid <metres>` or `--areas <areas>`: coarsens the table's points first, as `geo coarsen`
 * does (each point to its grid cell's centre, or the coordinate columns replaced by the containing area's
 * code and name; a point that cannot be coarsened is emptied), into a temporary copy the plan then reads.
 * `null` without either flag. The input is never modified.
 *
 * @example
 * ```ts
 * const first = await coarsenFirst(args, ctx, "padron.csv"); // --grid 500
 * first?.path; // a temporary CSV with the points on a 500 m grid
 * ```
 */
export async function coarsenFirst(
  args: ParsedArgs,
  ctx: CommandContext,
  target: string,
): Promise<Coarsened | null> {
  const gridText = typeof args.flags.grid === "string" ? args.flags.grid : undefined;
  const areas = typeof args.flags.areas === "string" ? args.flags.areas : undefined;
  if (gridText === undefined && areas === undefined) return null;
  const grid = gridText === undefined ? undefined : Number(gridText);
  if (grid !== undefined && !(Number.isFinite(grid) && grid > 0))
    throw new UsageError({ kind: "custom", message: localized(geoCoarsenMessages, "badGrid") });
  const dir = await mkdtemp(join(tmpdir(), "ciudata-coarsen-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const path = join(dir, "coarsened.csv");
    const options: CoarsenFileOptions = { out: path, escapeFormulas: false, inputs: [userPath(ctx, target)] };
    if (grid !== undefined) options.grid = grid;
    else options.areas = await readAreasFile(userPath(ctx, areas as string));
    const done = await coarsenFile(userPath(ctx, target), options);
    const { t } = translator(geoCoarsenMessages, ctx.lang);
    const lines = [
      grid !== undefined ? t("grid", { metres: grid }) : t("areas", { file: areas ?? "" }),
      t("done", { ...done, smallest: done.smallestCell ?? 0, below: done.rowsBelowK }),
      translator(anonymizeMessages, ctx.lang).t("coarsenedFirst"),
    ];
    return { path, lines, data: { ...(grid === undefined ? { areas } : { grid }), ...done }, remove };
  } catch (error) {
    await remove();
    throw asUsageError(error);
  }
}
