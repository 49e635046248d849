import { disaggregationIssues } from "@ciudata/disaggregation";
import { geoCheckIssues } from "@ciudata/geo";
import { privacyIssues } from "@ciudata/privacy";
import { DIMENSIONS, qualityIssues } from "@ciudata/quality";
import { type ErrorSelection, type ErrorTag, tableIssues } from "@ciudata/table";
import type { ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { validateMessages } from "../../messages/validate";
import { suggest } from "../../suggest";

/** The tags findings carry (frictionless' and disaggregation's), then one per quality dimension. */
const TAGS: readonly string[] = [
  ...([
    "#file",
    "#source",
    "#encoding",
    "#format",
    "#dialect",
    "#schema",
    "#table",
    "#header",
    "#label",
    "#row",
    "#cell",
  ] satisfies ErrorTag[]),
  "#disaggregation",
  ...DIMENSIONS.map((d) => `#${d}`),
];

/**
 * Every finding type a review can report (the table's, quality's, privacy's and disaggregation's
 * catalogs, and the geo checks' of `--areas`), sorted; catalog entries that word a field's expectation (`expected:…`) are not types.
 */
function knownTypes(): string[] {
  const types = new Set<string>();
  for (const catalog of [tableIssues, qualityIssues, privacyIssues, disaggregationIssues, geoCheckIssues])
    for (const type of Object.keys(catalog.es)) if (/^[a-z][a-z0-9/-]*$/.test(type)) types.add(type);
  return [...types].sort();
}

/** One of `--pick-errors` / `--skip-errors`: its items, each a known type or tag. */
function readList(args: ParsedArgs, flag: "pick-errors" | "skip-errors"): string[] | undefined {
  const value = args.flags[flag];
  if (typeof value !== "string") return undefined;
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const types = knownTypes();
  const known = new Set([...types, ...TAGS]);
  for (const item of [...items, ...(items.length ? [] : [value])]) {
    // A city's profile rules are types of their own (`quality/profile/<rule>`).
    if (known.has(item) || (item.startsWith("quality/profile/") && item.length > 16)) continue;
    const guess = suggest(item, [...known]);
    throw new UsageError({
      kind: "custom",
      message: localized(validateMessages, "unknownErrorType", {
        flag: `--${flag}`,
        item,
        guess: guess ?? "",
        types: types.join(", "),
        tags: TAGS.join(", "),
      }),
    });
  }
  return items;
}

/**
 * `--pick-errors a,b` and `--skip-errors c,#tag` as a selection (frictionless-py's `pick_errors` /
 * `skip_errors`): issue types, tags (`#row`, `#cell`…) and quality dimensions as tags
 * (`#completeness`, `#privacy`…). An unknown item is a usage error naming the known ones.
 *
 * @example
 * ```ts
 * readSelection({ positionals: [], flags: { "skip-errors": "blank-row,#privacy" } });
 * //=> { skip: ["blank-row", "#privacy"] }
 * ```
 */
export function readSelection(args: ParsedArgs): ErrorSelection | undefined {
  const pick = readList(args, "pick-errors");
  const skip = readList(args, "skip-errors");
  if (pick === undefined && skip === undefined) return undefined;
  return { ...(pick ? { pick } : {}), ...(skip ? { skip } : {}) };
}
