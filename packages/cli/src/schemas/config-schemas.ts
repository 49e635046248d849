// The JSON Schemas of the configuration files the CLI reads, generated from their zod schemas (zod 4's
// `toJSONSchema`), so editors complete and check them. `pnpm schemas:update` writes them to `schemas/`;
// `test/schemas.test.ts` fails when a committed file is stale.

import { StandardSchema } from "@ciudata/disaggregation";
import { ChallengeSchema, HackathonSchema, JudgingSchema, RubricSchema } from "@ciudata/hackathon";
import { LinkMappingSchema, LinkSettingsSchema } from "@ciudata/linkage";
import { PlanSchema } from "@ciudata/privacy";
import { ProfileSchema } from "@ciudata/quality";
import { InventoryFileSchema, StrategyDocumentSchema } from "@ciudata/strategy";
import { CleanProfileSchema, CleanVariantsSchema } from "@ciudata/table";

/** A JSON Schema as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The part of a zod 4 schema used here. */
interface ToJsonSchema {
  toJSONSchema(params: { io: "input"; target: "draft-7"; unrepresentable: "any" }): JsonSchema;
}

/** One configuration file: its schema's file name, what it is, who reads it, and the schema. */
export interface ConfigSchema {
  /** `schemas/<name>.schema.json`. */
  name: string;
  /** The title editors show. */
  title: string;
  /** What the file is and which command reads it (English: JSON Schema has no language tags). */
  description: string;
  /** The JSON Schema, `$schema` key allowed at the top. */
  schema(): JsonSchema;
}

const DRAFT_7 = "http://json-schema.org/draft-07/schema#";

/**
 * A zod schema as JSON Schema draft 7 (the draft editors support best), describing what a user writes
 * (`io: "input"`: defaults optional); parts JSON Schema cannot say (a custom check) accept anything, the
 * CLI still checks them.
 */
function fromZod(schema: unknown): JsonSchema {
  return (schema as ToJsonSchema).toJSONSchema({ io: "input", target: "draft-7", unrepresentable: "any" });
}

/** The link configuration: `{ left, right, settings }`, each optional (definitions lifted to the top). */
function linkConfig(): JsonSchema {
  const definitions: JsonSchema = {};
  // Each part's definitions move to the top under a prefix, and its references follow them.
  const part = (schema: unknown, prefix: string): JsonSchema => {
    const { $schema: _, definitions: defs, ...rest } = fromZod(schema);
    const rename = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value).replace(/"#\/definitions\/([^"]+)"/g, `"#/definitions/${prefix}$1"`),
      ) as JsonSchema;
    for (const [name, def] of Object.entries((defs ?? {}) as JsonSchema))
      definitions[`${prefix}${name}`] = rename(def);
    return rename(rest);
  };
  const mapping = part(LinkMappingSchema, "mapping_");
  const settings = part(LinkSettingsSchema.partial(), "settings_");
  return {
    $schema: DRAFT_7,
    type: "object",
    properties: { left: mapping, right: mapping, settings },
    additionalProperties: false,
    ...(Object.keys(definitions).length ? { definitions } : {}),
  };
}

/**
 * The configuration files the CLI reads, each with its JSON Schema.
 *
 * @example
 * ```ts
 * const clean = CONFIG_SCHEMAS.find((c) => c.name === "clean-profile");
 * clean?.schema().type; //=> "object"
 * ```
 */
export const CONFIG_SCHEMAS: readonly ConfigSchema[] = [
  {
    name: "clean-profile",
    title: "ciudata clean profile",
    description: "Which fixes `ciudata clean --profile` makes and how it writes the file.",
    schema: () => fromZod(CleanProfileSchema),
  },
  {
    name: "clean-variants",
    title: "ciudata spelling variants",
    description:
      "The spelling mapping of `ciudata clean --variants` (column → spelling → the spelling to write), as `--suggest-variants` writes it.",
    schema: () => fromZod(CleanVariantsSchema),
  },
  {
    name: "quality-profile",
    title: "ciudata quality profile",
    description: "A city's own quality rules: `ciudata validate --profile`.",
    schema: () => fromZod(ProfileSchema),
  },
  {
    name: "link-config",
    title: "ciudata link configuration",
    description:
      "The columns of each side and the settings of `ciudata link` and `ciudata dedupe` (`--config`).",
    schema: linkConfig,
  },
  {
    name: "anonymize-plan",
    title: "ciudata anonymization plan",
    description: "What `ciudata anonymize --plan` does to each column.",
    schema: () => fromZod(PlanSchema),
  },
  {
    name: "disaggregation-standard",
    title: "ciudata disaggregation standard",
    description: "The disaggregated-data standard of `ciudata disaggregation --standard`.",
    schema: () => fromZod(StandardSchema),
  },
  {
    name: "strategy",
    title: "ciudata data strategy",
    description: "A city's data strategy document: `ciudata strategy`.",
    schema: () => fromZod(StrategyDocumentSchema),
  },
  {
    name: "inventory",
    title: "ciudata data inventory",
    description: "The data inventory of `ciudata inventory`.",
    schema: () => fromZod(InventoryFileSchema),
  },
  {
    name: "hackathon-challenge",
    title: "ciudata hackathon challenge",
    description: "A challenge of `ciudata hackathon`.",
    schema: () => fromZod(ChallengeSchema),
  },
  {
    name: "hackathon-rubric",
    title: "ciudata hackathon rubric",
    description: "The judging rubric of `ciudata hackathon`.",
    schema: () => fromZod(RubricSchema),
  },
  {
    name: "hackathon-judging",
    title: "ciudata hackathon judging",
    description: "The judges, submissions and scores of `ciudata hackathon rank`.",
    schema: () => fromZod(JudgingSchema),
  },
  {
    name: "hackathon",
    title: "ciudata hackathon file",
    description:
      "A whole hackathon (challenges, teams, submissions, panel, score sheets with recommendations, follow-up commitments): `ciudata hackathon check|status|report`.",
    schema: () => fromZod(HackathonSchema),
  },
];

/**
 * The text of `schemas/<name>.schema.json`: the schema with its title and description, a `$schema`
 * property allowed at the top (so a file can name its schema), two-space JSON and a final newline.
 *
 * @example
 * ```ts
 * schemaFileText(CONFIG_SCHEMAS[0]); // '{\n  "$schema": "http://json-schema.org/draft-07/schema#", ...'
 * ```
 */
export function schemaFileText(config: ConfigSchema): string {
  const { $schema: _, ...body } = config.schema();
  const properties = (body.properties ?? {}) as JsonSchema;
  const json: JsonSchema = {
    $schema: DRAFT_7,
    title: config.title,
    description: config.description,
    ...body,
  };
  if (body.type === "object")
    json.properties = {
      $schema: { type: "string", description: "The JSON Schema of this file (for editors)." },
      ...properties,
    };
  return `${JSON.stringify(json, null, 2)}\n`;
}
