import { defineRowCheck } from "../_shared/descriptor";
import { truncatedValueIssues } from "./messages";
import { truncatedValue } from "./truncated-value";

/**
 * The `truncated-value` check, described once: id, dimension, options, wording, aliases and factory.
 *
 * @example
 * ```ts
 * truncatedValueCheck.create(truncatedValueCheck.options.parse({}));
 * ```
 */
export const truncatedValueCheck = defineRowCheck(
  "truncated-value",
  "accuracy",
  truncatedValueIssues,
  truncatedValue,
);
