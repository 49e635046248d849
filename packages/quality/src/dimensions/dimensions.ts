import { LANGS, type Lang } from "@ciudata/core";
import { dimensionMessages } from "../messages/dimensions";

/**
 * The quality dimensions of the city review standard: DAMA UK's six primary dimensions
 * (completeness, uniqueness, timeliness, validity, accuracy, consistency; "The six primary dimensions
 * for data quality assessment", 2013) plus **bias**, which Mendoza's data strategy asks for
 * ("mitigar sesgos", disaggregated data), and **privacy**: the re-identification risk of the
 * published records (ISO/IEC 25012 confidentiality). Each one also has its ISO/IEC 25012:2008 counterpart.
 */
export const DIMENSIONS = [
  "validity",
  "completeness",
  "uniqueness",
  "consistency",
  "accuracy",
  "timeliness",
  "bias",
  "privacy",
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
  /** The DAMA UK dimension, `null` for bias and privacy (not in DAMA's six). */
  readonly dama: string | null;
}

/**
 * A text in every language, from a function of the language.
 * @internal
 *
 * @example
 * ```ts
 * localized((lang) => lang.toUpperCase()); //=> { es: "ES", en: "EN", pt: "PT" }
 * ```
 */
export function localized(text: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Record<Lang, string>;
}

function info(id: Dimension, iso25012: readonly string[], dama: string | null): DimensionInfo {
  const label = localized((lang) => dimensionMessages[lang][`${id}.label`]);
  const definition = localized((lang) => dimensionMessages[lang][`${id}.definition`]);
  return { id, label, definition, iso25012, dama };
}

/** Labels, definitions and anchors of the dimensions, as data (the words live in a catalog). */
export const DIMENSION_INFO: Readonly<Record<Dimension, DimensionInfo>> = {
  validity: info("validity", ["compliance", "consistency (syntactic)"], "validity"),
  completeness: info("completeness", ["completeness"], "completeness"),
  uniqueness: info("uniqueness", ["consistency", "accuracy"], "uniqueness"),
  consistency: info("consistency", ["consistency", "credibility"], "consistency"),
  accuracy: info("accuracy", ["accuracy", "precision"], "accuracy"),
  timeliness: info("timeliness", ["currentness"], "timeliness"),
  bias: info("bias", ["completeness (representativeness)", "credibility"], null),
  privacy: info("privacy", ["confidentiality"], null),
};

/**
 * Whether a string names one of the dimensions.
 *
 * @example
 * ```ts
 * isDimension("bias"); //=> true
 * isDimension("privacy"); //=> true
 * isDimension("privacidad"); //=> false
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
