import {
  CiudataError,
  describeValue,
  type Expectation,
  formatPath,
  fromZodIssues,
  type ZodIssueLike,
} from "@ciudata/core";
import {
  DialectSchema,
  jsonDepthError,
  parseJsonDocument,
  parseTableSchema,
  patternError,
  patternProblem,
  type TableError,
  tableError,
} from "@ciudata/table";
import { z } from "zod";
import { CHECK_DESCRIPTORS, findCheck } from "../checks/index";
import { DIMENSIONS } from "../dimensions";
import { ThresholdsSchema } from "../score";
import { BUILTIN_RULES } from "./registry";
import type { ProfileRule } from "./rule";

const Text = z.string().min(1);

/** A name in each language: Spanish required, English and Portuguese optional. */
export const ProfileNameSchema = z.object({ es: Text, en: Text.optional(), pt: Text.optional() }).strict();

/** A text in any of the languages. */
const PartialText = z.object({ es: Text.optional(), en: Text.optional(), pt: Text.optional() }).strict();

const Severity = z.enum(["error", "warning"]);

/** One checklist item: a rule id, or `{ rule, severity?, options? }`. */
export const ChecklistItemSchema = z.preprocess(
  (v) => (typeof v === "string" ? { rule: v } : v),
  z
    .object({
      rule: Text,
      severity: Severity.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
);

const ruleBase = {
  /** A stable id, shown in messages (`params.rule`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** The column the rule reads, by name. */
  field: Text,
  severity: Severity.optional(),
  /** The dimension its findings count against (each rule type has a default). */
  dimension: z.enum(DIMENSIONS).optional(),
  /** What to do when the rule is broken, shown as the hint. */
  message: PartialText.optional(),
};

/** Values must be in one of the profile's `codeLists` (default dimension: accuracy). */
const CodeListRule = z
  .object({ ...ruleBase, type: z.literal("code-list"), list: Text, ignoreCase: z.boolean().optional() })
  .strict();
/** Values must match a regular expression, whole (default dimension: validity). */
const PatternRule = z
  .object({ ...ruleBase, type: z.literal("pattern"), pattern: Text, example: z.string().optional() })
  .strict();
/** The cell may not be empty (default dimension: completeness). */
const RequiredRule = z.object({ ...ruleBase, type: z.literal("required") }).strict();
/** Numbers within bounds (default dimension: accuracy). */
const RangeRule = z
  .object({
    ...ruleBase,
    type: z.literal("range"),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  })
  .strict();
/** Two columns compared: numbers as numbers, otherwise as text (ISO dates compare right) (default: consistency). */
const CompareRule = z
  .object({
    ...ruleBase,
    type: z.literal("compare"),
    operator: z.enum(["<", "<=", "=", "!=", ">=", ">"]),
    other: Text,
  })
  .strict();

/** A city's own declarative rule. */
export const ProfileRuleSchema = z.discriminatedUnion("type", [
  CodeListRule,
  PatternRule,
  RequiredRule,
  RangeRule,
  CompareRule,
]);

/**
 * A quality profile as a city writes it in JSON: what to check, how strictly, and its own code lists and rules.
 *
 * ```json
 * { "id": "mendoza-padron", "name": { "es": "Padrón de comercios" },
 *   "checks": ["header-name", { "rule": "iso-date", "severity": "warning" }],
 *   "thresholds": { "completeness": { "tolerance": 0.05, "level": "warn" } },
 *   "codeLists": { "barrios": ["Centro", "Norte"] },
 *   "rules": [{ "id": "barrio-valido", "type": "code-list", "field": "barrio", "list": "barrios" }] }
 * ```
 */
export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    name: ProfileNameSchema,
    description: PartialText.optional(),
    version: z.string().optional(),
    /** A Table Schema the data must follow. */
    schema: z.record(z.string(), z.unknown()).optional(),
    /** A Table Dialect to read the file with (values given here are not sniffed). */
    dialect: DialectSchema.optional(),
    checks: z.array(ChecklistItemSchema).default([]),
    thresholds: ThresholdsSchema.default({}),
    codeLists: z.record(z.string().min(1), z.array(z.union([z.string(), z.number()]))).default({}),
    rules: z.array(ProfileRuleSchema).default([]),
  })
  .strict();

/** A parsed, valid profile. */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written (defaults not applied). */
export type ProfileInput = z.input<typeof ProfileSchema>;
/** One checklist item, normalised. */
export type ChecklistItem = Profile["checks"][number];
/** One city rule. */
export type CityRule = Profile["rules"][number];

/** The outcome of {@link parseProfile}. */
export type ProfileParse =
  | { ok: true; profile: Profile; warnings: TableError[] }
  | { ok: false; errors: TableError[] };

/** Options of {@link parseProfile}. */
export interface ParseProfileOptions {
  /** The rules `checks` may name (default: the built-in ones). Namespaced ids (`quality/stale-data`) are always accepted. */
  rules?: Readonly<Record<string, ProfileRule>>;
}

const EXAMPLES: Readonly<Record<string, string>> = {
  "": '{"id":"mendoza-padron","name":{"es":"Padrón"},"checks":["header-name"]}',
  id: '"id": "mendoza-padron"',
  name: '"name": {"es": "Padrón de comercios", "en": "Business roll"}',
  es: '"name": {"es": "Padrón de comercios"}',
  description: '"description": {"es": "Reglas del padrón"}',
  schema: '"schema": {"fields": [{"name": "id", "type": "integer"}]}',
  dialect: '"dialect": {"delimiter": ",", "header": true}',
  checks: '"checks": ["header-name", {"rule": "iso-date", "severity": "warning"}]',
  rule: '{"rule": "iso-date", "severity": "warning"}',
  severity: '"severity": "warning"',
  options: '{"rule": "header-name", "options": {"maxLength": 50}}',
  thresholds: '"thresholds": {"completeness": {"tolerance": 0.05, "level": "warn"}}',
  tolerance: '"tolerance": 0.05',
  level: '"level": "warn"',
  codeLists: '"codeLists": {"barrios": ["Centro", "Norte"]}',
  rules: '"rules": [{"id": "barrio-valido", "type": "code-list", "field": "barrio", "list": "barrios"}]',
  type: '{"id": "barrio-valido", "type": "code-list", "field": "barrio", "list": "barrios"}',
  list: '{"type": "code-list", "field": "barrio", "list": "barrios"}',
  field: '"field": "barrio"',
  pattern: '{"type": "pattern", "field": "cuit", "pattern": "\\\\d{2}-\\\\d{8}-\\\\d"}',
  minimum: '{"type": "range", "field": "edad", "minimum": 0, "maximum": 120}',
  maximum: '{"type": "range", "field": "edad", "minimum": 0, "maximum": 120}',
  operator: '{"type": "compare", "field": "fecha_inicio", "operator": "<=", "other": "fecha_fin"}',
  other: '{"type": "compare", "field": "fecha_inicio", "operator": "<=", "other": "fecha_fin"}',
  dimension: '"dimension": "accuracy"',
  message: '"message": {"es": "use el nombre oficial del barrio"}',
};

function exampleAt(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === "string" && EXAMPLES[k] !== undefined) return EXAMPLES[k];
  }
  return EXAMPLES[""] as string;
}

/** A located `quality/profile-error`; `expected` is a code worded in `profileIssues` (`expected:<code>`). */
function profileError(
  path: readonly PropertyKey[],
  expected: string,
  received: string,
  example?: string,
  detail?: string,
): TableError {
  const where = formatPath(path);
  return tableError("quality/profile-error", {
    tags: ["#schema"],
    params: {
      path: where,
      expected,
      ...(detail === undefined ? {} : { detail }),
      received,
      example: example ?? exampleAt(path),
    },
    note: `${where || "profile"}: expected ${expected}${detail ? ` ${detail}` : ""}, received ${received}`,
  });
}

/** Expectations zod words poorly: an unknown key, a pattern. Their codes are worded in `profileIssues`. */
function expectation(issue: ZodIssueLike): Expectation | undefined {
  if (issue.code === "unrecognized_keys") return { code: "no-such-key" };
  if (issue.code === "invalid_format" && "pattern" in issue)
    return { code: "pattern", detail: String((issue as { pattern?: unknown }).pattern) };
  return undefined;
}

/** zod's issues as located `quality/profile-error`s, one per unknown key, each with an example. */
function fromIssues(
  issues: readonly ZodIssueLike[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): TableError[] {
  const split = issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? (issue.keys ?? []).map((key) => ({ ...issue, path: [...issue.path, key], keys: [key] }))
      : [issue],
  );
  return fromZodIssues(split, input, {
    type: "quality/profile-error",
    prefix,
    example: exampleAt,
    expect: expectation,
  }).map((e) => ({ ...e, tags: ["#schema"] }));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks zod cannot express: rule ids known, their options, code lists named, rule ids unique, regexes, the schema. */
function semanticErrors(
  input: Record<string, unknown>,
  rules: Readonly<Record<string, ProfileRule>>,
): TableError[] {
  const errors: TableError[] = [];
  const known = Object.keys(rules);
  if (Array.isArray(input.checks)) {
    input.checks.forEach((raw, i) => {
      const item = typeof raw === "string" ? { rule: raw } : raw;
      if (!isObject(item) || typeof item.rule !== "string" || item.rule === "") return;
      const path = typeof raw === "string" ? ["checks", i] : ["checks", i, "rule"];
      const rule = rules[item.rule];
      if (!rule) {
        if (!item.rule.includes("/"))
          errors.push(
            profileError(
              path,
              "profile-rule",
              describeValue(item.rule),
              '"checks": ["header-name", "iso-date"]',
              known.join(", "),
            ),
          );
        else {
          // A namespaced check must be one ciudata can build: never accepted and then left out unseen.
          // (Its options are checked when it is built: some, such as the review date, come from the run.)
          const check = findCheck(item.rule);
          if (check === undefined)
            errors.push(
              profileError(
                path,
                "profile-check",
                describeValue(item.rule),
                '"checks": ["quality/stale-data", { "rule": "quality/deviated-value", "options": { "fieldName": "monto" } }]',
                CHECK_DESCRIPTORS.map((d) => d.id).join(", "),
              ),
            );
        }
        return;
      }
      const options = { ...(isObject(item.options) ? item.options : {}) };
      const parsed = rule.options.safeParse(options);
      if (!parsed.success) errors.push(...fromIssues(parsed.error.issues, input, ["checks", i, "options"]));
    });
  }
  const lists = isObject(input.codeLists) ? Object.keys(input.codeLists) : [];
  if (Array.isArray(input.rules)) {
    const seen = new Set<string>();
    input.rules.forEach((rule, i) => {
      if (!isObject(rule)) return;
      if (typeof rule.id === "string") {
        if (seen.has(rule.id))
          errors.push(profileError(["rules", i, "id"], "unique-rule-id", describeValue(rule.id)));
        seen.add(rule.id);
      }
      if (rule.type === "code-list" && typeof rule.list === "string" && !lists.includes(rule.list))
        errors.push(
          profileError(
            ["rules", i, "list"],
            "code-list-name",
            describeValue(rule.list),
            undefined,
            lists.join(", "),
          ),
        );
      if (rule.type === "pattern" && typeof rule.pattern === "string") {
        const problem = patternProblem(rule.pattern, { flags: "u" });
        if (problem?.reason === "invalid")
          errors.push(profileError(["rules", i, "pattern"], "regex", describeValue(rule.pattern)));
        else if (problem !== null)
          errors.push(
            patternError(rule.pattern, problem, {
              path: formatPath(["rules", i, "pattern"]),
              ...(typeof rule.field === "string" ? { field: rule.field } : {}),
            }),
          );
      }
      if (rule.type === "range" && rule.minimum === undefined && rule.maximum === undefined)
        errors.push(profileError(["rules", i, "minimum"], "range-bound", describeValue(undefined)));
      if (
        rule.type === "range" &&
        typeof rule.minimum === "number" &&
        typeof rule.maximum === "number" &&
        rule.minimum > rule.maximum
      )
        errors.push(
          profileError(
            ["rules", i, "maximum"],
            "min",
            describeValue(rule.maximum),
            undefined,
            String(rule.minimum),
          ),
        );
    });
  }
  if (isObject(input.schema)) {
    const parsed = parseTableSchema(input.schema);
    if (!parsed.ok)
      for (const e of parsed.errors) {
        const inner = String(e.params.path ?? "");
        errors.push(
          tableError("quality/profile-error", {
            tags: ["#schema"],
            params: {
              path: inner ? `schema.${inner}` : "schema",
              expected: e.params.expected ?? null,
              received: e.params.received ?? null,
              example: e.params.example ?? null,
            },
            note: `schema${inner ? `.${inner}` : ""}: ${e.note}`,
          }),
        );
      }
  }
  return errors;
}

/**
 * Parses a city's quality profile (an object or JSON text). A bad profile gives every problem located:
 * `params.path` (`checks[2].rule`), `expected`, `received` and a valid `example`.
 *
 * @example
 * ```ts
 * const r = parseProfile({ id: "mendoza", name: { es: "Mendoza" }, checks: ["iso-dates"] });
 * if (!r.ok) r.errors[0]?.params; //=> { path: "checks[0]", expected: "one of encoding, …", received: '"iso-dates"', example: … }
 * ```
 */
export function parseProfile(input: unknown, options: ParseProfileOptions = {}): ProfileParse {
  let value = input;
  if (typeof input === "string") {
    try {
      // Depth is checked on the text before parsing: a too-deep or broken document is its own located error.
      value = parseJsonDocument(input);
    } catch (cause) {
      if (cause instanceof CiudataError) return { ok: false, errors: [...cause.errors] };
      return {
        ok: false,
        errors: [profileError([], "json-text", describeValue(input))],
      };
    }
  } else {
    const deep = jsonDepthError(value);
    if (deep) return { ok: false, errors: [deep] };
  }
  if (!isObject(value)) return { ok: false, errors: [profileError([], "type:object", describeValue(value))] };
  const rules = options.rules ?? BUILTIN_RULES;
  const parsed = ProfileSchema.safeParse(value);
  const errors = [
    ...(parsed.success ? [] : fromIssues(parsed.error.issues, value)),
    ...semanticErrors(value, rules),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, profile: parsed.data, warnings: [] };
}
