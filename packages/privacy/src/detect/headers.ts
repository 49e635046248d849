import { labelKey } from "@ciudata/core";
import type { Category } from "./categories";

/** Header words (accents removed, lower case, split on non-letters) that hint at a category. */
const HINTS: ReadonlyArray<[Category, RegExp]> = [
  [
    "national-id",
    /^(dni|cuil|run|curp|cpf|ci|cedula|cédula|documento|doc|nro_doc|ndoc|numdoc|rg|cui|cc|ine|pasaporte|passport)$/,
  ],
  ["tax-id", /^(cuit|rut|rfc|cnpj|nit|ruc)$/],
  ["bank-account", /^(cbu|cvu|iban|clabe|cuenta)$/],
  [
    "person-name",
    /^(nombres?|apellidos?|nome|sobrenome|name|surname|director|directora|titular|responsable|beneficiario|paciente|ciudadano|contacto|solicitante)$/,
  ],
  ["email", /^(e?mail|correo|correo_electronico|email)$/],
  ["phone", /^(telefono|tel|celular|cel|movil|telefone|phone|whatsapp|fax)$/],
  ["birth-date", /^(fecha_?nac\w*|f_?nac\w*|nacimiento|nascimento|data_?nasc\w*|birth\w*|dob)$/],
  ["address", /^(domicilio|direccion|calle|dom|endereco|logradouro|address|residencia)$/],
  ["coordinates", /^(lat|lon|lng|long|latitud|longitud|latitude|longitude|the_geom|geom|coordenadas|wkt)$/],
  ["age", /^(edad|idade|age)$/],
  ["sex", /^(sexo|sex|genero_registrado)$/],
  ["nationality", /^(nacionalidad|nacionalidade|nationality|pais_nacimiento)$/],
  [
    "physical-description",
    /^(datos_identificatorios|senas|senas_particulares|descripcion_fisica|vestimenta)$/,
  ],
  ["pseudonymous-id", /^(uuid|hash|id_hash|id_persona|persona_id)$/],
  ["health", /^(diagnostico|enfermedad|patologia|cie10|cie_10|discapacidad|salud|vih|embarazo|tratamiento)$/],
  ["ethnicity", /^(etnia|pueblo_originario|indigena|afrodescendiente|raza|tez|color_piel|raca|cor)$/],
  ["religion", /^(religion|religiao|culto|credo)$/],
  ["politics", /^(partido|afiliacion_politica|partido_politico|voto)$/],
  ["union", /^(sindicato|gremio|afiliacion_sindical)$/],
  ["sexual-life", /^(orientacion_sexual|vida_sexual|orientacao_sexual)$/],
  [
    "gender-identity",
    /^(identidad_de_genero|identidad_genero|genero|genero_autopercibido|identidade_de_genero)$/,
  ],
  ["biometric", /^(huella|huella_dactilar|biometria|biometrico|rostro|iris|firma_digitalizada)$/],
  [
    "socioeconomic",
    /^(plan_social|programa_social|beneficio|asignacion|auh|subsidio|ingreso|ingresos|nivel_socioeconomico|pobreza|bolsa_familia)$/,
  ],
];

/** The name of a thing or place, not a person: `barrio_nombre`, `DEPARTAMENTO_EJECUTORA_NOMBRE`, `nome_munic`. */
const THING =
  /^(?:barrios?|comunas?|departamentos?|depto|dpto|provincias?|prov|distritos?|municipios?|munic|municipalidad|localidad|localidades|ciudad|ciudades|cabecera|cabeceras|lugar|lugares|paraje|pueblo|poblado|cidade|pais|region|ra|drs|sector|zona|calle|via|avenida|producto|proyecto|programa|meta|rubro|division|grupo|funcional|categ|categoria|gasto|generica|subgenerica|especifica|fuente|financ|financiamiento|tipo|recurso|establecimiento|institucion|entidad|ejecutora|unidad|escuela|hospital|efector|organismo|dependencia|area|servicio|partida|cuenta|item|actividad|obra|plan|sede|estacion|linea|ramal|parada|especie|marca|modelo)$/;
/** A value of sex beside the sex word: `sexo_varon`, `sexo_total` count people of that sex, they hold no sex. */
const SEX_VALUE =
  /^(?:varon|varones|mujer|mujeres|hombre|hombres|masculino|femenino|total|ambos|homens|mulheres)$/;
/** Header words that name only a name (`nombre`), not whose. */
const NAME_WORD = /^(?:nombres?|nome|name|nom)$/;

/**
 * The categories a column header hints at: the whole header first, then each word and word pair
 * (`fecha_nacimiento`, `nro_dni`, `apellido_materno`).
 *
 * @example
 * ```ts
 * headerHints("FECHA_NACIOMIENTO"); //=> ["birth-date"]
 * headerHints("Teléfono celular"); //=> ["phone"]
 * headerHints("barrio_nombre"); //=> []
 * ```
 */
export function headerHints(header: string): Category[] {
  const h = labelKey(header);
  const words = h.split("_").filter(Boolean);
  const pieces = new Set([h, ...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)]);
  // "fecha de nacimiento" → fecha_nacimiento
  if (words.includes("fecha") && words.some((w) => w.startsWith("nac"))) pieces.add("fecha_nac");
  if (words.includes("data") && words.some((w) => w.startsWith("nasc"))) pieces.add("data_nasc");
  const out: Category[] = [];
  for (const [category, re] of HINTS)
    for (const p of pieces) if (re.test(p) && !out.includes(category)) out.push(category);
  if (out.includes("sex") && words.some((w) => SEX_VALUE.test(w))) out.splice(out.indexOf("sex"), 1);
  // `nombre` beside a thing or place (and no other word about a person) names that thing.
  const person = HINTS.find(([c]) => c === "person-name")?.[1];
  const names = words.filter((w) => person?.test(w));
  if (names.length && names.every((w) => NAME_WORD.test(w)) && words.some((w) => THING.test(w)))
    return out.filter((c) => c !== "person-name");
  return out;
}
