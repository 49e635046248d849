import { AR_CBU } from "./ar-cbu";
import { AR_CUIT } from "./ar-cuit";
import { AR_DNI } from "./ar-dni";
import { BR_CNPJ } from "./br-cnpj";
import { BR_CPF } from "./br-cpf";
import { CL_RUT } from "./cl-rut";
import { CO_CEDULA } from "./co-cedula";
import { CO_NIT } from "./co-nit";
import { EC_CI } from "./ec-ci";
import { EC_RUC } from "./ec-ruc";
import { MX_CURP } from "./mx-curp";
import { MX_RFC } from "./mx-rfc";
import { PE_CUI } from "./pe-cui";
import { PE_RUC } from "./pe-ruc";
import type { IdDefinition, IdType, IdValidateOptions, IdValidation } from "./types";
import { UY_CI } from "./uy-ci";
import { UY_RUT } from "./uy-rut";

/**
 * Every identifier definition, by type. Importing this keeps all of them in a bundle; import a single
 * definition (`AR_CUIT`) to keep only that one.
 *
 * @example
 * ```ts
 * Object.keys(ID_DEFINITIONS).length; //=> 16
 * ```
 */
export const ID_DEFINITIONS: Readonly<Record<IdType, IdDefinition>> = {
  "ar.dni": AR_DNI,
  "ar.cuit": AR_CUIT,
  "ar.cbu": AR_CBU,
  "cl.rut": CL_RUT,
  "mx.curp": MX_CURP,
  "mx.rfc": MX_RFC,
  "br.cpf": BR_CPF,
  "br.cnpj": BR_CNPJ,
  "co.nit": CO_NIT,
  "co.cedula": CO_CEDULA,
  "uy.ci": UY_CI,
  "uy.rut": UY_RUT,
  "pe.cui": PE_CUI,
  "pe.ruc": PE_RUC,
  "ec.ci": EC_CI,
  "ec.ruc": EC_RUC,
};

/** Other spellings people type (`cuil`, `rut`, `dni-pe`) mapped to a type. */
const ALIASES: Readonly<Record<string, IdType>> = {
  dni: "ar.dni",
  cuit: "ar.cuit",
  cuil: "ar.cuit",
  cbu: "ar.cbu",
  rut: "cl.rut",
  run: "cl.rut",
  curp: "mx.curp",
  rfc: "mx.rfc",
  cpf: "br.cpf",
  cnpj: "br.cnpj",
  nit: "co.nit",
  cc: "co.cedula",
  "ar.cuil": "ar.cuit",
  "cl.run": "cl.rut",
  "pe.dni": "pe.cui",
  "co.cc": "co.cedula",
  "uy.cedula": "uy.ci",
  "ec.cedula": "ec.ci",
};

/**
 * Finds an identifier type by its name (`ar.cuit`), an alias (`cuil`, `ar_cuit`, `AR-CUIT`), or `undefined`.
 *
 * @example
 * ```ts
 * findIdType("CUIL"); //=> "ar.cuit"
 * findIdType("pe_dni"); //=> "pe.cui"
 * ```
 */
export function findIdType(name: string): IdType | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[_\-\s]/g, ".");
  if (key in ID_DEFINITIONS) return key as IdType;
  return ALIASES[key];
}

/**
 * Validates a value as the given identifier type.
 *
 * @example
 * ```ts
 * validateId("br.cpf", "390.533.447-05").valid; //=> true
 * ```
 */
export function validateId(type: IdType, value: string, options?: IdValidateOptions): IdValidation {
  return ID_DEFINITIONS[type].validate(value, options);
}

/**
 * Writes a valid identifier in its usual form (returns the compact value when invalid).
 *
 * @example
 * ```ts
 * formatId("ar.cuit", "20101234569"); //=> "20-10123456-9"
 * ```
 */
export function formatId(type: IdType, value: string): string {
  return ID_DEFINITIONS[type].format(value);
}
