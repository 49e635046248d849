import { z } from "zod";
import { parseOrThrow } from "../parse";
import { STANDARD_FIELDS } from "../types";
import { isDateFormat } from "./dates";
import { resolveIdType } from "./ids";
import { isPhoneCountry } from "./phones";

/** The standard field names a mapping fills; `extra` names must differ from them. */
const RESERVED = new Set<string>(STANDARD_FIELDS);

const column = z.string().min(1);

/** Why {@link suggestMapping} chose a column for a role: its header, its values, or both. */
export const MappingReasonSchema = z.object({
  /** The mapping key (`birthDate`, `nationalId`…). */
  role: z.string(),
  column: z.string(),
  by: z.enum(["header", "values"]),
  /** What was recognised: the header's key (`fecha_nacimiento`) or the values' shape (`CURP`, `dd/MM/yyyy`). */
  detail: z.string(),
  /** Share of the sampled values that fit, when the values decided. */
  share: z.number().optional(),
});

/**
 * Which columns of a file hold what, as JSON: the input of `standardise`. Names come as one full name
 * (`fullName`, with `nameOrder`) or as separate columns (`givenNames`, `surname1`, `surname2`, or both
 * surnames in `surnames`); `id` is the record id (never compared); `extra` compares other columns as text.
 */
export const LinkMappingSchema = z
  .strictObject({
    /** The record id column (else the data row number). Never a matching field. */
    id: column.optional(),
    /** One column with the whole name ("Pérez García, María José" or "María José Pérez García"). */
    fullName: column.optional(),
    /** How `fullName` is written (default `auto`: a comma means surnames first, else decided from the values). */
    nameOrder: z.enum(["given-first", "surnames-first", "auto"]).optional(),
    givenNames: column.optional(),
    surname1: column.optional(),
    surname2: column.optional(),
    /** Both surnames in one column ("Pérez García"). */
    surnames: column.optional(),
    birthDate: column.optional(),
    /** date-fns tokens (`dd/MM/yyyy`, `yyyyMMdd`) or `auto` (default: chosen from the values and reported). */
    dateFormat: z
      .string()
      .refine((f) => f === "auto" || isDateFormat(f), { message: "a date format like dd/MM/yyyy" })
      .optional(),
    sex: column.optional(),
    /** One-letter sex codes: `dni` (M = masculino, default) or `curp` (H = hombre, M = mujer; default with a CURP). */
    sexLetters: z.enum(["dni", "curp"]).optional(),
    nationalId: column.optional(),
    /** `CURP`, `AR_DNI`, `AR_CUIT`, `AR_CUIL`, `CL_RUT`, `BR_CPF`, `CO_CEDULA`… (none: cleaned, not validated). */
    idType: z
      .string()
      .refine((t) => resolveIdType(t) !== undefined, { message: "an ID type like CURP, AR_DNI or BR_CPF" })
      .optional(),
    phone: column.optional(),
    /** Country of national phone numbers (`AR`, `MX`, `BR`…). */
    phoneCountry: z
      .string()
      .refine((c) => isPhoneCountry(c), { message: "a country code like AR or MX" })
      .optional(),
    address: column.optional(),
    postcode: column.optional(),
    locality: column.optional(),
    /** Other columns compared as folded text, by field name (`{ "suburb": "suburb" }`). */
    extra: z
      .record(
        z.string().refine((name) => !RESERVED.has(name), { message: "a name that is not a standard field" }),
        column,
      )
      .optional(),
    /** Why each column was chosen, when the mapping was suggested (kept for people, not read). */
    reasons: z.array(MappingReasonSchema).optional(),
  })
  .refine(
    (m) => m.fullName === undefined || (m.givenNames ?? m.surname1 ?? m.surname2 ?? m.surnames) === undefined,
    {
      message: "fullName or separate name columns, not both",
      path: ["fullName"],
    },
  )
  .refine((m) => m.surnames === undefined || (m.surname1 ?? m.surname2) === undefined, {
    message: "surnames or surname1/surname2, not both",
    path: ["surnames"],
  })
  // The record id only names records (FEBRL's rec_id, a truth file's key): it is never compared.
  .refine((m) => m.id === undefined || !matchingColumns(m).includes(m.id), {
    message: "an id column that is not also a matching field",
    path: ["id"],
  });

/** The columns a mapping compares (every mapped column but the id). */
function matchingColumns(m: Record<string, unknown>): string[] {
  const roles = ["fullName", "givenNames", "surname1", "surname2", "surnames", "birthDate", "sex"] as const;
  const more = ["nationalId", "phone", "address", "postcode", "locality"] as const;
  const out: string[] = [];
  for (const role of [...roles, ...more]) if (typeof m[role] === "string") out.push(m[role] as string);
  for (const c of Object.values((m.extra ?? {}) as Record<string, string>)) out.push(c);
  return out;
}

/** Which columns of a file hold what (see {@link LinkMappingSchema}). */
export type LinkMapping = z.infer<typeof LinkMappingSchema>;
/** Why a suggested mapping chose a column (see {@link LinkMappingSchema}'s `reasons`). */
export type MappingReason = z.infer<typeof MappingReasonSchema>;

/**
 * Reads a mapping from parsed JSON, or throws a `CiudataError` whose `linkage/config` issues locate
 * each problem (`params.path`, `expected`, `received`).
 *
 * @example
 * ```ts
 * parseLinkMapping({ fullName: "nombre", birthDate: "fnac", dateFormat: "dd/MM/yyyy" }).fullName; //=> "nombre"
 * ```
 */
export function parseLinkMapping(input: unknown): LinkMapping {
  return parseOrThrow(LinkMappingSchema, input, "linkage/config");
}

/**
 * The mapping of the FEBRL benchmark files (`rec_id`, `given_name`, `surname`, `date_of_birth` as
 * yyyyMMdd, `soc_sec_id` without a type, addresses as extra text): for tests, docs and the CLI.
 *
 * @example
 * ```ts
 * const records = await readRecords("febrl4a.csv", FEBRL_MAPPING, { source: "a" });
 * ```
 */
export const FEBRL_MAPPING: LinkMapping = {
  id: "rec_id",
  givenNames: "given_name",
  surname1: "surname",
  birthDate: "date_of_birth",
  dateFormat: "yyyyMMdd",
  nationalId: "soc_sec_id",
  postcode: "postcode",
  locality: "suburb",
  extra: {
    state: "state",
    street_number: "street_number",
    address_1: "address_1",
    address_2: "address_2",
  },
};

/** The mapping's keys that name a column, and the column each names (extra ones as `extra.<name>`). */
export function mappedColumns(mapping: LinkMapping): { role: string; column: string }[] {
  const roles = [
    "id",
    "fullName",
    "givenNames",
    "surname1",
    "surname2",
    "surnames",
    "birthDate",
    "sex",
    "nationalId",
    "phone",
    "address",
    "postcode",
    "locality",
  ] as const;
  const out: { role: string; column: string }[] = [];
  for (const role of roles) {
    const c = mapping[role];
    if (c !== undefined) out.push({ role, column: c });
  }
  for (const [name, c] of Object.entries(mapping.extra ?? {})) out.push({ role: `extra.${name}`, column: c });
  return out;
}
