export { requiredDimensionsCheck } from "./required-dimensions";
