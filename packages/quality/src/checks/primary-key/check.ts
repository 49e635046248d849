import { z } from "zod";
import { defineRowCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { primaryKeyIssues } from "./messages";
import { primaryKey } from "./primary-key";

/** The `primary-key` check, described once: id, dimension, options, wording, aliases and factory. */
export const primaryKeyCheck = defineRowCheck(
  "primary-key",
  "uniqueness",
  primaryKeyIssues,
  primaryKey,
  z.object({ fieldNames: fieldNames.exactOptional() }).loose(),
);
