import type { Check, CheckContext, TableError } from "@ciudata/table";

/** The columns a whitespace check covers (`null`: all), set on the check object it returns. */
export const WHITESPACE_COVERS: unique symbol = Symbol("quality/whitespace covers");

/** Checks that report leading/trailing spaces cell by cell and defer to `quality/whitespace`. */
const DEFERRING = new Set(["quality/profile/trimmed-values"]);

type Covering = Check & { readonly [WHITESPACE_COVERS]?: readonly string[] | null };

/**
 * One finding per problem: when a `quality/whitespace` check runs, a rule that reports the same
 * leading or trailing spaces (the publishing guide's `trimmed-values`) stays quiet on the columns it
 * covers, so one trailing space gives one finding, not two. Other checks are returned as they are.
 *
 * @example
 * ```ts
 * oneFindingPerProblem([whitespace(), trimmedValues()]); // trimmed-values reports nothing the whitespace check sees
 * ```
 */
export function oneFindingPerProblem(checks: readonly Check[]): Check[] {
  const covers = checks
    .map((c) => (c as Covering)[WHITESPACE_COVERS])
    .filter((c): c is readonly string[] | null => c !== undefined);
  if (covers.length === 0) return [...checks];
  const all = covers.includes(null);
  const named = new Set(covers.flatMap((c) => c ?? []));
  const covered = (name: string | null) => all || (name !== null && named.has(name));
  return checks.map((c) => (DEFERRING.has(c.name) ? quietOn(c, covered) : c));
}

/** The check, its reports on covered columns dropped. */
function quietOn(check: Check, covered: (fieldName: string | null) => boolean): Check {
  const contexts = new WeakMap<CheckContext, CheckContext>();
  const wrap = (ctx: CheckContext): CheckContext => {
    let quiet = contexts.get(ctx);
    if (!quiet) {
      const report = (e: TableError) => {
        if (!covered(e.fieldName)) ctx.report(e);
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
