export { runTableSuite } from "./conformance";
export { validatePackageFile } from "./package-file";
