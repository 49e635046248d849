export { MENDOZA_STANDARD_JSON } from "./mendoza";
export {
  type DatasetSpec,
  DatasetSpecSchema,
  type DimensionSpec,
  DimensionSpecSchema,
  type InlineCodeList,
  InlineCodeListSchema,
  type Standard,
  type StandardInput,
  StandardSchema,
  ThresholdsSchema,
} from "./schema";
export {
  inlineToCodeList,
  mendozaStandard,
  parseStandard,
  type ResolvedDimension,
  resolveDimensions,
  type StandardOutcome,
  withCodeList,
} from "./standard";
