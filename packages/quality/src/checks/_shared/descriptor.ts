import type { Issue, IssueCatalog, Lang, PerLang } from "@ciudata/core";
import type { Check } from "@ciudata/table";
import { z } from "zod";
import type { Dimension } from "../../dimensions/dimensions";
import type { Detected } from "./detected";

/** What a file-scope check returns: the issues it finds in what the reader detected. */
export type FileInspector = (detected: Detected, lang: Lang) => Issue[];

interface DescriptorBase<O extends object> {
  /** The check's id, as reports and registries name it (`quality/whitespace`, `duplicate-row`). */
  readonly id: string;
  /** The quality dimension its findings count against. */
  readonly dimension: Dimension;
  /** Validates the options a checklist, profile or review gives it. */
  readonly options: z.ZodType<O>;
  /** How the issue types it emits are worded, es/en/pt (a `defineIssueCatalogs` value). */
  readonly messages: PerLang<IssueCatalog>;
  /** Other names that mean this check: checklist `type`s, profile rule ids, review ids. */
  readonly aliases: readonly string[];
}

/** A check that runs in the one read of the table (`onRow` / `onFinish`). */
export interface RowCheckDescriptor<O extends object = object> extends DescriptorBase<O> {
  readonly scope: "row";
  /** Builds the check from its (already validated) options. */
  create(options: O): Check;
}

/** A check that reads what the reader detected (encoding, dialect) once the read is over. */
export interface FileCheckDescriptor<O extends object = object> extends DescriptorBase<O> {
  readonly scope: "file";
  /** Builds the inspector from its (already validated) options. */
  create(options: O): FileInspector;
}

/** One check, described once: everything a registry, a checklist, a profile and the CLI need. */
export type QualityCheckDescriptor<O extends object = object> =
  | RowCheckDescriptor<O>
  | FileCheckDescriptor<O>;

/**
 * Declares a check. Its folder's `index.ts` exports the result; `checks/index.ts` lists it in
 * `CHECK_DESCRIPTORS` (a test fails when a folder is missing there).
 *
 * @example
 * ```ts
 * export const duplicateRowCheck = defineCheck({
 *   id: "duplicate-row", dimension: "uniqueness", scope: "row", aliases: [],
 *   options: z.object({}).loose(), messages: duplicateRowIssues, create: () => duplicateRow(),
 * });
 * ```
 */
export function defineCheck<O extends object>(descriptor: RowCheckDescriptor<O>): RowCheckDescriptor<O>;
export function defineCheck<O extends object>(descriptor: FileCheckDescriptor<O>): FileCheckDescriptor<O>;
export function defineCheck<O extends object>(
  descriptor: QualityCheckDescriptor<O>,
): QualityCheckDescriptor<O> {
  return Object.freeze({ ...descriptor, aliases: Object.freeze([...descriptor.aliases]) });
}

/** An issue catalog with no entries, for checks whose wording lives elsewhere (e.g. `@ciudata/table`). */
export const NO_ISSUES: PerLang<IssueCatalog> = Object.freeze({ es: {}, en: {}, pt: {} });

/** The options of a check that takes none (any extra keys are let through). */
const NO_OPTIONS = z.object({}).loose();

/**
 * Declares a row-scope check with no aliases from the parts that differ from check to check;
 * `options` defaults to none (`z.object({}).loose()`).
 *
 * @example
 * ```ts
 * export const duplicateRowCheck = defineRowCheck("duplicate-row", "uniqueness", duplicateRowIssues, duplicateRow);
 * ```
 */
export function defineRowCheck<O extends object>(
  id: string,
  dimension: Dimension,
  messages: PerLang<IssueCatalog>,
  create: (options: O) => Check,
  options: z.ZodType<O> = NO_OPTIONS as unknown as z.ZodType<O>,
): RowCheckDescriptor<O> {
  return defineCheck({ id, dimension, scope: "row", aliases: [], options, messages, create });
}
