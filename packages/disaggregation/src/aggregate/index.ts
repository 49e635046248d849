export {
  type AggregateCell,
  type AggregateOptions,
  type AggregateResult,
  type Aggregator,
  aggregateJson,
  aggregateRows,
  aggregateTable,
  aggregationCheck,
  createAggregator,
} from "./aggregate";
