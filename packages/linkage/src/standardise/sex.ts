import { createNormaliser, type Normaliser } from "@ciudata/disaggregation";

/** How one-letter sex codes are read: `dni` (Argentina: M = masculino) or `curp` (Mexico: H = hombre, M = mujer). */
export type SexLetters = "dni" | "curp";

/**
 * A reader of sex codes through the disaggregation normaliser (Varón, masc., F, Mujer, H…): `F`, `M`,
 * `X` (non-binary or other), or `null` when unknown or missing.
 *
 * @example
 * ```ts
 * const sex = sexReader("dni");
 * sex("Varón"); //=> "M"
 * sexReader("curp")("M"); //=> "F"
 * sex("s/d"); //=> null
 * ```
 */
export function sexReader(letters: SexLetters): (raw: string) => string | null {
  const normalise: Normaliser = createNormaliser("sex", { sexLetters: letters });
  return (raw) => {
    const code = normalise(raw).code;
    return code === "F" || code === "M" ? code : code === "_O" ? "X" : null;
  };
}
