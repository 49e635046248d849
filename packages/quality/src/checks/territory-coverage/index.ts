export { territoryCoverageCheck } from "./check";
export { territoryCoverageIssues } from "./messages";
export { type TerritoryCoverageOptions, type TerritoryUnit, territoryCoverage } from "./territory-coverage";
