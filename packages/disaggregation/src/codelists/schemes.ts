import type { LocalizedLabel } from "./types";

/** The ids of the territory code lists ciudata ships, one per country. */
export const TERRITORY_SCHEME_IDS = [
  "ar-indec",
  "pe-ubigeo",
  "mx-inegi",
  "cl-cut",
  "co-divipola",
  "br-ibge",
] as const;

/** One of {@link TERRITORY_SCHEME_IDS}. */
export type TerritorySchemeId = (typeof TERRITORY_SCHEME_IDS)[number];

/**
 * Argentina's territory code lists (INDEC): provinces, Mendoza's departments, CABA's comunas and every
 * department (`ar-departamentos`, in `@ciudata/disaggregation/territories`) by name and code, then INDEC's
 * code formats. The one source of the `ar-indec` lists and of the Mendoza standard's
 * territory lists (which put Mendoza's departments first).
 */
export const AR_INDEC_LISTS = [
  "ar-provincias",
  "mendoza-departamentos",
  "caba-comunas",
  "ar-departamentos",
  "indec-provincia",
  "indec-departamento",
  "indec-fraccion",
  "indec-radio",
  "indec-localidad",
  "indec-municipio",
] as const;

/** A country's territorial code lists, chosen together (`--codelist pe-ubigeo`). */
export interface TerritoryScheme {
  readonly id: TerritorySchemeId;
  /** ISO 3166-1 alpha-2 code of the country (the `country` of its lists). */
  readonly country: string;
  /** Who publishes the codes. */
  readonly agency: string;
  readonly name: LocalizedLabel;
  /**
   * Ids of its built-in code lists (names and codes, then code formats). The second-level lists
   * (`pe-distritos`, `mx-municipios`…) are in `@ciudata/disaggregation/territories`, loaded on demand.
   */
  readonly lists: readonly string[];
}

/** The six countries' territory code lists: Argentina, Peru, Mexico, Chile, Colombia and Brazil. */
export const TERRITORY_SCHEMES: readonly TerritoryScheme[] = [
  {
    id: "ar-indec",
    country: "AR",
    agency: "INDEC",
    name: { es: "Argentina (INDEC)", en: "Argentina (INDEC)", pt: "Argentina (INDEC)" },
    lists: AR_INDEC_LISTS,
  },
  {
    id: "pe-ubigeo",
    country: "PE",
    agency: "INEI",
    name: { es: "Perú (ubigeo INEI)", en: "Peru (INEI ubigeo)", pt: "Peru (ubigeo INEI)" },
    lists: ["pe-departamentos", "pe-provincias", "pe-distritos"],
  },
  {
    id: "mx-inegi",
    country: "MX",
    agency: "INEGI",
    name: { es: "México (INEGI)", en: "Mexico (INEGI)", pt: "México (INEGI)" },
    lists: [
      "mx-entidades",
      "mx-cdmx-alcaldias",
      "mx-municipios",
      "inegi-entidad",
      "inegi-municipio",
      "inegi-localidad",
      "inegi-ageb",
      "inegi-manzana",
      "inegi-cvegeo",
    ],
  },
  {
    id: "cl-cut",
    country: "CL",
    agency: "Subdere/INE",
    name: { es: "Chile (CUT)", en: "Chile (CUT)", pt: "Chile (CUT)" },
    lists: ["cl-regiones", "cl-comunas"],
  },
  {
    id: "co-divipola",
    country: "CO",
    agency: "DANE",
    name: { es: "Colombia (DIVIPOLA)", en: "Colombia (DIVIPOLA)", pt: "Colômbia (DIVIPOLA)" },
    lists: ["co-departamentos", "co-municipios"],
  },
  {
    id: "br-ibge",
    country: "BR",
    agency: "IBGE",
    name: { es: "Brasil (IBGE)", en: "Brazil (IBGE)", pt: "Brasil (IBGE)" },
    lists: ["br-ufs", "br-municipios"],
  },
];

/**
 * A country's territory code lists by id, or `undefined`.
 *
 * @example
 * ```ts
 * territoryScheme("pe-ubigeo")?.country; //=> "PE"
 * territoryScheme("xx"); //=> undefined
 * ```
 */
export function territoryScheme(id: string): TerritoryScheme | undefined {
  return TERRITORY_SCHEMES.find((s) => s.id === id);
}
