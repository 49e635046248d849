// What `@ciudata/quality/node` builds on (not exported from the package root).
export {
  type ColumnAccumulator,
  type ColumnState,
  columnAccumulators,
  countRows,
} from "./column";
export { type DescribeOptions, openStats, type StatsOpening, streamStats } from "./describe";
export type { TableStats } from "./types";
