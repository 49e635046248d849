// The shapes every part of @ciudata/linkage shares: standardised records, comparison levels as data
// (so the in-process engine and the SQL engines evaluate the same definitions), blocking rules, the
// Fellegi–Sunter model, scored pairs, clusters and the result of a run.

/**
 * The standard fields a mapping fills (after standardisation every value is a folded, upper-case string
 * or `null` for missing). Extra fields a config names are kept under their own names.
 *
 * - `given`: all given names ("MARIA JOSE"); `given1`: the first one that is not an initial ("MARIA");
 * - `surname1`, `surname2`: first and second surname, particles removed ("DE LA CRUZ" → "CRUZ");
 * - `surnames`: both surnames as one string; `fullName`: given names + surnames;
 * - `given1Phon`, `surname1Phon`, `surname2Phon`: Spanish phonetic keys (blocking and a level);
 * - `birthDate` (`YYYY-MM-DD`), `birthYear`, `birthMonthDay`;
 * - `sex` (`F`, `M`, `X`);
 * - `nationalId` (cleaned), `nationalIdType` (`CURP`, `AR_DNI`…), `nationalIdValid` (`1` or `0`);
 * - `phone` (E.164), `address` (abbreviations expanded), `postcode`, `locality`.
 */
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** Every {@link StandardField}, in the order above. */
export const STANDARD_FIELDS = [
  "given",
  "given1",
  "surname1",
  "surname2",
  "surnames",
  "fullName",
  "given1Phon",
  "surname1Phon",
  "surname2Phon",
  "birthDate",
  "birthYear",
  "birthMonthDay",
  "sex",
  "nationalId",
  "nationalIdType",
  "nationalIdValid",
  "phone",
  "address",
  "postcode",
  "locality",
] as const;

/**
 * One side of a linkage after standardisation, column by column: `fields[name][i]` is the value of
 * record `i`, `null` when missing. Records keep their own id (an id column, else the data row number).
 */
export interface Records {
  /** Which side: `"a"`/`"b"` for two-source linkage (or the file names), the file name for dedupe. */
  source: string;
  /** Each record's id as text (unique within the side). */
  ids: readonly string[];
  /** Each record's data row number in its file (1 = first row after the header), for messages. */
  rows: readonly number[];
  /** Standardised values by field name. */
  fields: Readonly<Record<string, readonly (string | null)[]>>;
  /** What standardisation read, column by column (counts only, never values), when it made the records. */
  stats?: StandardiseStats;
}

/** What standardisation read from one mapped column: counts only, never a value. */
export interface FieldStats {
  /** The mapping key (`birthDate`, `nationalId`, `extra.suburb`…). */
  role: string;
  /** The column it read. */
  column: string;
  /** Cells with a value, and cells missing or holding a placeholder (S/D, SIN DATO, 00000000). */
  values: number;
  nulls: number;
  /** IDs whose shape or check digit failed (kept, `nationalIdValid` = 0); phones not read as a number. */
  invalid?: number;
  /** Dates the format did not read (set to null, never guessed). */
  unparsed?: number;
  /** Dates whose day and month are both 12 or less and differ (read as the format says). */
  dayMonthAmbiguous?: number;
}

/** What standardising one side read and decided, for the report. */
export interface StandardiseStats {
  /** Data rows read. */
  rows: number;
  fields: readonly FieldStats[];
  /** The birth-date format used, whether it was detected from the values, and formats that read as many. */
  dateFormat?: { format: string; detected: boolean; tied: readonly string[] };
  /** The order a full-name column was read in, whether it was decided from the values, and names with a comma. */
  nameOrder?: { order: "given-first" | "surnames-first"; detected: boolean; commas: number };
  /** How one-letter sex codes were read (`curp`: H/M, `dni`: F/M) and whether the values decided it. */
  sexLetters?: { letters: "dni" | "curp"; detected: boolean };
}

/**
 * When a comparison level applies, as data. Both engines evaluate these and nothing else:
 * - `exact`: both values present and equal;
 * - `jaroWinkler`: Jaro–Winkler similarity (p = 0.1, prefix up to 4, over UTF-8 bytes, like DuckDB's
 *   `jaro_winkler_similarity`) at least `min`;
 * - `damerau`: Damerau–Levenshtein distance (unrestricted, over UTF-8 bytes, like DuckDB's
 *   `damerau_levenshtein`; not optimal string alignment) at most `max`;
 * - `crossed`: `l[a] = r[b]` and `l[b] = r[a]` (swapped surnames, given name and surname swapped);
 * - `daySwap`: two valid `YYYY-MM-DD` dates with the same year, the month of each equal to the day of
 *   the other (03/07 ↔ 07/03);
 * - `dateWithin`: two valid `YYYY-MM-DD` dates at most `days` days apart;
 * - `tokenSubset`: the space-separated tokens of one value (at least one) are all among the other's
 *   (MARIA GUADALUPE ⊇ GUADALUPE);
 * - `all` / `any`: conjunction and disjunction.
 */
export type LevelPredicate =
  | { exact: string }
  | { jaroWinkler: string; min: number }
  | { damerau: string; max: number }
  | { crossed: readonly [string, string] }
  | { daySwap: string }
  | { dateWithin: string; days: number }
  | { tokenSubset: string }
  | { all: readonly LevelPredicate[] }
  | { any: readonly LevelPredicate[] };

/** One level of a comparison: a label people read and when it applies. */
export interface ComparisonLevel {
  /** Stable id of the level (`exact`, `jw-0.92`, `day-month-swap`…), used in reports and catalogs. */
  id: string;
  /** When this level applies (levels are tried from the first, the strongest, down). */
  when: LevelPredicate;
  /** Term-frequency adjustment on this level, from the frequency of this field's value. */
  tf?: string;
}

/**
 * How two records are compared on one attribute: the null level (any of `fields` missing on either side:
 * no evidence, weight 0), then `levels` from strongest to weakest, then "else" (all different).
 * A record pair gets gamma = -1 (null), 0 (else) or `levels.length - i` for level `i`.
 */
export interface ComparisonSpec {
  /** Name shown to people (`surname`, `birthDate`…). */
  name: string;
  /** Fields whose absence on either side makes the comparison null. */
  fields: readonly string[];
  levels: readonly ComparisonLevel[];
}

/**
 * A blocking rule: pairs that are equal (and non-null) on every field of `on`. Rules are combined by
 * union; a pair is attributed to the first rule that finds it.
 */
export interface BlockingRule {
  /** Name shown to people; defaults to the fields joined with " + ". */
  name?: string;
  on: readonly string[];
}

/** Per level of one comparison: m = P(level | match), u = P(level | non-match). */
export interface LevelParameters {
  id: string;
  m: number;
  u: number;
}

/** A trained (or default) Fellegi–Sunter model. */
export interface LinkModel {
  /** λ, the probability that two random records match. */
  prior: number;
  comparisons: readonly {
    name: string;
    /** Same order as the spec's levels; the "else" level last. */
    levels: readonly LevelParameters[];
  }[];
  /** Term frequencies: field → value → share of non-null values. */
  tf?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One compared pair with its score and the evidence of each field. */
export interface ScoredPair {
  /** Record ids (for dedupe both come from the one side, `left < right`). */
  left: string;
  right: string;
  /** Index of the blocking rule that found the pair. */
  rule: number;
  /** Gamma per comparison (-1 null, 0 else, higher is closer). */
  gammas: readonly number[];
  /** Match weight (log2 Bayes factor incl. the prior) and its parts per comparison (TF included). */
  weight: number;
  contributions: readonly number[];
  /** Match probability, 1 / (1 + 2^-weight). */
  probability: number;
  /** Whether the pair is a link (at or above the threshold, kept by one-to-one, or decided a match). */
  link: boolean;
  /** A person's decision on the pair, when re-imported from the clerical review (`true`: same person). */
  decision?: boolean;
}

/**
 * Why a cluster deserves a look: `large` (more members than a person usually has: over 4 in two-source
 * linkage, over 10 in dedupe), `conflicting-ids` (two different valid national IDs).
 */
export type ClusterFlag = "large" | "conflicting-ids";

/**
 * A group of records believed to be the same person; `id` is the smallest member key (`source:id`),
 * stable. Only groups of two or more records are listed: any other record is a cluster of its own.
 */
export interface Cluster {
  id: string;
  members: readonly { source: string; id: string }[];
  /** Present when the cluster deserves a look. */
  flags?: readonly ClusterFlag[];
}

/** How many pairs each blocking rule makes, counted before comparing. */
export interface BlockingCount {
  rule: string;
  /** Pairs the rule finds on its own. */
  marginal: number;
  /** Pairs of this rule and all rules before it (the union). */
  cumulative: number;
}

/** A default blocking rule the run tightened or dropped because of its size (never a declared rule). */
export interface BlockingChange {
  /** The default rule as chosen from the fields. */
  rule: string;
  /** Its pairs on its own. */
  marginal: number;
  action: "tightened" | "dropped";
  /** The rule it became, when tightened, and that rule's pairs. */
  to?: string;
  toMarginal?: number;
  /** Why, in words (English). */
  reason: string;
}

/** Pairwise and cluster-level figures against a truth file. */
export interface Evaluation {
  truePairs: number;
  predictedPairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  clusters?: { truth: number; predicted: number; exact: number; precision: number; recall: number };
}

/** What a run is told: how to compare, how to block, where to cut. Defaults are the library's choice. */
export interface LinkSettings {
  comparisons: readonly ComparisonSpec[];
  /** Rules whose union gives the pairs compared. */
  blocking: readonly BlockingRule[];
  /** Rules whose pairs train m by EM, one EM session each (default: the blocking rules). */
  training?: readonly BlockingRule[];
  /** Most pairs the blocking rules may make together; more stops the run before comparing. */
  maxComparisons?: number;
  /** Match probability at or above which a pair is a link (default 0.9). */
  threshold?: number;
  /** Match probability from which a pair below `threshold` goes to clerical review (default 0.5). */
  reviewFrom?: number;
  /** Two-source linkage: keep at most one link per record (best first). */
  oneToOne?: boolean;
  /** Random pairs for estimating u (default 1,000,000). */
  uSamplePairs?: number;
  /** Seed of every random choice (default 1). */
  seed?: number;
  /** λ, when known; otherwise estimated. */
  prior?: number;
}

/** Everything a run found, for reports and outputs. */
export interface LinkResult {
  mode: "link" | "dedupe";
  sides: readonly { source: string; records: number }[];
  /** Comparison counts per blocking rule, computed before comparing. */
  blocking: readonly BlockingCount[];
  /**
   * Default blocking rules tightened or dropped because their pairs would take too much of
   * `maxComparisons` (present only when the rules were the defaults and one was changed).
   */
  blockingChanges?: readonly BlockingChange[];
  /** Pairs compared (the union of the blocking rules). */
  compared: number;
  specs: readonly ComparisonSpec[];
  model: LinkModel;
  /** Scored pairs at or above `reviewFrom`, highest weight first. */
  pairs: readonly ScoredPair[];
  /** How many of `pairs` are links (≥ threshold) and how many go to review. */
  links: number;
  review: number;
  threshold: number;
  reviewFrom: number;
  clusters: readonly Cluster[];
  evaluation?: Evaluation;
}
