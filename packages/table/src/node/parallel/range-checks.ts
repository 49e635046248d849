import { RowHasher } from "../../clean/row-hash";
import type { RangeCheck, RangeCheckFactory, RangeCheckPlan } from "../../runner/check";
import type { Field } from "../../schema";

/**
 * One instance of every range check of a task, its module imported from `of` (a resolved file URL,
 * see {@link rangeCheckFiles}); the same in a worker and in the main thread.
 * @internal
 * @example
 * ```ts
 * const checks = await loadRangeChecks(task);
 * ```
 */
export async function loadRangeChecks(task: {
  rangeChecks: readonly RangeCheckPlan[];
  fields: readonly Field[];
  labels: readonly string[];
}): Promise<RangeCheck[]> {
  const checks: RangeCheck[] = [];
  for (const plan of task.rangeChecks) {
    const module = (await import(plan.of)) as Record<string, unknown>;
    const factory = module[plan.factory];
    if (typeof factory !== "function") throw new Error(`${plan.of} has no export ${plan.factory}`);
    checks.push(
      (factory as RangeCheckFactory)(plan.options, {
        fields: task.fields,
        labels: task.labels,
        rowHasher: () => new RowHasher(),
      }),
    );
  }
  return checks;
}
