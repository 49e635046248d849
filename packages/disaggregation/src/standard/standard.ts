import { createIssue, formatPath, fromZodIssues } from "@ciudata/core";
import { patternError, patternProblem, type TableError } from "@ciudata/table";
import { BUILTIN_CODE_LISTS } from "../codelists/registry";
import { TERRITORY_SCHEME_IDS, territoryScheme } from "../codelists/schemes";
import type { Code, CodeList, LocalizedLabel } from "../codelists/types";
import { MENDOZA_STANDARD_JSON } from "./mendoza";
import { type DimensionSpec, type InlineCodeList, type Standard, StandardSchema } from "./schema";

/** The outcome of {@link parseStandard}: the standard, or its problems as plain data. */
export type StandardOutcome = { ok: true; standard: Standard } | { ok: false; errors: TableError[] };

/**
 * Validates a standard written in JSON (zod), fills defaults and checks that every code list it names
 * is built in or defined inline. Problems come back as `disaggregation/invalid-standard` errors.
 *
 * @example
 * ```ts
 * const r = parseStandard(JSON.parse(text));
 * if (!r.ok) console.log(r.errors.map((e) => renderMessage(e, "es", [disaggregationIssues])));
 * ```
 */
export function parseStandard(input: unknown): StandardOutcome {
  const parsed = StandardSchema.safeParse(input);
  const errors: TableError[] = [];
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, input, { type: "disaggregation/invalid-standard" });
    return { ok: false, errors: issues.map((e) => ({ ...e, tags: ["#disaggregation", "#schema"] })) };
  }
  const standard = parsed.data;
  standard.codeLists.forEach((list, i) => {
    const problem = list.pattern === undefined ? null : patternProblem(list.pattern, { anchored: false });
    if (list.pattern !== undefined && problem !== null)
      errors.push(patternError(list.pattern, problem, { path: `codeLists.${i}.pattern` }));
  });
  if (standard.territoryCodeList !== undefined && !territoryScheme(standard.territoryCodeList))
    errors.push(
      createIssue("disaggregation/invalid-standard", {
        tags: ["#disaggregation", "#schema"],
        note: `territoryCodeList: unknown territory code list "${standard.territoryCodeList}"`,
        params: {
          path: "territoryCodeList",
          expected: "known-code-list",
          detail: TERRITORY_SCHEME_IDS.join(", "),
          received: standard.territoryCodeList,
        },
      }),
    );
  const inline = new Set(standard.codeLists.map((l) => l.id));
  for (const [name, dim] of Object.entries(standard.dimensions))
    dim.codeLists.forEach((id, i) => {
      if (!inline.has(id) && !BUILTIN_CODE_LISTS[id])
        errors.push(
          createIssue("disaggregation/invalid-standard", {
            tags: ["#disaggregation", "#schema"],
            note: `${formatPath(["dimensions", name, "codeLists", i])}: unknown code list "${id}"`,
            params: {
              path: formatPath(["dimensions", name, "codeLists", i]),
              expected: "known-code-list",
              detail: `${Object.keys(BUILTIN_CODE_LISTS).slice(0, 6).join(", ")}…`,
              received: id,
            },
          }),
        );
    });
  return errors.length ? { ok: false, errors } : { ok: true, standard };
}

/**
 * The built-in Mendoza-style standard, validated (a fresh copy each call: edit it freely).
 *
 * @example
 * ```ts
 * const standard = mendozaStandard();
 * standard.datasets.personas?.required; //=> ["sex", "age", "territory"]
 * ```
 */
export function mendozaStandard(): Standard {
  const r = parseStandard(structuredClone(MENDOZA_STANDARD_JSON));
  if (!r.ok) throw new Error(`ciudata: the built-in standard is invalid: ${r.errors[0]?.note}`);
  return r.standard;
}

const localized = (
  text: string | { es: string; en?: string | undefined; pt?: string | undefined } | undefined,
  fallback: string,
): LocalizedLabel => {
  if (text === undefined) return { es: fallback, en: fallback, pt: fallback };
  if (typeof text === "string") return { es: text, en: text, pt: text };
  return { es: text.es, en: text.en ?? text.es, pt: text.pt ?? text.es };
};

/**
 * Turns a code list written inside a standard into ciudata's code list format.
 *
 * @example
 * ```ts
 * inlineToCodeList({ id: "secciones", dimension: "territory", level: "seccion", codes: ["1", "2"] }).codes.length; //=> 2
 * ```
 */
export function inlineToCodeList(list: InlineCodeList): CodeList {
  const codes: Code[] = list.codes.map((c) => {
    if (typeof c === "string") return { id: c, label: localized(undefined, c) };
    return {
      id: c.id,
      label: localized(c.label, c.id),
      ...(c.role ? { role: c.role } : {}),
      ...(c.sdmx ? { sdmx: c.sdmx } : {}),
      ...(c.synonyms ? { synonyms: c.synonyms } : {}),
    };
  });
  return {
    id: list.id,
    dimension: list.dimension,
    name: localized(list.name, list.id),
    agency: "user",
    source: list.source ?? "standard",
    confidence: "user",
    codes,
    ...(list.pattern ? { pattern: list.pattern } : {}),
    ...(list.level ? { level: list.level } : {}),
  };
}

/** A dimension with its code lists resolved. */
export interface ResolvedDimension {
  readonly id: string;
  readonly spec: DimensionSpec;
  readonly lists: readonly CodeList[];
  readonly label: LocalizedLabel;
}

/**
 * The code lists of each dimension of a standard, resolved (inline lists win over built-in ones).
 *
 * @example
 * ```ts
 * resolveDimensions(mendozaStandard()).sex?.lists[0]?.id; //=> "sdmx-sex"
 * ```
 */
export function resolveDimensions(standard: Standard): Record<string, ResolvedDimension> {
  const inline = new Map(standard.codeLists.map((l) => [l.id, inlineToCodeList(l)]));
  const out: Record<string, ResolvedDimension> = {};
  for (const [id, spec] of Object.entries(standard.dimensions)) {
    const lists = spec.codeLists
      .map((name) => inline.get(name) ?? BUILTIN_CODE_LISTS[name])
      .filter((l): l is CodeList => l !== undefined);
    out[id] = { id, spec, lists, label: localized(spec.label, id) };
  }
  return out;
}

/**
 * Plugs a city's list (barrios, secciones) into a standard: added to its code lists and allowed for the
 * dimension (territory by default). Returns a new standard.
 *
 * @example
 * ```ts
 * const r = barrioListFromCsv(csv, { id: "barrios-mendoza" });
 * const standard = r.ok ? withCodeList(mendozaStandard(), r.list) : mendozaStandard();
 * ```
 */
export function withCodeList(standard: Standard, list: CodeList, dimension = list.dimension): Standard {
  const copy = structuredClone(standard);
  copy.codeLists = [
    ...copy.codeLists.filter((l) => l.id !== list.id),
    {
      id: list.id,
      dimension,
      name: list.name,
      ...(list.level ? { level: list.level } : {}),
      ...(list.pattern ? { pattern: list.pattern } : {}),
      source: list.source,
      codes: list.codes.map((c) => ({
        id: c.id,
        label: c.label,
        ...(c.role ? { role: c.role } : {}),
        ...(c.sdmx ? { sdmx: c.sdmx } : {}),
        ...(c.synonyms ? { synonyms: [...c.synonyms] } : {}),
      })),
    },
  ];
  const dim = copy.dimensions[dimension];
  if (dim && !dim.codeLists.includes(list.id)) dim.codeLists = [list.id, ...dim.codeLists];
  return copy;
}
