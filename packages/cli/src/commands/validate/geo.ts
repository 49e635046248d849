import { geoChecks, unprojection } from "@ciudata/geo";

export { geoCheckIssues } from "@ciudata/geo";

import type { AreaLayer } from "@ciudata/geo";
import { readAreasFile } from "@ciudata/geo/node";
import type { Check } from "@ciudata/table";
import type { CommandContext, ParsedArgs } from "../../declare";
import { asUsageError, userPath } from "../../io";

/** The flags `geo check` also reads, mapped to the geo checks' options. */
const COLUMN_FLAGS = [
  ["lat", "lat"],
  ["lon", "lon"],
  ["point", "point"],
  ["territory-field", "territory"],
  ["crs", "crs"],
] as const;

/**
 * The geo checks `--areas` asks for (none without it): the areas read like `geo check` reads them
 * (`--code-field`, `--name-field`, `--areas-crs`), the table's columns as named. A bad areas file is a
 * usage error with its located message (exit 2); a table without coordinates is a finding of the report.
 *
 * @example
 * ```ts
 * const { checks } = await readGeoChecks({ positionals: ["a.csv"], flags: { areas: "barrios.geojson" } }, ctx, "a.csv");
 * ```
 */
export async function readGeoChecks(
  args: ParsedArgs,
  ctx: CommandContext,
  target: string,
): Promise<{ checks: Check[]; layer?: AreaLayer; columns: Record<string, string> }> {
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  const areas = flag("areas");
  if (areas === undefined) return { checks: [], columns: {} };
  const read: Record<string, string> = {};
  for (const [name, key] of [
    ["code-field", "codeField"],
    ["name-field", "nameField"],
    ["areas-crs", "crs"],
  ] as const) {
    const value = flag(name);
    if (value !== undefined) read[key] = value;
  }
  const options: Record<string, string> = {};
  for (const [name, key] of COLUMN_FLAGS) {
    const value = flag(name);
    if (value !== undefined) options[key] = value;
  }
  try {
    // An unknown --crs is refused before the read, like `geo check` refuses it.
    if (options.crs !== undefined) unprojection(options.crs);
    const layer = await readAreasFile(userPath(ctx, areas), read);
    return { checks: [geoChecks(layer, { ...options, file: target })], layer, columns: options };
  } catch (error) {
    throw asUsageError(error);
  }
}
