export { type CompiledChecks, type CompileOptions, compileChecks } from "./compile";
export { duckdbDialect, postgresDialect, type SqlDialect, trinoDialect } from "./dialect";
export type { CountColumn, NotPushed } from "./field";
export type { KeyCheck, ReferencedTable } from "./keys";
export { sqlPattern } from "./pattern";
export { type CompiledRisk, type CompileRiskOptions, compileRisk } from "./risk";
