export { type DeviatedValueOptions, deviatedValue } from "./deviated-value";
