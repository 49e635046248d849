import { z } from "zod";
import { defineRowCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { forbiddenValue } from "./forbidden-value";
import { forbiddenValueIssues } from "./messages";

/** The `forbidden-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const forbiddenValueCheck = defineRowCheck(
  "forbidden-value",
  "accuracy",
  forbiddenValueIssues,
  forbiddenValue,
  z.object({ fieldName, values: z.array(z.unknown()) }).loose(),
);
