import { type CastFailure, FORMAT_FAILURE } from "./failure";
import { isWkt } from "./wkt";

const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9\u00C0-\uFFFF]([A-Za-z0-9\u00C0-\uFFFF-]{0,61}[A-Za-z0-9\u00C0-\uFFFF])?\.)+[A-Za-z\u00C0-\uFFFF]{2,63}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?$/;

function test(re: RegExp): (cell: string) => string | CastFailure {
  return (cell) => (re.test(cell) ? cell : FORMAT_FAILURE);
}

const identity = (cell: string): string => cell;

/** String formats with a validator. */
export const STRING_FORMATS = ["default", "email", "uri", "uuid", "binary", "wkt"] as const;

/**
 * Builds the caster of a `string` field: the cell itself, checked by `format` — `email`, `uri`
 * (needs a scheme), `uuid`, `binary` (base64), `wkt` (Well-Known Text); `default` and unknown
 * formats accept any text.
 *
 * @example
 * ```ts
 * createStringCaster("uri")("://no-scheme.test"); // a CastFailure
 * ```
 */
export function createStringCaster(format = "default"): (cell: string) => string | CastFailure {
  return Object.hasOwn(BY_FORMAT, format) ? (BY_FORMAT[format] ?? identity) : identity;
}

/** The checking caster of each string format other than `default`. */
const BY_FORMAT: Record<string, (cell: string) => string | CastFailure> = {
  email: test(EMAIL),
  uri: test(URI),
  uuid: test(UUID),
  binary: (cell) => {
    const s = cell.replace(/\s+/g, "");
    return BASE64.test(s) || BASE64URL.test(s) ? cell : FORMAT_FAILURE;
  },
  wkt: (cell) => (isWkt(cell) ? cell : FORMAT_FAILURE),
};
