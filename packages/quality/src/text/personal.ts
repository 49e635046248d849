import { foldText } from "./fold";

/** Tokens of a column name that point at a person. */
const PERSON_TOKENS = new Set([
  "nombre",
  "nombres",
  "apellido",
  "apellidos",
  "name",
  "names",
  "surname",
  "firstname",
  "lastname",
  "nome",
  "sobrenome",
  "dni",
  "documento",
  "doc",
  "cuit",
  "cuil",
  "curp",
  "rfc",
  "cpf",
  "rut",
  "nss",
  "pasaporte",
  "passport",
  "email",
  "mail",
  "correo",
  "telefono",
  "tel",
  "celular",
  "movil",
  "phone",
  "whatsapp",
  "direccion",
  "domicilio",
  "address",
  "endereco",
  "nacimiento",
  "birth",
  "birthdate",
  "dob",
  "nascimento",
  "patente",
  "matricula",
  "ip",
  "paciente",
  "victima",
  "director",
  "responsable",
  "contacto",
]);
/** Tokens that make a `*_nombre` column name a place or an organisation, not a person. */
const ENTITY_TOKENS = new Set([
  "barrio",
  "comuna",
  "provincia",
  "departamento",
  "depto",
  "municipio",
  "localidad",
  "partido",
  "pais",
  "region",
  "distrito",
  "estado",
  "entidad",
  "calle",
  "via",
  "establecimiento",
  "hospital",
  "escuela",
  "institucion",
  "organismo",
  "programa",
  "producto",
  "proyecto",
  "categoria",
  "tipo",
  "sector",
  "funcion",
  "unidad",
  "ejecutora",
  "pliego",
  "sitio",
  "lugar",
  "especialidad",
  "servicio",
  "rubro",
  "actividad",
  "empresa",
  "linea",
  "estacion",
  "parada",
  "ruta",
  "zona",
  "area",
  "cargo",
  "fuente",
  "dataset",
]);
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
const LONG_NUMBER = /\d[\d.\- ]{5,}\d/u;

/**
 * Whether a column name suggests personal data (`nombre`, `apellido`, `dni`, `email`, `fecha_nacimiento`…),
 * leaving out names of places and organisations such as `barrio_nombre`.
 *
 * @example
 * ```ts
 * looksPersonalField("APELLIDO"); //=> true
 * looksPersonalField("barrio_nombre"); //=> false
 * ```
 */
export function looksPersonalField(name: string): boolean {
  const tokens = foldText(name)
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  if (tokens.some((t) => ENTITY_TOKENS.has(t))) return false;
  return tokens.some((t) => PERSON_TOKENS.has(t) || t.startsWith("nacim") || t.startsWith("naciom"));
}

/**
 * Whether a value looks like personal data by itself: an e-mail or a long number (document, phone, tax id).
 *
 * @example
 * ```ts
 * looksPersonalValue("20-12345678-9"); //=> true
 * looksPersonalValue("Palermo"); //=> false
 * ```
 */
export function looksPersonalValue(value: string): boolean {
  return EMAIL.test(value) || LONG_NUMBER.test(value);
}

/**
 * A value safe to show in a report: masked with `mask` (use `ctx.mask`) when the column or the value
 * looks personal, or always when `always` is set. Otherwise, given its column (`field`, 0-based), the
 * caller's column classification decides (`ctx.mask(value, field)`: a public column's value is shown as
 * is, a personal one's masked); without `field` it is shown as is (category names, barrios…).
 *
 * @example
 * ```ts
 * showValue("Palermo", "barrio", ctx.mask); //=> "Palermo"
 * showValue("Juan Pérez", "nombre", ctx.mask); //=> "Jxxx Xxxxx"
 * ```
 */
export function showValue(
  value: string,
  fieldName: string,
  mask: (cell: string, field?: number) => string,
  always = false,
  field?: number,
): string {
  if (always || looksPersonalField(fieldName) || looksPersonalValue(value)) return mask(value);
  return field === undefined ? value : mask(value, field);
}
