import { defineCommand, helpText } from "../../declare";
import { idMessages } from "../../messages/id";

/**
 * `ciudata id <type> <value>`: validates an identifier (DNI, CUIT, RUT, CURP, CPF…) and says what it
 * embeds. Exits 1 when the value is not valid.
 */
export const idCommand = defineCommand({
  name: "id",
  summary: helpText(idMessages, "summary"),
  usage: helpText(idMessages, "usage"),
  args: [{ name: "type" }, { name: "value" }],
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runId),
});
