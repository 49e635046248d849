import type { Lang } from "@ciudata/core";

/**
 * The seven quality dimensions of the city review standard: DAMA UK's six primary dimensions
 * (completeness, uniqueness, timeliness, validity, accuracy, consistency; "The six primary dimensions
 * for data quality assessment", 2013) plus **bias**, which Mendoza's data strategy asks for
 * ("mitigar sesgos", disaggregated data). Each one also has its ISO/IEC 25012:2008 counterpart.
 */
export const DIMENSIONS = [
  "validity",
  "completeness",
  "uniqueness",
  "consistency",
  "accuracy",
  "timeliness",
  "bias",
] as const;

/** One quality dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** A text in each language of the reports. */
export type Localized = Readonly<Record<Lang, string>>;

/** What a dimension is called, what it means and where it comes from. */
export interface DimensionInfo {
  readonly id: Dimension;
  readonly label: Localized;
  readonly definition: Localized;
  /** The ISO/IEC 25012 characteristics it measures. */
  readonly iso25012: readonly string[];
  /** The DAMA UK dimension, `null` for bias (not in DAMA's six). */
  readonly dama: string | null;
}

/** Labels, definitions and anchors of the seven dimensions, as data. */
export const DIMENSION_INFO: Readonly<Record<Dimension, DimensionInfo>> = {
  validity: {
    id: "validity",
    label: { es: "Validez", en: "Validity", pt: "Validade" },
    definition: {
      es: "Los valores respetan el tipo, el formato y la sintaxis declarados (esquema, dialecto, perfil de publicación).",
      en: "Values follow the declared type, format and syntax (schema, dialect, publishing profile).",
      pt: "Os valores seguem o tipo, o formato e a sintaxe declarados (esquema, dialeto, perfil de publicação).",
    },
    iso25012: ["compliance", "consistency (syntactic)"],
    dama: "validity",
  },
  completeness: {
    id: "completeness",
    label: { es: "Completitud", en: "Completeness", pt: "Completude" },
    definition: {
      es: "No faltan celdas, filas ni columnas que deberían estar (valores obligatorios, celdas faltantes, filas vacías).",
      en: "No cells, rows or columns that should be there are missing (required values, missing cells, blank rows).",
      pt: "Não faltam células, linhas nem colunas que deveriam estar (valores obrigatórios, células faltantes, linhas vazias).",
    },
    iso25012: ["completeness"],
    dama: "completeness",
  },
  uniqueness: {
    id: "uniqueness",
    label: { es: "Unicidad", en: "Uniqueness", pt: "Unicidade" },
    definition: {
      es: "Cada entidad aparece una sola vez: sin filas duplicadas ni claves repetidas.",
      en: "Each entity appears once: no duplicate rows or repeated keys.",
      pt: "Cada entidade aparece uma só vez: sem linhas duplicadas nem chaves repetidas.",
    },
    iso25012: ["consistency", "accuracy"],
    dama: "uniqueness",
  },
  consistency: {
    id: "consistency",
    label: { es: "Consistencia", en: "Consistency", pt: "Consistência" },
    definition: {
      es: "Los datos no se contradicen: claves foráneas que existen, reglas entre columnas, categorías escritas siempre igual.",
      en: "Data does not contradict itself: foreign keys that exist, rules across columns, categories always spelled the same.",
      pt: "Os dados não se contradizem: chaves estrangeiras que existem, regras entre colunas, categorias sempre escritas igual.",
    },
    iso25012: ["consistency", "credibility"],
    dama: "consistency",
  },
  accuracy: {
    id: "accuracy",
    label: { es: "Exactitud", en: "Accuracy", pt: "Exatidão" },
    definition: {
      es: "Los valores representan bien la realidad: dentro de rangos plausibles, de listas oficiales, sin desvíos atípicos.",
      en: "Values represent reality well: within plausible ranges and official lists, without outliers.",
      pt: "Os valores representam bem a realidade: dentro de faixas plausíveis e listas oficiais, sem desvios atípicos.",
    },
    iso25012: ["accuracy", "precision"],
    dama: "accuracy",
  },
  timeliness: {
    id: "timeliness",
    label: { es: "Actualidad", en: "Timeliness", pt: "Atualidade" },
    definition: {
      es: "Los datos están al día: la última fecha y la última actualización respetan la periodicidad declarada.",
      en: "Data is up to date: the latest date and the last update keep to the declared frequency.",
      pt: "Os dados estão em dia: a última data e a última atualização respeitam a periodicidade declarada.",
    },
    iso25012: ["currentness"],
    dama: "timeliness",
  },
  bias: {
    id: "bias",
    label: { es: "Sesgo", en: "Bias", pt: "Viés" },
    definition: {
      es: "Los datos representan a toda la población: faltantes parejos entre grupos, todos los territorios, datos desagregados.",
      en: "Data represents the whole population: even missingness across groups, every territory, disaggregated data.",
      pt: "Os dados representam toda a população: faltantes equilibrados entre grupos, todos os territórios, dados desagregados.",
    },
    iso25012: ["completeness (representativeness)", "credibility"],
    dama: null,
  },
};

/**
 * Whether a string names one of the seven dimensions.
 *
 * @example
 * ```ts
 * isDimension("bias"); //=> true
 * isDimension("privacy"); //=> false
 * ```
 */
export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}

/**
 * The name of a dimension in a language (Spanish by default).
 *
 * @example
 * ```ts
 * dimensionLabel("completeness"); //=> "Completitud"
 * dimensionLabel("bias", "pt"); //=> "Viés"
 * ```
 */
export function dimensionLabel(dimension: Dimension, lang: Lang = "es"): string {
  return DIMENSION_INFO[dimension].label[lang];
}

/**
 * A one-sentence definition of a dimension in a language (Spanish by default).
 *
 * @example
 * ```ts
 * dimensionDefinition("timeliness", "en"); //=> "Data is up to date: …"
 * ```
 */
export function dimensionDefinition(dimension: Dimension, lang: Lang = "es"): string {
  return DIMENSION_INFO[dimension].definition[lang];
}
