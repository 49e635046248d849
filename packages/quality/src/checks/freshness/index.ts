export { freshnessCheck } from "./check";
export { type FreshnessOptions, freshness } from "./freshness";
export { freshnessIssues } from "./messages";
export {
  ageInYears,
  type DateInput,
  daysBetween,
  formatIsoDuration,
  hasTimePart,
  type IsoDuration,
  isoDate,
  parseIsoDuration,
  shiftByDuration,
  toDay,
  toMillis,
} from "./time";
