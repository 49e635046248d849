import { fromZodIssues, type Issue } from "@ciudata/core";
import { z } from "zod";
import { foldValue } from "../text";

/** The user's mapping per dimension: raw spelling (as written, and folded) → code, `null` = still unmapped. */
export type Mapping = Readonly<Record<string, ReadonlyMap<string, string | null>>>;

/** The identifier of the mapping file format. */
export const MAPPING_FORMAT = "ciudata-disaggregation-mapping";

/** One value left unmapped, with a hint for the person editing the file. */
export interface UnmappedNote {
  value: string;
  /** Rows (or header cells) that had it. */
  count: number;
  /** The column(s) it was found in. */
  columns: string[];
  /** A code that looks close, to accept or change (never applied until written in `mappings`). */
  suggestion: string | null;
}

/** The mapping file: every value seen with its code (edit freely), `null` for the unmapped, and notes. */
export interface MappingFile {
  format: typeof MAPPING_FORMAT;
  version: 1;
  /** By dimension: value as written → code (`null` = unmapped: write the code you want). */
  mappings: Record<string, Record<string, string | null>>;
  /** By dimension: the unmapped values, most frequent first. */
  unmapped: Record<string, UnmappedNote[]>;
}

const MappingFileSchema = z.object({
  format: z.literal(MAPPING_FORMAT).optional(),
  version: z.literal(1).optional(),
  mappings: z.record(z.string(), z.record(z.string(), z.union([z.string().min(1), z.null()]))),
  unmapped: z.unknown().optional(),
});

const SLASH = /\s*\/\s*/g;
const key = (raw: string) =>
  foldValue(raw)
    .replace(SLASH, "/")
    .replace(/[."'`´]+$/g, "")
    .trim();

/** The outcome of {@link parseMapping}. */
export type MappingOutcome = { ok: true; mapping: Mapping } | { ok: false; errors: Issue[] };

/**
 * Reads a mapping file (the suggested mapping, edited by a person) so the normaliser applies it first.
 * Keys match as written and folded (case, accents, spaces).
 *
 * @example
 * ```ts
 * const r = parseMapping({ mappings: { sex: { "masc": "M", "Fem.": "F" } } });
 * if (r.ok) r.mapping.sex?.get("fem"); //=> "F"
 * ```
 */
export function parseMapping(input: unknown): MappingOutcome {
  const parsed = MappingFileSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      errors: fromZodIssues(parsed.error.issues, input, { type: "disaggregation/invalid-mapping" }).map(
        (e) => ({ ...e, tags: ["#disaggregation", "#schema"] }),
      ),
    };
  const mapping: Record<string, Map<string, string | null>> = {};
  for (const [dimension, values] of Object.entries(parsed.data.mappings)) {
    const map = new Map<string, string | null>();
    for (const [raw, code] of Object.entries(values)) {
      map.set(raw.trim(), code);
      const folded = key(raw);
      if (!map.has(folded)) map.set(folded, code);
    }
    mapping[dimension] = map;
  }
  return { ok: true, mapping };
}
