import { type Lang, translator } from "@ciudata/core";
import { type Check, type CheckContext, compilePattern, type TableError } from "@ciudata/table";
import type { Dimension } from "../dimensions";
import { cityRuleTexts } from "./messages";
import { cellRuleError, ruleError } from "./rule";
import type { CityRule, Profile } from "./schema";

const DEFAULT_DIMENSION: Record<CityRule["type"], Dimension> = {
  "code-list": "accuracy",
  pattern: "validity",
  required: "completeness",
  range: "accuracy",
  compare: "consistency",
};

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** What a city rule expected, in the report's language. */
function expectedOf(rule: CityRule, lang: Lang): string {
  const t = translator(cityRuleTexts, lang);
  switch (rule.type) {
    case "code-list":
      return t.t("code-list", { list: rule.list });
    case "pattern":
      return t.t("pattern", { pattern: rule.pattern });
    case "required":
      return t.t("required");
    case "range":
      return rule.minimum !== undefined && rule.maximum !== undefined
        ? t.t("range.between", { minimum: rule.minimum, maximum: rule.maximum })
        : rule.minimum !== undefined
          ? t.t("range.min", { minimum: rule.minimum })
          : t.t("range.max", { maximum: rule.maximum ?? 0 });
    case "compare":
      return `${rule.field} ${rule.operator} ${rule.other}`;
  }
}

function compare(a: string, b: string, operator: string): boolean {
  const numeric = NUMBER.test(a) && NUMBER.test(b);
  const x: number | string = numeric ? Number(a) : a;
  const y: number | string = numeric ? Number(b) : b;
  switch (operator) {
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case "=":
      return x === y;
    case "!=":
      return x !== y;
    case ">=":
      return x >= y;
    default:
      return x > y;
  }
}

interface Compiled {
  rule: CityRule;
  index: number;
  other: number;
  test: (cell: string, row: readonly string[]) => boolean;
}

/**
 * Turns a profile's own `rules` (code lists, patterns, required values, ranges, comparisons between
 * columns) into ONE check for the one-pass runner. Each finding is `quality/profile/<type>` with
 * `params.rule` (the rule id) and `params.dimension` (the rule's, or its type's default). A rule whose
 * column is missing is reported once, at the header.
 *
 * @example
 * ```ts
 * const check = cityRulesCheck(profile); // profile.rules: [{ id: "barrio-valido", type: "code-list", field: "barrio", list: "barrios" }]
 * await validateTable("barrio\nCentro\nCentr\n", { checks: [check] });
 * // quality/profile/code-list at row 3 (rule barrio-valido)
 * ```
 */
export function cityRulesCheck(profile: Pick<Profile, "rules" | "codeLists">): Check {
  let compiled: Compiled[] = [];
  let missing: readonly string[] = [""];
  return {
    name: "quality/profile/rules",
    onStart(ctx) {
      missing = ctx.schema.missingValues ?? [""];
      compiled = [];
      const indexOf = (name: string) => {
        const i = ctx.labels.indexOf(name);
        return i >= 0 ? i : ctx.fields.findIndex((f) => f.name === name);
      };
      for (const rule of profile.rules) {
        const index = indexOf(rule.field);
        const other = rule.type === "compare" ? indexOf(rule.other) : index;
        if (index < 0 || other < 0) {
          ctx.report(missingField(rule, index < 0 ? rule.field : (rule as { other: string }).other, ctx));
          continue;
        }
        compiled.push({ rule, index, other, test: tester(rule, profile.codeLists) });
      }
    },
    onRow(row, ctx) {
      if (row.blank) return;
      for (const c of compiled) {
        const cell = row.cells[c.index] ?? "";
        const isMissing = cell.trim() === "" || missing.includes(cell);
        if (c.rule.type === "required" ? !isMissing : isMissing) continue;
        if (c.rule.type === "compare") {
          const other = row.cells[c.other] ?? "";
          if (other === "" || missing.includes(other) || compare(cell, other, c.rule.operator)) continue;
          ctx.report(
            finding(c.rule, ctx, row.rowNumber, c.index, cell, {
              received: `${ctx.mask(cell, c.index)} ${c.rule.operator} ${ctx.mask(other, c.other)}`,
              condition: `${c.rule.field} ${c.rule.operator} ${c.rule.other}`,
            }),
          );
          continue;
        }
        if (c.test(cell, row.cells)) continue;
        ctx.report(finding(c.rule, ctx, row.rowNumber, c.index, cell, {}));
      }
    },
  };
}

function tester(rule: CityRule, codeLists: Profile["codeLists"]): Compiled["test"] {
  switch (rule.type) {
    case "code-list": {
      const values = (codeLists[rule.list] ?? []).map(String);
      const set = new Set(rule.ignoreCase ? values.map((v) => v.toLowerCase()) : values);
      return rule.ignoreCase ? (cell) => set.has(cell.toLowerCase()) : (cell) => set.has(cell);
    }
    case "pattern": {
      // Checked when the profile was read: a pattern that cannot run safely never gets here.
      const re = compilePattern(rule.pattern, { flags: "u" });
      return (cell) => re.test(cell);
    }
    case "required":
      return () => false;
    case "range":
      return (cell) => {
        if (!NUMBER.test(cell)) return true; // not a number: the type check says so
        const n = Number(cell);
        return (
          (rule.minimum === undefined || n >= rule.minimum) &&
          (rule.maximum === undefined || n <= rule.maximum)
        );
      };
    default:
      return () => true;
  }
}

function finding(
  rule: CityRule,
  ctx: CheckContext,
  rowNumber: number,
  index: number,
  cell: string,
  extra: Record<string, string>,
): TableError {
  const hint = rule.message?.[ctx.lang] ?? rule.message?.es;
  return cellRuleError(
    rule.type,
    rule.severity ?? "error",
    ctx,
    rowNumber,
    index,
    cell,
    {
      rule: rule.id,
      dimension: rule.dimension ?? DEFAULT_DIMENSION[rule.type],
      expected: expectedOf(rule, ctx.lang),
      ...(rule.type === "code-list" ? { list: rule.list } : {}),
      ...(rule.type === "pattern" && rule.example !== undefined ? { example: rule.example } : {}),
      ...(hint ? { hint } : {}),
      ...extra,
    },
    `rule "${rule.id}" (${rule.type}) is not met`,
  );
}

function missingField(rule: CityRule, field: string, ctx: CheckContext): TableError {
  return ruleError(rule.type, rule.severity ?? "error", {
    tags: ["#table", "#header"],
    note: `rule "${rule.id}" reads column "${field}", which is not in the file`,
    params: {
      rule: rule.id,
      reason: "missing-field",
      field,
      dimension: rule.dimension ?? DEFAULT_DIMENSION[rule.type],
      expected: field,
      received: ctx.labels.join(", "),
    },
  });
}
