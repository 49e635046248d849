import { AR_INDEC_LISTS } from "../codelists/schemes";
import type { StandardInput } from "./schema";

/**
 * The Mendoza standard's territory lists: Argentina's (the `ar-indec` lists of the package root; every
 * department of the country comes with `@ciudata/disaggregation/territories`), Mendoza's departments first,
 * so the normaliser tries the city's own departments before the country's provinces and codes.
 */
const MENDOZA_TERRITORY_LISTS: string[] = [
  "mendoza-departamentos",
  ...AR_INDEC_LISTS.filter((id) => id !== "mendoza-departamentos" && id !== "ar-departamentos"),
];

/**
 * The built-in Mendoza-style standard, as JSON a city can copy and edit: every dataset about people carries
 * sex, age and territory (barrio, sección, departamento or provincia), with gender identity, disability,
 * ethnicity and migration recommended; SDMX SDG code lists, INDEC territorial codes, the Mendoza departamentos.
 */
export const MENDOZA_STANDARD_JSON = {
  id: "mendoza-desagregados",
  name: {
    es: "Protocolo de datos desagregados (estilo Mendoza)",
    en: "Disaggregated data protocol (Mendoza style)",
    pt: "Protocolo de dados desagregados (estilo Mendoza)",
  },
  version: "1.0",
  description: {
    es: "Todo dato sobre personas se desagrega por sexo, edad y territorio; sexo e identidad de género son dimensiones separadas.",
    en: "Every dataset about people is disaggregated by sex, age and territory; sex and gender identity are separate dimensions.",
    pt: "Todo dado sobre pessoas é desagregado por sexo, idade e território; sexo e identidade de gênero são dimensões separadas.",
  },
  dimensions: {
    sex: {
      label: { es: "sexo", en: "sex", pt: "sexo" },
      sdmx: "SEX",
      codeLists: ["sdmx-sex"],
      columns: [
        "sexo",
        "sex",
        "genero",
        "gender",
        "sexo_registrado",
        "sexo_al_nacer",
        "sexo_registrado_al_nacer",
        "sexo_biologico",
        "sexo_dni",
        "sexo_victima",
      ],
      note: "X and non-binary are _O; unknown (_U) is never merged with other (_O).",
    },
    gender_identity: {
      label: { es: "identidad de género", en: "gender identity", pt: "identidade de gênero" },
      sdmx: "GENDER_IDENTITY",
      codeLists: ["indec-2022-identidad-genero"],
      columns: [
        "identidad_de_genero",
        "identidad_genero",
        "genero_autopercibido",
        "identidad_autopercibida",
        "gender_identity",
        "identidade_de_genero",
      ],
    },
    age: {
      label: { es: "edad", en: "age", pt: "idade" },
      sdmx: "AGE",
      codeLists: ["sdmx-age"],
      columns: [
        "edad",
        "age",
        "idade",
        "grupo_edad",
        "grupo_de_edad",
        "grupos_de_edad",
        "rango_edad",
        "rango_de_edad",
        "tramo_edad",
        "tramo_de_edad",
        "grupo_etario",
        "rango_etario",
        "edad_quinquenal",
        "faixa_etaria",
        "age_group",
      ],
    },
    territory: {
      label: { es: "territorio", en: "territory", pt: "território" },
      sdmx: "REF_AREA",
      codeLists: MENDOZA_TERRITORY_LISTS,
      columns: [
        "territorio",
        "barrio",
        "seccion",
        "comuna",
        "departamento",
        "depto",
        "partido",
        "provincia",
        "municipio",
        "localidad",
        "distrito",
        "fraccion",
        "radio",
        "radio_censal",
        "region",
        "entidad",
        "clave_ent",
        "cve_ent",
        "alcaldia",
        "ubigeo",
        "codigo_ibge",
        "bairro",
        "neighborhood",
        "district",
        "province",
        "municipality",
      ],
    },
    disability: {
      label: { es: "discapacidad", en: "disability", pt: "deficiência" },
      sdmx: "DISABILITY_STATUS",
      codeLists: ["sdmx-disability"],
      columns: [
        "discapacidad",
        "con_discapacidad",
        "condicion_discapacidad",
        "disability",
        "disability_status",
        "deficiencia",
      ],
      note: "Derive PD/PWD from the Washington Group Short Set (washingtonGroupStatus).",
    },
    ethnicity: {
      label: { es: "pueblo indígena", en: "indigenous", pt: "indígena" },
      sdmx: "ETHNICITY",
      codeLists: ["indec-2022-indigena"],
      columns: [
        "indigena",
        "pueblo_indigena",
        "pueblo_originario",
        "etnia",
        "ethnicity",
        "autorreconocimiento_indigena",
      ],
    },
    afrodescendant: {
      label: { es: "afrodescendiente", en: "afrodescendant", pt: "afrodescendente" },
      sdmx: "AFRODESCENDANT",
      codeLists: ["indec-2022-afrodescendiente"],
      columns: ["afrodescendiente", "afro", "afrodescendant"],
    },
    migration: {
      label: { es: "condición migratoria", en: "migration status", pt: "condição migratória" },
      sdmx: "MIGRATION_STATUS",
      codeLists: ["ciudata-migracion"],
      columns: [
        "condicion_migratoria",
        "migrante",
        "migration_status",
        "pais_de_nacimiento",
        "pais_nacimiento",
      ],
    },
    income_quantile: {
      label: { es: "quintil de ingresos", en: "income quantile", pt: "quintil de renda" },
      sdmx: "INCOME_WEALTH_QUANTILE",
      codeLists: ["sdmx-quantile"],
      columns: ["quintil", "quintil_ingreso", "quintil_de_ingreso", "income_quintile", "quintil_renda"],
    },
    urbanisation: {
      label: { es: "ámbito urbano/rural", en: "urban/rural", pt: "urbano/rural" },
      sdmx: "URBANISATION",
      codeLists: ["sdmx-urbanisation"],
      columns: [
        "ambito",
        "urbano_rural",
        "area_urbana_rural",
        "urbanisation",
        "urbanization",
        "situacao_domicilio",
      ],
    },
  },
  datasets: {
    personas: {
      description: {
        es: "Registros o microdatos sobre personas (una fila por persona o caso)",
        en: "Records or microdata about people (one row per person or case)",
        pt: "Registros ou microdados sobre pessoas (uma linha por pessoa ou caso)",
      },
      kind: "microdata",
      required: ["sex", "age", "territory"],
      recommended: ["gender_identity", "disability", "ethnicity", "migration"],
    },
    "tabla-agregada": {
      description: {
        es: "Tabla de conteos o indicadores sobre personas",
        en: "Table of counts or indicators about people",
        pt: "Tabela de contagens ou indicadores sobre pessoas",
      },
      kind: "aggregate",
      required: ["sex", "age", "territory"],
      recommended: ["gender_identity", "disability"],
    },
    servicios: {
      description: {
        es: "Servicios, obras o equipamiento en el territorio",
        en: "Services, works or facilities across the territory",
        pt: "Serviços, obras ou equipamentos no território",
      },
      kind: "any",
      required: ["territory"],
      recommended: ["sex", "age"],
    },
    "encuesta-hogares": {
      description: {
        es: "Encuestas a hogares y personas",
        en: "Household and person surveys",
        pt: "Pesquisas domiciliares",
      },
      kind: "microdata",
      required: ["sex", "age", "territory", "income_quantile", "urbanisation"],
      recommended: ["gender_identity", "disability", "ethnicity", "afrodescendant", "migration"],
    },
  },
  defaultDataset: "personas",
  agePreset: "quinquenal-85",
  thresholds: { maxUnknownShare: 0.05, totalTolerance: 0.5, relativeTolerance: 0, minCellSize: 5 },
} as const satisfies StandardInput;
