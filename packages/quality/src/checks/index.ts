// The registry of quality checks: one descriptor per folder (`checks/<id>/index.ts` exports `<id>Check`),
// listed in registry.ts, which the build writes from the folders (scripts/registry.mjs).
import { CiudataError, fromZodIssues, type IssueCatalog, mergeCatalogs, type PerLang } from "@ciudata/core";
import type { Check } from "@ciudata/table";
import type { Dimension } from "../dimensions/dimensions";
import type { FileCheckDescriptor, QualityCheckDescriptor, RowCheckDescriptor } from "./_shared/descriptor";
import { sharedIssues } from "./_shared/messages";
import { CHECK_DESCRIPTORS } from "./registry";

export {
  defineCheck,
  type FileCheckDescriptor,
  type FileInspector,
  NO_ISSUES,
  type QualityCheckDescriptor,
  type RowCheckDescriptor,
} from "./_shared/descriptor";
export type { Detected } from "./_shared/detected";
export { detectedOf } from "./_shared/detected";
export { oneFindingPerProblem } from "./_shared/one-finding";
export { CHECK_DESCRIPTORS };

/**
 * The wording (es/en/pt) of every issue type the checks emit: the merge of each descriptor's `messages`
 * the shared `check-error`/`quality/check-error` (the checklist's `checklist-error` is in `qualityIssues`). Pass it to `localize`/`renderMessage` (or merge it into `qualityIssues`).
 *
 * @example
 * ```ts
 * renderMessage(issue, "es", checkIssues);
 * ```
 */
export const checkIssues: PerLang<IssueCatalog> = mergeCatalogs(
  sharedIssues,
  ...CHECK_DESCRIPTORS.map((d) => d.messages),
);

/**
 * The quality dimension of every issue type a check emits, from its descriptor (`quality/whitespace` →
 * `consistency`), so a new check's findings are scored without touching the dimension mapping.
 *
 * @example
 * ```ts
 * CHECK_DIMENSIONS["quality/control-characters"]; //=> "validity"
 * ```
 */
export const CHECK_DIMENSIONS: Readonly<Record<string, Dimension>> = Object.freeze(
  Object.fromEntries(
    CHECK_DESCRIPTORS.flatMap((d) =>
      Object.keys(d.messages.es)
        .filter((type) => !type.startsWith("expected:"))
        .map((type) => [type, d.dimension] as const),
    ),
  ),
);

/**
 * The descriptor a name means: a check id (`quality/whitespace`, `duplicate-row`) or one of its aliases
 * (a checklist `type`, a review id such as `quality/stale-data`); `undefined` when none.
 *
 * @example
 * ```ts
 * findCheck("quality/stale-data")?.id; //=> "quality/freshness"
 * findCheck("quality/deviated-value")?.id; //=> "deviated-value"
 * ```
 */
export function findCheck(
  name: string,
  registry: readonly QualityCheckDescriptor[] = CHECK_DESCRIPTORS,
): QualityCheckDescriptor | undefined {
  const found = registry.find((d) => d.id === name) ?? registry.find((d) => d.aliases.includes(name));
  if (found !== undefined || !name.startsWith("quality/")) return found;
  // The Frictionless checks have bare ids (`deviated-value`); `quality/deviated-value` means them too.
  const bare = name.slice("quality/".length);
  return bare.includes("/") ? undefined : registry.find((d) => d.id === bare);
}

/**
 * Builds the check a name means from JSON options, validated with the descriptor's schema. Bad options
 * throw a `CiudataError` of located `check-error`s (`options.fields`…); an unknown name returns `undefined`.
 *
 * @example
 * ```ts
 * const check = createCheck("quality/whitespace", { fields: ["barrio"] });
 * ```
 */
export function createCheck(
  name: string,
  options: Readonly<Record<string, unknown>> = {},
  registry: readonly QualityCheckDescriptor[] = CHECK_DESCRIPTORS,
): Check | undefined {
  const descriptor = findCheck(name, registry);
  if (descriptor?.scope !== "row") return undefined;
  return (descriptor as RowCheckDescriptor).create(parseOptions(descriptor, options));
}

/**
 * A descriptor's options validated by its schema, or a `CiudataError` of located `check-error`s.
 * @internal
 */
export function parseOptions<O extends object>(
  descriptor: RowCheckDescriptor<O> | FileCheckDescriptor<O>,
  options: Readonly<Record<string, unknown>>,
): O {
  const parsed = descriptor.options.safeParse(options);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues, options, {
    type: "check-error",
    prefix: ["options"],
  }).map((issue) => ({ ...issue, params: { ...issue.params, check: descriptor.id } }));
  const [first, ...rest] = issues;
  if (!first) return options as O;
  throw new CiudataError([first, ...rest]);
}
