/**
 * Why a cell could not be cast: plain data, shared frozen instances (no allocation per cell).
 */
export interface CastFailure {
  readonly failure: true;
  /** A short stable code: `type`, `format`, `ambiguous-number`, `out-of-range`, `impossible-date`… */
  readonly reason: string;
  /** Set when the cell is a valid value under another reading (e.g. `1.234` under decimal comma). */
  readonly ambiguous?: boolean;
}

class Failure implements CastFailure {
  readonly failure = true as const;
  readonly reason: string;
  readonly ambiguous?: boolean;
  constructor(reason: string, ambiguous: boolean) {
    this.reason = reason;
    if (ambiguous) this.ambiguous = true;
    Object.freeze(this);
  }
}

const registry = new Map<string, CastFailure>();

/**
 * Returns the shared, frozen failure for a reason (created once, then reused).
 *
 * @example
 * ```ts
 * const f = castFailure("type");
 * f === castFailure("type"); // true
 * ```
 */
export function castFailure(reason: string, ambiguous = false): CastFailure {
  const key = ambiguous ? `${reason}\u0000a` : reason;
  let failure = registry.get(key);
  if (failure === undefined) {
    failure = new Failure(reason, ambiguous);
    registry.set(key, failure);
  }
  return failure;
}

/**
 * Tells a cast failure from a cast value (a JSON object cell `{"failure":true}` is not a failure).
 *
 * @example
 * ```ts
 * const v = createCaster({ name: "n", type: "integer" })("x");
 * if (isCastFailure(v)) console.log(v.reason); // "type"
 * ```
 */
export function isCastFailure(v: unknown): v is CastFailure {
  return v instanceof Failure;
}

/** The cell does not have the field's type. */
export const TYPE_FAILURE: CastFailure = castFailure("type");
/** The cell has the type but not the field's format (email, uri, date pattern…). */
export const FORMAT_FAILURE: CastFailure = castFailure("format");
/** A number that reads differently depending on the decimal separator (`1.234` under decimal comma). */
export const AMBIGUOUS_NUMBER: CastFailure = castFailure("ambiguous-number", true);
/** A well-formed value outside its range (month 13, latitude 91). */
export const RANGE_FAILURE: CastFailure = castFailure("out-of-range");
/** A date that does not exist (31/02). */
export const IMPOSSIBLE_DATE: CastFailure = castFailure("impossible-date");
