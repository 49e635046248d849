export { appendReviews } from "./append";
export { checkInventory, type InventoryParse, isPeriodicity, parseInventory } from "./parse";
export {
  type AreaCoverage,
  type DatasetTrend,
  INVENTORY_REPORT_FORMAT,
  type InventoryReport,
  inventoryReport,
  reviewsAsOf,
  type StaleDataset,
  type TrendPoint,
} from "./report";
