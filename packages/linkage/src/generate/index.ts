// The Latin American registry generator: two social-programme registries with different layouts and a
// known truth, or one registry with duplicates within it. Browser-safe and seeded.

export { DEFAULT_ERROR_RATES, type ErrorKind, type ErrorRates, type ErrorTally } from "./errors";
export {
  type GeneratedRegistries,
  type GeneratedRegistry,
  type GeneratedTable,
  type GeneratedTruth,
  generateRegistries,
  generateRegistry,
} from "./generate";
export type { NameLayout } from "./layouts";
export { generatedMapping } from "./mapping";
export { type GenerateOptions, planRegistries, planRegistry, type RegistryPlan, type SidePlan } from "./plan";
