// @ciudata/privacy/ids: Latin American identifiers with check digits. No dependency, browser-safe,
// tree-shakeable (import one definition to keep only it).
export { AR_CBU, cbuCheckDigit } from "./ar-cbu";
export { AR_CUIT, cuitCheckDigit } from "./ar-cuit";
export { AR_DNI } from "./ar-dni";
export { BR_CNPJ, cnpjCheckDigits } from "./br-cnpj";
export { BR_CPF, cpfCheckDigits } from "./br-cpf";
export { CL_RUT, rutCheckDigit } from "./cl-rut";
export { cleanId } from "./clean";
export { CO_CEDULA } from "./co-cedula";
export { CO_NIT, nitCheckDigit } from "./co-nit";
export { EC_CI } from "./ec-ci";
export { EC_RUC } from "./ec-ruc";
export { type IdMatch, type IdMatchStatus, matchIds } from "./match";
export { CURP_STATES, curpCheckDigit, MX_CURP } from "./mx-curp";
export { MX_RFC, rfcCheckDigit } from "./mx-rfc";
export { cuiCheckChars, PE_CUI } from "./pe-cui";
export { PE_RUC, peRucCheckDigit } from "./pe-ruc";
export { findIdType, formatId, ID_DEFINITIONS, validateId } from "./registry";
export { surrogateId } from "./surrogate";
export type {
  IdDefinition,
  IdEmbedded,
  IdKind,
  IdProblem,
  IdType,
  IdValidateOptions,
  IdValidation,
} from "./types";
export { UY_CI, uyCiCheckDigit } from "./uy-ci";
export { UY_RUT, uyRutCheckDigit } from "./uy-rut";
