// @ciudata/geo/node: the Node-only parts (reading areas files, scanning and writing tables).

export { readAreasFile } from "./areas";
export { type CoarsenFileOptions, coarsenFile } from "./coarsen";
export {
  type CoverageFileOptions,
  type CoverageFileResult,
  coverageFile,
  type ReadPopulationOptions,
  readPopulationFile,
} from "./coverage";
export { type ScanFileOptions, scanFile } from "./scan";
