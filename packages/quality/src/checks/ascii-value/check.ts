import { defineRowCheck } from "../_shared/descriptor";
import { asciiValue } from "./ascii-value";
import { asciiValueIssues } from "./messages";

/**
 * The `ascii-value` check, described once: id, dimension, options, wording, aliases and factory.
 *
 * @example
 * ```ts
 * asciiValueCheck.create(asciiValueCheck.options.parse({}));
 * ```
 */
export const asciiValueCheck = defineRowCheck("ascii-value", "validity", asciiValueIssues, asciiValue);
