import { labelKey } from "@ciudata/core";

// The column names that carry sex, age and territory, used by `@ciudata/quality`'s required-dimensions check:
// this folder is the one owner of dimension detection.

/**
 * Column names (normalised: folded, `_` between words) that carry each disaggregation, in es/en/pt, including
 * wide layouts (`varon`/`mujer` columns, `edad_0_4`) and what allows deriving one (a date of birth gives the age,
 * coordinates give the territory).
 */
export const DEFAULT_DIMENSION_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  sexo: Object.freeze([
    "sexo",
    "sex",
    "genero",
    "gender",
    "identidad_genero",
    "identidad_de_genero",
    "sexo_registrado",
    "sexo_al_nacer",
    "sexo_biologico",
    "varon",
    "varones",
    "mujer",
    "mujeres",
    "hombre",
    "hombres",
    "masculino",
    "femenino",
    "male",
    "female",
    "homem",
    "mulher",
  ]),
  edad: Object.freeze([
    "edad",
    "age",
    "idade",
    "grupo_edad",
    "grupo_de_edad",
    "rango_edad",
    "rango_de_edad",
    "tramo_edad",
    "grupo_etario",
    "rango_etario",
    "edad_quinquenal",
    "faixa_etaria",
    "age_group",
    "fecha_nacimiento",
    "fecha_de_nacimiento",
    "anio_nacimiento",
    "birth_date",
    "date_of_birth",
    "data_nascimento",
  ]),
  territorio: Object.freeze([
    "territorio",
    "barrio",
    "comuna",
    "departamento",
    "depto",
    "provincia",
    "municipio",
    "localidad",
    "partido",
    "distrito",
    "region",
    "entidad",
    "entidad_federativa",
    "alcaldia",
    "ubigeo",
    "codigo_ibge",
    "municipality",
    "county",
    "province",
    "state",
    "district",
    "neighborhood",
    "neighbourhood",
    "bairro",
    "radio_censal",
    "fraccion",
    "codigo_postal",
    "latitud",
    "longitud",
    "latitude",
    "longitude",
    "lat",
    "lon",
    "lng",
    "the_geom",
    "geom",
    "geometry",
    "geometria",
  ]),
});

/**
 * Whether a column name carries a dimension, by its synonyms: equal, or as a whole `_`-separated part
 * (`rango_de_edad`, `sexo_varon`, `provincia_id`).
 *
 * @example
 * ```ts
 * labelMatches("Rango de edad", ["edad"]); //=> true
 * labelMatches("ESTADO", ["edad"]); //=> false
 * ```
 */
export function labelMatches(label: string, synonyms: readonly string[]): boolean {
  const l = `_${labelKey(label)}_`;
  return synonyms.some((s) => {
    const syn = labelKey(s);
    return syn !== "" && l.includes(`_${syn}_`);
  });
}

/**
 * The dimensions a header carries, by synonyms (Spanish ids: `sexo`, `edad`, `territorio`).
 *
 * @example
 * ```ts
 * detectDimensionsBySynonyms(["Código", "Varón", "Mujer", "Total"]); //=> ["sexo"]
 * ```
 */
export function detectDimensionsBySynonyms(
  labels: readonly string[],
  synonyms: Readonly<Record<string, readonly string[]>> = DEFAULT_DIMENSION_SYNONYMS,
): string[] {
  return Object.keys(synonyms).filter((d) => labels.some((l) => labelMatches(l, synonyms[d] ?? [])));
}
