import type { Field } from "../schema/field";
import { isSpace } from "./decimal";
import { type CastFailure, TYPE_FAILURE } from "./failure";
import { stripNonBare } from "./number";

/** The integer options of a field. */
export type IntegerOptions = Pick<Field, "groupChar" | "bareNumber">;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/**
 * Reads trimmed integer text (`-012`, `+5`) to a JS number when safe, a `bigint` beyond 2^53.
 * @internal
 * @example
 * ```ts
 * readInteger(" -012 "); // -12
 * ```
 */
export function readInteger(s: string): number | bigint | CastFailure {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  let i = start;
  const c = s.charCodeAt(i);
  if (c === 45 || c === 43) i++;
  const digitsStart = i;
  while (i < end) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return TYPE_FAILURE;
    i++;
  }
  if (i === digitsStart) return TYPE_FAILURE;
  const text = start === 0 && end === s.length ? s : s.slice(start, end);
  if (end - digitsStart <= 15) {
    const n = Number(text);
    return n === 0 ? 0 : n;
  }
  const big = BigInt(text);
  return big <= MAX_SAFE && big >= MIN_SAFE ? Number(big) : big;
}

/**
 * Builds the caster of an `integer` field: a JS number when safe, a `bigint` beyond 2^53
 * (`9007199254740993` stays exact). `bareNumber: false` strips `€`, `$`, `%`; `groupChar` is removed.
 *
 * @example
 * ```ts
 * createIntegerCaster()("9007199254740993"); // 9007199254740993n
 * createIntegerCaster({ bareNumber: false })("-12 €"); // -12
 * ```
 */
export function createIntegerCaster(
  options: IntegerOptions = {},
): (cell: string) => number | bigint | CastFailure {
  const groupChar = options.groupChar;
  const bare = options.bareNumber ?? true;
  if (groupChar === undefined && bare) return readInteger;
  return (cell) => {
    let s = cell;
    if (!bare) s = stripNonBare(s, 45);
    if (groupChar !== undefined && s.includes(groupChar)) s = s.replaceAll(groupChar, "");
    return readInteger(s);
  };
}
