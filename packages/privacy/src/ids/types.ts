/** Every identifier the library knows, as `country.id`. */
export type IdType =
  | "ar.dni"
  | "ar.cuit"
  | "ar.cbu"
  | "cl.rut"
  | "mx.curp"
  | "mx.rfc"
  | "br.cpf"
  | "br.cnpj"
  | "co.nit"
  | "co.cedula"
  | "uy.ci"
  | "uy.rut"
  | "pe.cui"
  | "pe.ruc"
  | "ec.ci"
  | "ec.ruc";

/** Why a value is not a valid identifier. */
export type IdProblem = "length" | "format" | "component" | "checksum";

/** Whom an identifier names: a natural person, a legal entity, or it cannot be told. */
export type IdKind = "person" | "company" | "either";

/** The result of validating one value. */
export interface IdValidation {
  /** True when the value has the right shape and, where there is one, the right check digit. */
  valid: boolean;
  /** The value without separators (upper case). */
  compact: string;
  /** Why it is invalid. */
  problem?: IdProblem;
  /** Set when the value is accepted but its check digit fails (Mexican RFC, where ~1.5% of real ones fail). */
  warning?: "checksum";
}

/** Options of {@link IdDefinition.validate}. */
export interface IdValidateOptions {
  /** Mexican RFC: reject a wrong check digit instead of warning (default false, as python-stdnum). */
  strictCheckDigit?: boolean;
}

/** What an identifier carries inside it (quasi-identifiers or other IDs). */
export type IdEmbedded = Readonly<Record<string, string | boolean>>;

/** Everything known about one identifier type. Each lives in its own module, so bundles keep only what they import. */
export interface IdDefinition {
  readonly type: IdType;
  /** ISO 3166-1 alpha-2. */
  readonly country: "AR" | "CL" | "MX" | "BR" | "CO" | "UY" | "PE" | "EC";
  /** Name as people write it (`CUIT/CUIL`). */
  readonly label: string;
  /** True when the ID carries a check digit (DNI and Colombian cédula do not). */
  readonly checkDigit: boolean;
  /** Who the ID names when that does not depend on the value. */
  readonly defaultKind: IdKind;
  /** Removes separators and upper-cases. */
  compact(value: string): string;
  /** Validates shape, components and check digit. */
  validate(value: string, options?: IdValidateOptions): IdValidation;
  /** The usual written form (`20-12345678-6`); the compact value when invalid. */
  format(value: string): string;
  /** Person or company, from the value (CUIT prefix, RFC length…); `null` when invalid. */
  kind(value: string): IdKind | null;
  /** What the ID embeds (birth date, sex, state, the DNI inside a CUIT…); `null` when invalid. */
  embeds(value: string): IdEmbedded | null;
}
