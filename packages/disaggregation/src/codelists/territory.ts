import { compilePattern } from "@ciudata/table";
import type { CodeList, LocalizedLabel, TerritoryLevel } from "./types";

const l = (es: string, en: string, pt: string): LocalizedLabel => ({ es, en, pt });
const same = (s: string): LocalizedLabel => ({ es: s, en: s, pt: s });

/** A territorial code format: codes are TEXT of fixed digits, leading zeros kept. */
export interface TerritoryFormat {
  readonly id: string;
  readonly country: "AR" | "MX";
  readonly level: TerritoryLevel;
  /** Number of characters of a code. */
  readonly length: number;
  /** What a code matches (anchored). */
  readonly pattern: string;
  readonly description: LocalizedLabel;
  readonly source: string;
  readonly confidence: "doc" | "recall";
}

const GUIA =
  "datosgobar/paquete-apertura-datos docs/src/guia-interoperables.md @ efe4e133 (INDEC codes, Censo 2010 cartography; BAHRA)";
const ar = (id: string, level: TerritoryLevel, length: number, es: string, en: string): TerritoryFormat => ({
  id,
  country: "AR",
  level,
  length,
  pattern: `^\\d{${length}}$`,
  description: l(es, en, es),
  source: GUIA,
  confidence: "doc",
});
const mx = (
  id: string,
  level: TerritoryLevel,
  pattern: string,
  length: number,
  es: string,
  en: string,
): TerritoryFormat => ({
  id,
  country: "MX",
  level,
  length,
  pattern,
  description: l(es, en, es),
  source: "INEGI Marco Geoestadístico (recall: verify before relying on it)",
  confidence: "recall",
});

/**
 * INDEC (Argentina) and INEGI (Mexico) territorial code formats. INDEC: provincia 2 digits (98 indeterminado,
 * 99 sin declarar), departamento 5 = provincia + 3, fracción 7, radio 9, localidad 8 (BAHRA), municipio 6,
 * aglomerado 4. INEGI: CVE_ENT 2 (09 = CDMX), CVE_MUN 3, CVE_LOC 4, CVE_AGEB 4 characters, CVE_MZA 3, and CVEGEO
 * their concatenation.
 */
export const TERRITORY_FORMATS: readonly TerritoryFormat[] = [
  ar(
    "indec-provincia",
    "provincia",
    2,
    "Provincia INDEC: 2 dígitos (98 indeterminado, 99 sin declarar)",
    "INDEC province: 2 digits",
  ),
  ar(
    "indec-departamento",
    "departamento",
    5,
    "Departamento/partido/comuna INDEC: 5 dígitos (provincia + 3)",
    "INDEC department: 5 digits",
  ),
  ar("indec-fraccion", "fraccion", 7, "Fracción censal INDEC: 7 dígitos", "INDEC census fraction: 7 digits"),
  ar("indec-radio", "radio", 9, "Radio censal INDEC: 9 dígitos", "INDEC census radius: 9 digits"),
  ar(
    "indec-localidad",
    "localidad",
    8,
    "Localidad INDEC/BAHRA: 8 dígitos (departamento + 3)",
    "INDEC/BAHRA locality: 8 digits",
  ),
  ar(
    "indec-municipio",
    "municipio",
    6,
    "Municipio/gobierno local INDEC: 6 dígitos",
    "INDEC local government: 6 digits",
  ),
  ar(
    "indec-aglomerado",
    "aglomerado",
    4,
    "Aglomerado INDEC: 4 dígitos",
    "INDEC urban agglomeration: 4 digits",
  ),
  mx(
    "inegi-entidad",
    "entidad",
    "^\\d{2}$",
    2,
    "CVE_ENT INEGI: 2 dígitos (09 = Ciudad de México)",
    "INEGI state: 2 digits",
  ),
  mx(
    "inegi-municipio",
    "municipio",
    "^\\d{3}$",
    3,
    "CVE_MUN INEGI: 3 dígitos (alcaldía en la CDMX)",
    "INEGI municipality: 3 digits",
  ),
  mx("inegi-localidad", "localidad", "^\\d{4}$", 4, "CVE_LOC INEGI: 4 dígitos", "INEGI locality: 4 digits"),
  mx(
    "inegi-ageb",
    "ageb",
    "^[0-9A-Z]{3}[0-9A-Z]$",
    4,
    "CVE_AGEB INEGI: 4 caracteres",
    "INEGI AGEB: 4 characters",
  ),
  mx("inegi-manzana", "manzana", "^\\d{3}$", 3, "CVE_MZA INEGI: 3 dígitos", "INEGI block: 3 digits"),
  mx(
    "inegi-cvegeo",
    "cvegeo",
    "^\\d{2}(\\d{3}(\\d{4}([0-9A-Z]{4}(\\d{3})?)?)?)?$",
    16,
    "CVEGEO INEGI: entidad(2) + municipio(3) [+ localidad(4) [+ AGEB(4) [+ manzana(3)]]]",
    "INEGI CVEGEO: state(2) + municipality(3) [+ locality(4) [+ AGEB(4) [+ block(3)]]]",
  ),
];

/** Territory formats as open code lists (a code is in the list when it matches the format). */
export const TERRITORY_FORMAT_LISTS: readonly CodeList[] = TERRITORY_FORMATS.map((f) => ({
  id: f.id,
  dimension: "territory",
  name: f.description,
  agency: f.country === "AR" ? "INDEC" : "INEGI",
  source: f.source,
  confidence: f.confidence,
  codes: [],
  pattern: f.pattern,
  level: f.level,
  country: f.country,
}));

/**
 * Checks a territorial code against its format and restores leading zeros lost by a spreadsheet
 * (`2001` as an INDEC departamento → `02001`). Returns `null` when it cannot be a code of that format.
 *
 * @example
 * ```ts
 * normaliseTerritoryCode("2001", "indec-departamento"); //=> "02001"
 * normaliseTerritoryCode("50007", "indec-departamento"); //=> "50007"
 * normaliseTerritoryCode("9", "inegi-entidad"); //=> "09"
 * normaliseTerritoryCode("Capital", "indec-departamento"); //=> null
 * ```
 */
export function normaliseTerritoryCode(value: string, formatId: string): string | null {
  const format = TERRITORY_FORMATS.find((f) => f.id === formatId);
  if (!format) return null;
  let v = value.trim();
  if (/^\d+\.0+$/.test(v)) v = v.replace(/\.0+$/, "");
  if (/^\d+$/.test(v) && v.length < format.length && formatId !== "inegi-cvegeo")
    v = v.padStart(format.length, "0");
  return compilePattern(format.pattern, { anchored: false }).test(v) ? v : null;
}

const prov = (id: string, name: string, synonyms: string[] = []) => ({
  id,
  label: same(name),
  ...(synonyms.length ? { synonyms } : {}),
});

/** Argentine provinces with their INDEC codes [recall: names from memory, codes as in the Censo 2010 file]. */
export const AR_PROVINCIAS: CodeList = {
  id: "ar-provincias",
  dimension: "territory",
  name: l(
    "Provincias de Argentina (INDEC)",
    "Provinces of Argentina (INDEC)",
    "Províncias da Argentina (INDEC)",
  ),
  agency: "INDEC",
  source: GUIA,
  confidence: "recall",
  level: "provincia",
  country: "AR",
  codes: [
    prov("02", "Ciudad Autónoma de Buenos Aires", ["CABA", "Capital Federal", "Ciudad de Buenos Aires"]),
    prov("06", "Buenos Aires"),
    prov("10", "Catamarca"),
    prov("14", "Córdoba"),
    prov("18", "Corrientes"),
    prov("22", "Chaco"),
    prov("26", "Chubut"),
    prov("30", "Entre Ríos"),
    prov("34", "Formosa"),
    prov("38", "Jujuy"),
    prov("42", "La Pampa"),
    prov("46", "La Rioja"),
    prov("50", "Mendoza"),
    prov("54", "Misiones"),
    prov("58", "Neuquén"),
    prov("62", "Río Negro"),
    prov("66", "Salta"),
    prov("70", "San Juan"),
    prov("74", "San Luis"),
    prov("78", "Santa Cruz"),
    prov("82", "Santa Fe"),
    prov("86", "Santiago del Estero"),
    prov("90", "Tucumán"),
    prov("94", "Tierra del Fuego, Antártida e Islas del Atlántico Sur", ["Tierra del Fuego"]),
    { id: "98", label: l("Indeterminado", "Undetermined", "Indeterminado"), role: "unknown" },
    { id: "99", label: l("Sin declarar", "Not declared", "Não declarado"), role: "non-response" },
  ],
};

const MENDOZA_NAMES = [
  "Capital",
  "General Alvear",
  "Godoy Cruz",
  "Guaymallén",
  "Junín",
  "La Paz",
  "Las Heras",
  "Lavalle",
  "Luján de Cuyo",
  "Maipú",
  "Malargüe",
  "Rivadavia",
  "San Carlos",
  "San Martín",
  "San Rafael",
  "Santa Rosa",
  "Tunuyán",
  "Tupungato",
];

/**
 * The 18 departamentos of Mendoza: INDEC codes 50007…50126 (step 7, as in the Censo 2010 file);
 * the code-to-name pairing follows the alphabetical order [recall: verify with the Georef API].
 */
export const MENDOZA_DEPARTAMENTOS: CodeList = {
  id: "mendoza-departamentos",
  dimension: "territory",
  name: l("Departamentos de Mendoza", "Departments of Mendoza", "Departamentos de Mendoza"),
  agency: "INDEC",
  source:
    "codes: INDEC Censo 2010 (datosgobar/los-datos-y-vos); names: cabeceras departamentales (datosabiertos.mendoza.gov.ar)",
  confidence: "recall",
  level: "departamento",
  country: "AR",
  codes: MENDOZA_NAMES.map((name, i) => ({
    id: String(50007 + 7 * i),
    label: same(name),
    ...(name === "Capital" ? { synonyms: ["Ciudad de Mendoza", "Mendoza Capital"] } : {}),
  })),
};

/** The 15 comunas of the Ciudad de Buenos Aires, INDEC codes 02001…02015 (written `COMUNA 4` or `COMUNA 04`). */
export const CABA_COMUNAS: CodeList = {
  id: "caba-comunas",
  dimension: "territory",
  name: l(
    "Comunas de la Ciudad de Buenos Aires",
    "Communes of Buenos Aires City",
    "Comunas da Cidade de Buenos Aires",
  ),
  agency: "INDEC",
  source: "datosgobar/los-datos-y-vos data/barrios.csv @ 329d3e87 (comuna_id 020xx)",
  confidence: "doc",
  level: "comuna",
  country: "AR",
  codes: Array.from({ length: 15 }, (_, i) => ({
    id: `020${String(i + 1).padStart(2, "0")}`,
    label: same(`Comuna ${i + 1}`),
  })),
};
