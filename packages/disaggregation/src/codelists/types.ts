/** A text in the three languages ciudata speaks. Spanish first. */
export interface LocalizedLabel {
  es: string;
  en: string;
  pt: string;
}

/**
 * How far a code list can be trusted: `source-file` parsed from a machine-readable file (the SDMX DSD),
 * `doc` read in a published page, `recall` from knowledge of the standard (verify before relying on it),
 * `ciudata` defined by this library, `user` loaded from a city's own file.
 */
export type Confidence = "source-file" | "doc" | "recall" | "ciudata" | "user";

/** What a code stands for beyond its category: a total, or one of the kinds of "we do not know". */
export type CodeRole = "category" | "total" | "unknown" | "non-response" | "not-available" | "other";

/** One code of a code list. */
export interface Code {
  /** The code as written in data (`F`, `Y15T24`, `50007`). */
  readonly id: string;
  readonly label: LocalizedLabel;
  /** Default `category`. */
  readonly role?: CodeRole;
  /** The SDMX SDG code it maps to, for lists that are not SDMX themselves (`X` → `_O`). */
  readonly sdmx?: string;
  /** Other spellings that mean this code (names of a barrio, `CABA`…). */
  readonly synonyms?: readonly string[];
  /**
   * For a territory of a second-level list: the code of the territory it belongs to (a Peruvian district's
   * province `1501`, a municipality's state `14`); the code starts with it.
   */
  readonly parent?: string;
}

/** Territorial level a territory list or format belongs to. */
export type TerritoryLevel =
  | "pais"
  | "provincia"
  | "departamento"
  | "distrito"
  | "municipio"
  | "localidad"
  | "fraccion"
  | "radio"
  | "aglomerado"
  | "comuna"
  | "seccion"
  | "barrio"
  | "entidad"
  | "region"
  | "estado"
  | "ageb"
  | "manzana"
  | "cvegeo";

/** A code list in ciudata's own format. */
export interface CodeList {
  /** Stable id (`sdmx-sex`, `indec-departamento`, `mendoza-departamentos`). */
  readonly id: string;
  /** The dimension it codes (`sex`, `gender_identity`, `age`, `territory`…). */
  readonly dimension: string;
  readonly name: LocalizedLabel;
  /** Who defines it (`IAEG-SDGs`, `INDEC`, `ISO/IEC`…). */
  readonly agency: string;
  readonly version?: string;
  /** Where the facts come from. */
  readonly source: string;
  readonly confidence: Confidence;
  /** The codes; empty for an open list defined by `pattern`. */
  readonly codes: readonly Code[];
  /** For open lists (territorial code formats): a code is in the list when it matches. */
  readonly pattern?: string;
  /** Territorial level, for territory lists. */
  readonly level?: TerritoryLevel;
  /**
   * The country of a territory list (ISO 3166-1 alpha-2: `AR`, `PE`, `MX`, `CL`, `CO`, `BR`). A name is coded
   * with a country's list only when that country's list was chosen (or detected); lists without a country (a
   * city's own barrios) are always used.
   */
  readonly country?: string;
  readonly note?: string;
}

/** An age band, years inclusive; `max` null = open ended (`65 y más`). */
export interface AgeBand {
  /** The SDMX-style code (`Y15T24`, `Y_GE65`, `Y0`). */
  readonly code: string;
  readonly min: number;
  readonly max: number | null;
}
