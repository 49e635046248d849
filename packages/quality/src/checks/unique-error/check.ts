import { z } from "zod";
import { defineRowCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { uniqueErrorIssues } from "./messages";
import { uniqueValues } from "./unique-error";

/** The `unique-error` check, described once: id, dimension, options, wording, aliases and factory. */
export const uniqueErrorCheck = defineRowCheck(
  "unique-error",
  "uniqueness",
  uniqueErrorIssues,
  uniqueValues,
  z.object({ fieldNames: fieldNames.exactOptional() }).loose(),
);
