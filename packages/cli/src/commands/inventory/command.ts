import { defineCommand, helpTexts } from "../../declare";
import { inventoryMessages } from "../../messages/inventory";

const help = helpTexts(inventoryMessages);

/** Access levels of an inventoried dataset (`@ciudata/strategy`'s `ACCESS_LEVELS`; a test keeps them equal). */
export const INVENTORY_ACCESS = ["public", "internal", "restricted", "non-public"] as const;

/** States of an inventoried dataset (`@ciudata/strategy`'s `DATASET_STATES`; a test keeps them equal). */
export const INVENTORY_STATES = ["existing", "planned", "published", "retired"] as const;

/**
 * `ciudata inventory init|import|add|check|validate|report`: the city's living data inventory — start one,
 * import a spreadsheet or a portal's catalog, add a dataset, check it, review every dataset it can read
 * (quality, privacy, disaggregation; dated, appended) and report coverage, staleness and score trends.
 */
export const inventoryCommand = defineCommand({
  name: "inventory",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "subcommand", choices: ["init", "import", "add", "check", "validate", "report"] },
    { name: "file", optional: true, input: true },
  ],
  options: {
    city: { type: "string", help: help("flag.city") },
    areas: { type: "string", value: "id,id", help: help("flag.areas") },
    into: { type: "string", value: "inventario.json", help: help("flag.into") },
    "from-portal": { type: "string", value: "url", help: help("flag.fromPortal") },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: help("flag.asOf") },
    dataset: { type: "string", value: "id", help: help("flag.dataset") },
    id: { type: "string", help: help("flag.id") },
    title: { type: "string", help: help("flag.title") },
    description: { type: "string", help: help("flag.description") },
    area: { type: "string", value: "id", help: help("flag.area") },
    access: { type: "string", choices: INVENTORY_ACCESS, help: help("flag.access") },
    state: { type: "string", choices: INVENTORY_STATES, help: help("flag.state") },
    periodicity: { type: "string", value: "R/P1M", help: help("flag.periodicity") },
    url: { type: "string", help: help("flag.url") },
    "file-format": { type: "string", value: "CSV", help: help("flag.fileFormat") },
    personal: { type: "boolean", help: help("flag.personal") },
    contact: { type: "string", help: help("flag.contact") },
    license: { type: "string", help: help("flag.license") },
    modified: { type: "string", value: "YYYY-MM-DD", help: help("flag.modified") },
    keyword: { type: "string", help: help("flag.keyword") },
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runInventory),
});
