import {
  DEFAULT_DIMENSION_SYNONYMS,
  detectDimensions,
  detectDimensionsBySynonyms,
} from "@ciudata/disaggregation";
import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { normaliseLabel } from "../../text";

export {
  DEFAULT_DIMENSION_SYNONYMS,
  detectDimensionsBySynonyms,
  labelMatches,
} from "@ciudata/disaggregation";

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
   * Ask `@ciudata/disaggregation`'s detection (long and wide layouts) too (default true); a dimension is
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
 * (the one owner of dimension detection: its synonyms and its layout detection).
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
        const detect: DimensionDetector = typeof delegate === "function" ? delegate : detectDimensions;
        try {
          for (const d of dimensionsOf(await detect(names))) found.add(d);
        } catch {
          // A failing detector leaves the synonyms' answer.
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
