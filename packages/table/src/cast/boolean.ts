import type { Field } from "../schema/field";
import { type CastFailure, TYPE_FAILURE } from "./failure";

/** Table Schema's default true values. */
export const DEFAULT_TRUE_VALUES: readonly string[] = Object.freeze(["true", "True", "TRUE", "1"]);
/** Table Schema's default false values. */
export const DEFAULT_FALSE_VALUES: readonly string[] = Object.freeze(["false", "False", "FALSE", "0"]);

/**
 * A Spanish boolean profile (`si`/`sí`/`no` in every usual case, plus the defaults) to spread into a field.
 *
 * @example
 * ```ts
 * const field = { name: "vacunado", type: "boolean" as const, ...SPANISH_BOOLEANS };
 * createCaster(field)("Sí"); // true
 * ```
 */
export const SPANISH_BOOLEANS: { readonly trueValues: string[]; readonly falseValues: string[] } =
  Object.freeze({
    trueValues: [
      "si",
      "sí",
      "Si",
      "Sí",
      "SI",
      "SÍ",
      "true",
      "True",
      "TRUE",
      "1",
      "verdadero",
      "Verdadero",
      "VERDADERO",
    ],
    falseValues: ["no", "No", "NO", "false", "False", "FALSE", "0", "falso", "Falso", "FALSO"],
  });

/**
 * Builds the caster of a `boolean` field from its `trueValues`/`falseValues` (exact, case-sensitive).
 *
 * @example
 * ```ts
 * const cast = createBooleanCaster({ trueValues: ["yes"] });
 * cast("yes"); // true
 * cast("true"); // a CastFailure: only "yes" is true now
 * ```
 */
export function createBooleanCaster(
  options: Pick<Field, "trueValues" | "falseValues"> = {},
): (cell: string) => boolean | CastFailure {
  const map = new Map<string, boolean>();
  for (const v of options.falseValues ?? DEFAULT_FALSE_VALUES) map.set(v, false);
  for (const v of options.trueValues ?? DEFAULT_TRUE_VALUES) map.set(v, true);
  return (cell) => map.get(cell) ?? TYPE_FAILURE;
}
