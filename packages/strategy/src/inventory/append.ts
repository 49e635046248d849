import type { DatasetReview } from "../model/inventory";
import { parseInventory } from "./parse";

/**
 * Appends reviews to the datasets of an inventory as written (JSON text or parsed), leaving every other key
 * as the file has it (no defaults filled in), and checks the result. Earlier reviews are never changed.
 * Throws a `TypeError` for a dataset id the inventory does not hold (check ids first).
 *
 * @example
 * ```ts
 * const next = appendReviews(text, [{ datasetId: "barrios", review }]);
 * await writeFileAtomic("inventario.json", `${JSON.stringify(next, null, 2)}\n`);
 * ```
 */
export function appendReviews(
  input: unknown,
  reviews: readonly { datasetId: string; review: DatasetReview }[],
): Record<string, unknown> {
  const raw = structuredClone(
    typeof input === "string" ? JSON.parse(input.replace(/^\uFEFF/, "")) : input,
  ) as Record<string, unknown> & { datasets?: Record<string, unknown>[] };
  const datasets = raw.datasets ?? [];
  for (const { datasetId, review } of reviews) {
    const d = datasets.find((x) => x.id === datasetId);
    if (!d) throw new TypeError(`inventory: no dataset "${datasetId}"`);
    d.reviews = [...((d.reviews as unknown[] | undefined) ?? []), review];
  }
  const checked = parseInventory(raw);
  if (!checked.ok)
    throw new TypeError(`inventory: the reviews make the inventory invalid (${checked.issues[0]?.note})`);
  return raw;
}
