export {
  type CompiledChecks,
  type CompileOptions,
  type CountColumn,
  compileChecks,
  type NotPushed,
} from "./compile";
export { duckdbDialect, postgresDialect, type SqlDialect, trinoDialect } from "./dialect";
export { sqlPattern } from "./pattern";
