export { integrityCheck } from "./check";
export { createHasher, HASH_ALGORITHMS, type HashAlgorithm, type Hasher } from "./digest";
export { type IntegrityCheck, type IntegrityOptions, integrity } from "./integrity";
export { integrityIssues } from "./messages";
