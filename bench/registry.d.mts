// Types of registry.mjs, for the root typecheck of test/bench-oracle.test.ts.

export type ErrorType =
  | "type-error"
  | "constraint-error"
  | "primary-key"
  | "blank-row"
  | "extra-cell"
  | "missing-cell";

export interface ErrorOptions {
  /** Share of data rows that get one injection (default 0.01). */
  rate?: number;
  /** Seed of the injection plan (default ERROR_SEED). */
  seed?: number;
  /** Leading data rows never touched (default 50). */
  cleanHead?: number;
  /** The kinds of injection to draw from (default all of `KINDS`). */
  kinds?: string[];
}

export interface Manifest {
  generatorVersion: number;
  file: string;
  rows: number;
  schema: string;
  seed: number;
  errorSeed: number;
  rate: number;
  note: string;
  total: number;
  counts: Record<ErrorType, number>;
  byField: {
    "type-error": Record<string, number>;
    "constraint-error": Record<string, number>;
    "missing-cell": Record<string, number>;
  };
  /** `field:constraint` → count, e.g. `"monto:maximum"`. */
  byConstraint: Record<string, number>;
  /** `primary-key` split: duplicated ids, and null keys (empty id, blank row) as frictionless-py counts them. */
  primaryKey: { duplicate: number; null: number; rule: string };
  missingValues: { total: number; byField: Record<string, number>; byValue: Record<string, number> };
  injectedRows: Record<string, number>;
}

export interface ExpectedError {
  rowNumber: number;
  type: ErrorType;
  fieldName: string | null;
  constraint: string | null;
}

export interface Generated {
  out: string;
  rows: number;
  manifest: Manifest | null;
  manifestPath: string | null;
  expected: ExpectedError[] | null;
}

export const GENERATOR_VERSION: number;
export const SEED: number;
export const ERROR_SEED: number;
export const HEADER: readonly string[];
export const KINDS: Record<string, readonly [ErrorType, string | null, string | null] | null>;
export function prng(seed: number): () => number;
export function planErrors(options: ErrorOptions & { rows: number }): Map<number, { kind: string }>;
export function generateRegistry(options: {
  rows?: number;
  out: string;
  errors?: boolean | ErrorOptions;
  list?: boolean;
}): Promise<Generated>;

export interface Tally {
  total: number;
  counts: Record<string, number>;
  byField: Record<string, Record<string, number>>;
  byConstraint: Record<string, number>;
}
export function tally(
  errors: Iterable<{
    type: string;
    fieldName?: string | null;
    constraint?: string | null;
    params?: Readonly<Record<string, unknown>>;
  }>,
): Tally;
export function diffCounts(manifest: Manifest, got: Tally, skip?: readonly string[]): string[];
