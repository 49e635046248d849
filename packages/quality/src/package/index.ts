export { inlineCsv } from "./inline";
export { type PackageOptions, validatePackage, validateResource } from "./validate-package";
