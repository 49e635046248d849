export { type TerritoryCoverageOptions, type TerritoryUnit, territoryCoverage } from "./territory-coverage";
