import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { normaliseLabel } from "../../text";

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

/** Other names accepted in `required` for the three standard dimensions. */
const DIMENSION_ALIASES: Readonly<Record<string, string>> = {
  sex: "sexo",
  genero: "sexo",
  gender: "sexo",
  age: "edad",
  idade: "edad",
  territory: "territorio",
  territorial: "territorio",
  geo: "territorio",
};

/** A detector of disaggregation columns: given the header, the dimensions it finds (e.g. `["sexo", "edad"]`). */
export type DimensionDetector = (labels: readonly string[]) => unknown;

/** Options of {@link requiredDimensions}. */
export interface RequiredDimensionsOptions {
  /** Dimensions the dataset must be disaggregated by (default `["sexo", "edad", "territorio"]`). */
  required?: readonly string[];
  /** Extra column names per dimension, added to {@link DEFAULT_DIMENSION_SYNONYMS}. */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /**
   * Ask `@ciudata/disaggregation` (when installed) to detect the dimensions too (default true); a dimension is
   * present when either finds it. A function replaces the package.
   */
  delegate?: boolean | DimensionDetector;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

const canonical = (dimension: string) => {
  const key = normaliseLabel(dimension);
  return DIMENSION_ALIASES[key] ?? key;
};

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
  const l = `_${normaliseLabel(label)}_`;
  return synonyms.some((s) => {
    const syn = normaliseLabel(s);
    return syn !== "" && l.includes(`_${syn}_`);
  });
}

/**
 * The dimensions a header carries, by synonyms (no package needed).
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

let disaggregation: Promise<DimensionDetector | null> | null = null;

/** Loads `@ciudata/disaggregation` if it can be imported (browser-safe: a failed import means "not installed"). */
function loadDisaggregation(): Promise<DimensionDetector | null> {
  disaggregation ??= (async () => {
    try {
      const specifier = "@ciudata/disaggregation";
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ specifier);
      const fn = mod.detectDimensions ?? mod.findDimensions;
      return typeof fn === "function" ? (fn as DimensionDetector) : null;
    } catch {
      return null;
    }
  })();
  return disaggregation;
}

/** Reads a detector's answer leniently: dimension names, `{ dimension }` objects or a record keyed by dimension. */
function dimensionsOf(result: unknown): string[] {
  if (result === null || result === undefined) return [];
  if (typeof result === "string") return [canonical(result)];
  if (typeof result === "object" && Symbol.iterator in result) {
    const out: string[] = [];
    for (const item of result as Iterable<unknown>) {
      if (typeof item === "string") out.push(canonical(item));
      else if (
        typeof item === "object" &&
        item !== null &&
        typeof (item as { dimension?: unknown }).dimension === "string"
      )
        out.push(canonical((item as { dimension: string }).dimension));
    }
    return out;
  }
  if (typeof result === "object")
    return Object.entries(result as Record<string, unknown>)
      .filter(
        ([, v]) => v !== null && v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0),
      )
      .map(([k]) => canonical(k));
  return [];
}

/**
 * Bias: reports `quality/missing-dimension` for each required disaggregation (sexo, edad, territorio by
 * default) that no column carries, recognising headers by synonyms (`sexo`/`sex`/`genero`,
 * `edad`/`age`/`grupo_edad`, `barrio`/`comuna`/`departamento`/`provincia`…), and by `@ciudata/disaggregation`
 * when it is installed.
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio,casos\nPalermo,3\n", { checks: [requiredDimensions()] });
 * report.tasks[0]?.errors.map((e) => e.params.dimension); //=> ["sexo", "edad"]
 * ```
 */
export function requiredDimensions(options: RequiredDimensionsOptions = {}): Check {
  const required = [...new Set((options.required ?? ["sexo", "edad", "territorio"]).map(canonical))];
  const synonyms: Record<string, readonly string[]> = {};
  for (const d of required) synonyms[d] = [...(DEFAULT_DIMENSION_SYNONYMS[d] ?? [d])];
  for (const [d, list] of Object.entries(options.synonyms ?? {})) {
    const key = canonical(d);
    synonyms[key] = [...(synonyms[key] ?? [key]), ...list];
  }
  const delegate = options.delegate ?? true;

  return {
    name: "quality/required-dimensions",
    async onFinish(ctx) {
      const labels = ctx.labels.length ? ctx.labels : ctx.fields.map((f) => f.name);
      const names = [...new Set([...labels, ...ctx.fields.map((f) => f.name)])];
      const found = new Set(detectDimensionsBySynonyms(names, synonyms));
      if (delegate !== false && required.some((d) => !found.has(d))) {
        const detect = typeof delegate === "function" ? delegate : await loadDisaggregation();
        if (detect) {
          try {
            for (const d of dimensionsOf(await detect(names))) found.add(d);
          } catch {
            // A failing detector leaves the built-in answer.
          }
        }
      }
      for (const dimension of required) {
        if (found.has(dimension)) continue;
        const examples = (synonyms[dimension] ?? [dimension]).slice(0, 3).join(", ");
        ctx.report(
          tableError("quality/missing-dimension", {
            severity: options.severity ?? "warning",
            tags: ["#table", "#header", "#bias"],
            note: `no column for dimension "${dimension}"`,
            params: {
              dimension,
              synonyms: (synonyms[dimension] ?? []).join(", "),
              expected: phrase(ctx.lang, "missing-dimension.expected", { examples }),
              hint: phrase(ctx.lang, "missing-dimension.hint", { examples }),
            },
          }),
        );
      }
    },
  };
}
