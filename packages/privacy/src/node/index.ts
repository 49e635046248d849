// @ciudata/privacy/node: file paths, keys from the environment or a file, atomic streaming writes.
export { type AnonymizeFileOptions, anonymizeFile } from "./anonymize-file";
export { runIdsConformance, runSdcConformance } from "./conformance";
export { readKey } from "./key";
