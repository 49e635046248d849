import { labelKey } from "@ciudata/core";
import { ID_DEFINITIONS, type IdType } from "@ciudata/privacy/ids";
import { detectDateFormat } from "./dates";
import { idTypeLabel } from "./ids";
import type { LinkMapping, MappingReason } from "./mapping";
import { orderVote } from "./names";

type Role =
  | "id"
  | "fullName"
  | "givenNames"
  | "surname1"
  | "surname2"
  | "surnames"
  | "birthDate"
  | "sex"
  | "nationalId"
  | "phone"
  | "address"
  | "postcode"
  | "locality";

/** Header keys (see `labelKey`: folded, lower case, `_` between words) people use for each role, es/en/pt. */
const HEADERS: readonly [Role, readonly string[]][] = [
  [
    "nationalId",
    [
      "curp",
      "dni",
      "cuil",
      "cuit",
      "rut",
      "run",
      "cpf",
      "documento",
      "nro_documento",
      "numero_documento",
      "numero_de_documento",
      "num_documento",
      "nro_doc",
      "num_doc",
      "doc",
      "documento_identidad",
      "cedula",
      "ci",
      "soc_sec_id",
      "ssn",
      "national_id",
      "id_number",
    ],
  ],
  [
    "fullName",
    [
      "nombre_completo",
      "nombre_y_apellido",
      "nombre_y_apellidos",
      "nombres_y_apellidos",
      "apellido_y_nombre",
      "apellidos_y_nombres",
      "apellido_y_nombres",
      "apellidos_nombres",
      "apellido_nombres",
      "apellido_nombre",
      "nombres_apellidos",
      "nombre_apellido",
      "full_name",
      "fullname",
      "nome_completo",
      "beneficiario",
      "titular",
    ],
  ],
  [
    "givenNames",
    [
      "nombres",
      "nombre_s",
      "primer_nombre",
      "given_name",
      "given_names",
      "first_name",
      "forename",
      "prenome",
    ],
  ],
  [
    "surname1",
    [
      "apellido_paterno",
      "primer_apellido",
      "ap_paterno",
      "apellido1",
      "apellido_1",
      "paterno",
      "surname",
      "last_name",
      "family_name",
      "apellido",
      "sobrenome",
    ],
  ],
  ["surname2", ["apellido_materno", "segundo_apellido", "ap_materno", "apellido2", "apellido_2", "materno"]],
  ["surnames", ["apellidos", "surnames", "sobrenomes"]],
  [
    "birthDate",
    [
      "fecha_nacimiento",
      "fecha_de_nacimiento",
      "fecha_nac",
      "fec_nac",
      "f_nac",
      "fnac",
      "fechanac",
      "nacimiento",
      "date_of_birth",
      "dob",
      "birth_date",
      "birthdate",
      "data_nascimento",
      "data_de_nascimento",
      "dt_nasc",
    ],
  ],
  ["sex", ["sexo", "genero", "sex", "gender", "sexo_biologico"]],
  [
    "phone",
    ["telefono", "tel", "celular", "cel", "movil", "phone", "telephone", "mobile", "telefone", "whatsapp"],
  ],
  ["address", ["domicilio", "direccion", "calle", "address", "address_1", "endereco", "logradouro"]],
  [
    "postcode",
    ["codigo_postal", "cod_postal", "cp", "c_p", "postcode", "postal_code", "zip", "zip_code", "cep"],
  ],
  [
    "locality",
    [
      "localidad",
      "municipio",
      "ciudad",
      "comuna",
      "partido",
      "alcaldia",
      "delegacion",
      "suburb",
      "city",
      "town",
      "cidade",
    ],
  ],
  [
    "id",
    ["id", "rec_id", "record_id", "folio", "id_registro", "nro_registro", "registro", "legajo", "expediente"],
  ],
];

/** Other columns worth comparing as text. */
const EXTRA = new Set([
  "state",
  "provincia",
  "estado",
  "departamento",
  "region",
  "barrio",
  "colonia",
  "street_number",
  "numero",
  "address_2",
  "uf",
  "bairro",
]);

/** Identifier types with a check digit, tried on a column's values (a DNI only by its header). */
const ID_TYPES: readonly [IdType, string][] = [
  ["mx.curp", "MX"],
  ["br.cpf", "BR"],
  ["cl.rut", "CL"],
  ["ar.cuit", "AR"],
];
/** The identifier type a header names. */
const HEADER_ID: Readonly<Record<string, IdType>> = {
  curp: "mx.curp",
  dni: "ar.dni",
  cuil: "ar.cuit",
  cuit: "ar.cuit",
  rut: "cl.rut",
  run: "cl.rut",
  cpf: "br.cpf",
  cedula: "co.cedula",
};

const CURP_SHAPE = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;

/** Share of non-empty values that pass a test (0 when there are none). */
function share(values: readonly string[], test: (v: string) => boolean): number {
  const present = values.filter((v) => v.trim() !== "");
  return present.length === 0 ? 0 : present.filter(test).length / present.length;
}

/**
 * Suggests a mapping from a header and a few sample rows, for people to check and edit: each column is
 * recognised by its header in Spanish, English or Portuguese (nombre, apellido paterno, fecha_nacimiento,
 * fnac, sexo, curp, dni, cuil, rut, cpf, telefono, domicilio, codigo_postal, localidad, given_name,
 * surname, date_of_birth, soc_sec_id, postcode, suburb…) or by its values (CURP-shaped IDs, dates), and
 * `reasons` says why each column was chosen. The date format, the ID type and the order of a full name
 * are read from the sample; a `nombre` column is a full name unless surname columns sit beside it.
 *
 * @example
 * ```ts
 * const m = suggestMapping(["Nombre", "Fecha Nac.", "CURP"], [["Ana Pérez", "07/03/1990", "BAAD890419HMNRRV07"]]);
 * m.fullName; //=> "Nombre"
 * m.dateFormat; //=> "dd/MM/yyyy"
 * m.idType; //=> "CURP"
 * ```
 */
export function suggestMapping(
  header: readonly string[],
  sampleRows: readonly (readonly string[])[],
): LinkMapping {
  const keys = header.map((h) => labelKey(h));
  const column = (i: number): string[] => sampleRows.map((r) => (r[i] ?? "").trim());
  const used = new Set<number>();
  const mapping: Record<string, unknown> = {};
  const reasons: MappingReason[] = [];
  const assign = (role: string, i: number, reason: Omit<MappingReason, "role" | "column">) => {
    used.add(i);
    mapping[role] = (header[i] as string).trim();
    reasons.push({ role, column: (header[i] as string).trim(), ...reason });
  };

  for (const [role, names] of HEADERS)
    for (const name of names) {
      const i = keys.findIndex((k, j) => k === name && !used.has(j));
      if (i >= 0 && mapping[role] === undefined) assign(role, i, { by: "header", detail: name });
    }

  // "nombre" (or "name", "nome") alone: given names beside surname columns, else the whole name.
  const nameCol = keys.findIndex((k, j) => ["nombre", "name", "nome"].includes(k) && !used.has(j));
  if (nameCol >= 0) {
    const beside = mapping.surname1 !== undefined || mapping.surnames !== undefined;
    if (beside && mapping.givenNames === undefined)
      assign("givenNames", nameCol, { by: "header", detail: keys[nameCol] as string });
    else if (!beside && mapping.fullName === undefined && mapping.givenNames === undefined)
      assign("fullName", nameCol, { by: "header", detail: keys[nameCol] as string });
  }

  // Columns the header did not name: CURP-shaped values are an ID, dates a birth date.
  for (let i = 0; i < header.length; i++) {
    if (used.has(i)) continue;
    const values = column(i);
    if (mapping.nationalId === undefined) {
      const s = share(values, (v) => CURP_SHAPE.test(v.toUpperCase()));
      if (s >= 0.8) {
        assign("nationalId", i, { by: "values", detail: "CURP", share: s });
        continue;
      }
    }
    if (mapping.birthDate === undefined && values.some((v) => v !== "")) {
      const d = detectDateFormat(values.filter((v) => v !== ""));
      const s = d.parsed / (d.parsed + d.unparsed);
      if (s >= 0.8 && /[/\-.]/.test(values.find((v) => v !== "") ?? "")) {
        assign("birthDate", i, { by: "values", detail: d.format, share: s });
      }
    }
  }

  for (let i = 0; i < header.length; i++)
    if (!used.has(i) && EXTRA.has(keys[i] as string)) {
      const extra = (mapping.extra ?? {}) as Record<string, string>;
      extra[keys[i] as string] = (header[i] as string).trim();
      mapping.extra = extra;
      used.add(i);
      reasons.push({
        role: `extra.${keys[i]}`,
        column: (header[i] as string).trim(),
        by: "header",
        detail: keys[i] as string,
      });
    }

  const at = (role: string) => header.findIndex((h) => h.trim() === mapping[role]);
  if (mapping.birthDate !== undefined) {
    const values = column(at("birthDate")).filter((v) => v !== "");
    if (values.length > 0) {
      const d = detectDateFormat(values);
      if (d.parsed > 0) {
        mapping.dateFormat = d.format;
        reasons.push({
          role: "dateFormat",
          column: mapping.birthDate as string,
          by: "values",
          detail: d.format,
          share: d.parsed / values.length,
        });
      }
    }
  }
  let country: string | undefined;
  if (mapping.nationalId !== undefined) {
    const values = column(at("nationalId"));
    const named = HEADER_ID[labelKey(mapping.nationalId as string)];
    const tried: [IdType, number][] = ID_TYPES.map(([t]) => [
      t,
      share(values, (v) => ID_DEFINITIONS[t].validate(v).valid),
    ]);
    const best = tried.reduce((a, b) => (b[1] > a[1] ? b : a), ["ar.dni" as IdType, 0] as [IdType, number]);
    const type =
      named !== undefined && share(values, (v) => ID_DEFINITIONS[named].validate(v).valid) >= 0.5
        ? named
        : best[1] >= 0.8
          ? best[0]
          : named;
    if (type !== undefined) {
      mapping.idType = idTypeLabel(type);
      const s = share(values, (v) => ID_DEFINITIONS[type].validate(v).valid);
      reasons.push({
        role: "idType",
        column: mapping.nationalId as string,
        by: "values",
        detail: idTypeLabel(type),
        share: s,
      });
      country = ID_DEFINITIONS[type].country;
    }
  }
  if (mapping.phone !== undefined && country !== undefined) {
    mapping.phoneCountry = country;
    reasons.push({ role: "phoneCountry", column: mapping.phone as string, by: "values", detail: country });
  }
  if (mapping.fullName !== undefined) {
    const values = column(at("fullName"));
    const votes = values.reduce((n, v) => n + orderVote(v), 0);
    mapping.nameOrder = votes < 0 ? "surnames-first" : votes > 0 ? "given-first" : "auto";
    reasons.push({
      role: "nameOrder",
      column: mapping.fullName as string,
      by: "values",
      detail: mapping.nameOrder as string,
    });
  }
  mapping.reasons = reasons;
  return mapping as LinkMapping;
}
