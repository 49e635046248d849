/** Options of the risk measures. */
export interface RiskOptions {
  /** Quasi-identifier columns (names), e.g. `["edad", "sexo", "barrio"]`. */
  qi: readonly string[];
  /** Sensitive columns whose l-diversity is measured within each equivalence class. */
  sensitive?: readonly string[];
  /** The k to check besides 2, 3 and 5 (default 3). */
  k?: number;
  /** sdcMicro's option: a missing key value matches ANY value (default false: missing is a value of its own). */
  missingMatchesAny?: boolean;
  /** Cells treated as missing (default `""`, `NA`, `NaN`, `s/d`, `null`). */
  missingValues?: readonly string[];
  /** A sampling-weight column: gives Fk (weighted class sizes) and sdcMicro's weighted individual risk. */
  weight?: string;
}

/** Records violating k-anonymity for one k. */
export interface KViolation {
  k: number;
  /** Records in classes smaller than k. */
  records: number;
  /** records / total. */
  share: number;
  /** Classes smaller than k. */
  classes: number;
}

/** l-diversity of one sensitive column. */
export interface LDiversity {
  column: string;
  /** The smallest number of distinct sensitive values in a class. */
  distinctMin: number;
  /** Records per distinct l (`{ "1": 579, "2": 1707 }`), as sdcMicro tabulates it. */
  distinctRecords: Record<string, number>;
  /** The smallest entropy l (exp of the Shannon entropy) of a class. */
  entropyMin: number;
  /** Records in classes whose distinct l is under 2 (everyone shares the sensitive value). */
  recordsWithoutDiversity: number;
}

/** The re-identification risk of a table over chosen quasi-identifiers. No raw values inside. */
export interface RiskReport {
  records: number;
  qi: string[];
  /** Equivalence classes (distinct key combinations). */
  classes: number;
  /** The k asked for. */
  k: number;
  /** True when no record violates k-anonymity for `k`. */
  kAnonymous: boolean;
  /** For k = 2, 3, 5 and the k asked for. */
  violations: KViolation[];
  /** Records alone in their class (fk = 1). */
  sampleUniques: number;
  /** Size of the smallest class (0 for an empty table). */
  smallestClass: number;
  /** Prosecutor risk 1/fk: mean and maximum over records, and their sum (expected re-identifications). */
  risk: { mean: number; max: number; expectedReidentifications: number };
  /** With a weight column: sdcMicro's individual risk (Benedetti–Franconi approximation). */
  weighted?: { globalRisk: number; expectedReidentifications: number; max: number };
  lDiversity: LDiversity[];
  missingMatchesAny: boolean;
}
