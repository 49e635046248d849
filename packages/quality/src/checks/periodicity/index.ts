export { periodicityCheck } from "./check";
export { periodicityIssues } from "./messages";
export {
  checkPeriodicity,
  type Periodicity,
  type PeriodicityCheckOptions,
  type PeriodicityOptions,
  type PeriodicityResult,
  parsePeriodicity,
  periodicity,
  type UpdateMetadata,
} from "./periodicity";
