import { review } from "@ciudata/quality";
import { type Masking, openTable, type ValidateInput } from "@ciudata/table";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { readJson, readText } from "../../io";
import { localized } from "../../messages";
import { cleanMessages } from "../../messages/clean";

/** A spelling mapping: column → (spelling → canonical spelling). */
export type VariantMapping = Record<string, Record<string, string>>;

const EXAMPLE = '{"provincia": {"CABA": "Ciudad Autónoma de Buenos Aires"}}';

const isMapping = (data: unknown): data is VariantMapping =>
  typeof data === "object" &&
  data !== null &&
  !Array.isArray(data) &&
  Object.values(data).every(
    (pairs) =>
      typeof pairs === "object" &&
      pairs !== null &&
      !Array.isArray(pairs) &&
      Object.values(pairs).every((to) => typeof to === "string"),
  );

/**
 * Reads the user's spelling mapping: JSON `{column: {spelling: canonical}}`, or a CSV with three columns
 * `column,from,to` (a header first). A line that is not three cells is a located usage error.
 */
export async function readVariants(ctx: CommandContext, path: string): Promise<VariantMapping> {
  if (!/\.csv$/i.test(path)) {
    const data = await readJson(ctx, path, EXAMPLE);
    const body = typeof data === "object" && data !== null && "$schema" in data ? { ...data } : data;
    if (body && typeof body === "object") delete (body as Record<string, unknown>).$schema;
    if (isMapping(body)) return body;
    throw new UsageError({
      kind: "custom",
      message: localized(cleanMessages, "badVariants", {
        path,
        line: 1,
        found: JSON.stringify(data).slice(0, 60),
      }),
    });
  }
  const table = await openTable(await readText(ctx, path), { dialect: { delimiter: "," } });
  const out: VariantMapping = {};
  for await (const row of table.rows()) {
    const [column, from, to] = row.cells;
    if (row.cells.length !== 3 || !column || from === undefined || to === undefined)
      throw new UsageError({
        kind: "custom",
        message: localized(cleanMessages, "badVariants", {
          path,
          line: row.rowNumber,
          found: row.cells.join(","),
        }),
      });
    const pairs = out[column] ?? {};
    pairs[from] = to;
    out[column] = pairs;
  }
  return out;
}

/**
 * The mapping `validate` suggests: every spelling of each `quality/category-variants` cluster to the
 * cluster's suggestion, in the columns that are not personal (their values are never written out).
 */
export async function suggestVariants(
  input: ValidateInput,
  personal: ReadonlySet<string>,
  encoding: string | undefined,
): Promise<VariantMapping> {
  const masking: Masking = { personal: [...personal] };
  // The review `validate` runs, its spelling-variant findings only.
  const { report } = await review(input, {
    masking,
    pickErrors: ["quality/category-variants"],
    ...(encoding ? { encoding } : {}),
  });
  const out: VariantMapping = {};
  for (const task of report.tasks) {
    for (const e of task.errors) {
      if (e.type !== "quality/category-variants") continue;
      const column = e.fieldName ?? "";
      const variants = JSON.parse(String(e.params.variantsJson ?? "[]")) as { value: string }[];
      const suggestion = String(e.params.suggestion ?? "");
      if (!column || personal.has(column)) continue;
      const pairs = out[column] ?? {};
      for (const v of variants) if (v.value !== suggestion) pairs[v.value] = suggestion;
      out[column] = pairs;
    }
  }
  return out;
}
