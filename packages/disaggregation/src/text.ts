import { collapseSpaces, foldText } from "@ciudata/core";

/**
 * Folds a value for comparison: core's `foldText` (lower case, no accents) with `_` and runs of spaces as
 * one space, trimmed.
 *
 * @example
 * ```ts
 * foldValue("  VARÓN "); //=> "varon"
 * foldValue("Menores_de  edad"); //=> "menores de edad"
 * ```
 */
export function foldValue(value: string): string {
  return collapseSpaces(foldText(value.replace(/_/g, " ")));
}

/** Kept for `detect/` until it imports `labelKey` from `@ciudata/core` itself. @internal */
export { labelKey } from "@ciudata/core";

/**
 * Reads a number from a cell leniently: `98097.0`, `1.234,5`, `1,234.5`, ` 12 `; `null` when it is not one.
 *
 * @example
 * ```ts
 * parseNumber("98097.0"); //=> 98097
 * parseNumber("1.234,5"); //=> 1234.5
 * parseNumber("s/d"); //=> null
 * ```
 */
export function parseNumber(cell: string): number | null {
  let s = cell.trim();
  if (s === "") return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return Number(s);
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  if (comma > dot) s = s.replace(/\./g, "").replace(",", ".");
  else if (comma !== -1) s = s.replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
