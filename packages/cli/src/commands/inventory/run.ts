import type { Handler } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";
import { add } from "./add";
import { check } from "./check";
import { importInventory } from "./import";
import { init } from "./init";
import { report } from "./report";
import { validate } from "./validate";

/**
 * Runs `ciudata inventory init|import|add|check|validate|report`. Input files are never modified; the
 * inventory being updated is written atomically (a temporary file renamed over it), and only when the
 * whole change is valid.
 */
export const runInventory: Handler = async (args, ctx) => {
  const [sub, file] = args.positionals as [string, string | undefined];
  if (sub === "init") return init(file, args, ctx);
  if (sub === "import") return importInventory(file, args, ctx);
  if (file === undefined)
    throw new UsageError({ kind: "custom", message: localized(inventoryMessages, "needsFile", { sub }) });
  switch (sub) {
    case "add":
      return add(file, args, ctx);
    case "check":
      return check(file, ctx);
    case "validate":
      return validate(file, args, ctx);
    default:
      return report(file, args, ctx);
  }
};
