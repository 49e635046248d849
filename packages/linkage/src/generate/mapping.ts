import type { LinkMapping } from "../standardise/mapping";
import type { NameLayout } from "./layouts";

/**
 * The mapping that reads a generated registry: A (`FOLIO`, `CURP`, separate name columns, dd/MM/yyyy,
 * H/M) or B (`id`, one name column in the given layout, yyyy-MM-dd, F/M/Femenino, `documento`).
 *
 * @example
 * ```ts
 * const { a } = generateRegistries({ people: 100 });
 * const records = standardise(a.header, a.rows, generatedMapping("a"), { source: "a" });
 * ```
 */
export function generatedMapping(source: "a" | "b", names: NameLayout = "surnames-first"): LinkMapping {
  if (source === "a")
    return {
      id: "FOLIO",
      nationalId: "CURP",
      idType: "CURP",
      givenNames: "NOMBRE(S)",
      surname1: "PRIMER APELLIDO",
      surname2: "SEGUNDO APELLIDO",
      birthDate: "FECHA DE NACIMIENTO",
      dateFormat: "dd/MM/yyyy",
      sex: "SEXO",
      sexLetters: "curp",
      phone: "TELEFONO",
      phoneCountry: "MX",
      address: "DOMICILIO",
      locality: "ALCALDIA",
    };
  return {
    id: "id",
    fullName: names === "surnames-first" ? "apellidos_nombres" : "nombre_completo",
    nameOrder: names,
    birthDate: "fecha_nac",
    dateFormat: "yyyy-MM-dd",
    sex: "sexo",
    // F/M: M is masculino here (with a CURP the default reading would be H/M, M = mujer).
    sexLetters: "dni",
    nationalId: "documento",
    idType: "CURP",
    phone: "celular",
    phoneCountry: "MX",
    address: "direccion",
    locality: "municipio",
  };
}
