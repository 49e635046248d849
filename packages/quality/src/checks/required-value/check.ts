import { z } from "zod";
import { defineRowCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { requiredValueIssues } from "./messages";
import { requiredValue } from "./required-value";

/** The `required-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const requiredValueCheck = defineRowCheck(
  "required-value",
  "completeness",
  requiredValueIssues,
  requiredValue,
  z.object({ fieldName, values: z.array(z.unknown()) }).loose(),
);
