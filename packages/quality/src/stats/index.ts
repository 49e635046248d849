export { type DescribeOptions, describeTable } from "./describe";
export type {
  ColumnStats,
  HistogramBin,
  Quantiles,
  StatValue,
  Summary,
  TableStats,
  TopValues,
} from "./types";
