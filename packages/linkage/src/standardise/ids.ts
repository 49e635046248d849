import { findIdType, ID_DEFINITIONS, type IdType } from "@ciudata/privacy/ids";
import { isSentinel } from "./text";

/** A national ID after cleaning: the compact value, its type's label and whether its check passed. */
export interface CleanId {
  /** Upper case, separators removed; `null` for a missing value or a placeholder (00000000, 11111111). */
  value: string | null;
  /** `"1"` valid, `"0"` failed (shape or check digit: the value is kept), `null` without a type or value. */
  valid: "1" | "0" | null;
}

/**
 * The identifier type a mapping names (`CURP`, `AR_DNI`, `AR_CUIL`, `CL_RUT`, `BR_CPF`, `CO_CEDULA`,
 * or `@ciudata/privacy/ids` names like `ar.cuit`), or `undefined`.
 *
 * @example
 * ```ts
 * resolveIdType("AR_CUIL"); //=> "ar.cuit"
 * resolveIdType("CURP"); //=> "mx.curp"
 * ```
 */
export function resolveIdType(name: string): IdType | undefined {
  return findIdType(name);
}

/**
 * How an identifier type is written in the `nationalIdType` field: `CURP`, else `AR_DNI`, `CL_RUT`…
 *
 * @example
 * ```ts
 * idTypeLabel("mx.curp"); //=> "CURP"
 * idTypeLabel("ar.cuit"); //=> "AR_CUIT"
 * ```
 */
export function idTypeLabel(type: IdType): string {
  return type === "mx.curp" ? "CURP" : type.toUpperCase().replace(".", "_");
}

const NON_ALNUM = /[^0-9A-Z]/g;
const COMPACT = /^[0-9A-Z]*$/;

/**
 * Cleans and validates one national ID. A value that fails its check digit or shape keeps its
 * cleaned value with `valid` = `"0"`: a typo lowers trust in the field, it does not drop the record.
 * Runs of one repeated digit (00000000, 99999999) are placeholders, `null`.
 *
 * @example
 * ```ts
 * cleanNationalId("20-10123456-9", "ar.cuit"); //=> { value: "20101234569", valid: "1" }
 * cleanNationalId("BAAD890419HMNRRV08", "mx.curp"); //=> { value: "BAAD890419HMNRRV08", valid: "0" }
 * cleanNationalId("0", undefined); //=> { value: null, valid: null }
 * ```
 */
export function cleanNationalId(raw: string, type: IdType | undefined): CleanId {
  // Most IDs are written compact already (upper-case letters and digits): nothing to normalise.
  const compact = COMPACT.test(raw) ? raw : raw.normalize("NFKC").toUpperCase().replace(NON_ALNUM, "");
  if (compact === "" || isSentinel(compact) || isPlaceholder(compact)) return { value: null, valid: null };
  if (type === undefined) return { value: compact, valid: null };
  const validation = ID_DEFINITIONS[type].validate(compact);
  return { value: validation.compact.replace(NON_ALNUM, "") || compact, valid: validation.valid ? "1" : "0" };
}

/** Six or more of one repeated digit: a placeholder typed where the ID was unknown. */
function isPlaceholder(compact: string): boolean {
  return compact.length >= 6 && /^(\d)\1+$/.test(compact);
}
