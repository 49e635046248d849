import type { Check, CheckContext, TableError } from "@ciudata/table";

/** The columns a whitespace check covers (`null`: all), set on the check object it returns. */
export const WHITESPACE_COVERS: unique symbol = Symbol("quality/whitespace covers");

type Covering = Check & { readonly [WHITESPACE_COVERS]?: readonly string[] | null };

/** Which column names the whitespace checks of a run cover: a test on a finding's `fieldName`. */
function whitespaceCover(checks: readonly Check[]): ((e: TableError) => boolean) | null {
  const covers = checks
    .map((c) => (c as Covering)[WHITESPACE_COVERS])
    .filter((c): c is readonly string[] | null => c !== undefined);
  if (covers.length === 0) return null;
  const all = covers.includes(null);
  const named = new Set(covers.flatMap((c) => c ?? []));
  return (e) => all || (e.fieldName !== null && named.has(e.fieldName));
}

/** The standard dimensions `@ciudata/disaggregation`'s own required-dimensions check reports on. */
const STANDARD_DIMENSIONS = new Set(["sexo", "edad", "territorio"]);

/**
 * Pairs of checks that find the same problem: when the owner runs, the other stays quiet on what the
 * owner covers. A trailing space is `quality/whitespace`'s (not the guide's `trimmed-values`); a missing
 * sex, age or territory column is `disaggregation/required-dimensions`'s (not `quality/required-dimensions`).
 */
const OVERLAPS: readonly {
  quiet: string;
  covered: (checks: readonly Check[]) => ((e: TableError) => boolean) | null;
}[] = [
  { quiet: "quality/profile/trimmed-values", covered: whitespaceCover },
  {
    quiet: "quality/required-dimensions",
    covered: (checks) =>
      checks.some((c) => c.name === "disaggregation/required-dimensions")
        ? (e) => STANDARD_DIMENSIONS.has(String(e.params.dimension))
        : null,
  },
];

/**
 * One finding per problem: when two checks of a run would report the same problem, the one that does
 * not own it stays quiet on it. One trailing space gives one `quality/whitespace` (the publishing guide's
 * `trimmed-values` defers to it on the columns it covers); a missing sex, age or territory column gives
 * one `disaggregation/missing-dimension` when that package's check runs. Other checks are returned as they are.
 *
 * @example
 * ```ts
 * oneFindingPerProblem([whitespace(), trimmedValues()]); // trimmed-values reports nothing the whitespace check sees
 * ```
 */
export function oneFindingPerProblem(checks: readonly Check[]): Check[] {
  let out = [...checks];
  for (const overlap of OVERLAPS) {
    const covered = overlap.covered(out);
    if (covered) out = out.map((c) => (c.name === overlap.quiet ? quietOn(c, covered) : c));
  }
  return out;
}

/** The check, its reports on covered columns dropped. */
function quietOn(check: Check, covered: (e: TableError) => boolean): Check {
  const contexts = new WeakMap<CheckContext, CheckContext>();
  const wrap = (ctx: CheckContext): CheckContext => {
    let quiet = contexts.get(ctx);
    if (!quiet) {
      const report = (e: TableError) => {
        if (!covered(e)) ctx.report(e);
      };
      quiet = Object.create(ctx, { report: { value: report } }) as CheckContext;
      contexts.set(ctx, quiet);
    }
    return quiet;
  };
  const out: { -readonly [K in keyof Check]: Check[K] } = { name: check.name };
  if (check.onStart) out.onStart = (ctx) => check.onStart?.(wrap(ctx));
  if (check.onRow) out.onRow = (row, ctx) => check.onRow?.(row, wrap(ctx));
  if (check.valuesRead) out.valuesRead = () => check.valuesRead?.() ?? [];
  if (check.onFinish) out.onFinish = (ctx) => check.onFinish?.(wrap(ctx));
  return out;
}
