import {
  createIssue,
  describeValue,
  formatPath,
  fromZodIssues,
  type Issue,
  type Severity,
  valueAt,
} from "@ciudata/core";
import { type InventoryFile, InventoryFileSchema } from "../model/inventory";
import { parseRepeatDuration } from "../time/dates";

/** The outcome of {@link parseInventory}: a valid inventory with its warnings, or the errors found. */
export type InventoryParse =
  | { ok: true; inventory: InventoryFile; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/**
 * A located issue of an inventory file: `params { path, expected, received? }`.
 * @internal
 */
export function inventoryIssue(
  type: string,
  path: readonly PropertyKey[],
  expected: string,
  found: { received?: unknown; severity?: Severity } = {},
): Issue {
  const where = formatPath(path);
  const received = found.received === undefined ? undefined : describeValue(found.received);
  return createIssue(type, {
    severity: found.severity ?? "error",
    params: { path: where, expected, ...(received === undefined ? {} : { received }) },
    note: `${where || "file"}: expected ${expected}, received ${received ?? "nothing"}`,
  });
}

/** `R/P1M`, `P1Y`… or `eventual` (DCAT-AR's word for "no fixed periodicity"). */
export function isPeriodicity(value: string): boolean {
  return value === "eventual" || parseRepeatDuration(value) !== null;
}

/**
 * Reads an inventory file (JSON text or already parsed): its shape with zod, then what a steward must fix
 * before the inventory means anything — repeated ids, owner areas not declared, unknown periodicities,
 * personal data open to the public (errors) — and what weakens it — no periodicity, no contact point,
 * nothing to review, direct identifiers found in a dataset not marked personal (warnings). Never throws.
 *
 * @example
 * ```ts
 * const parsed = parseInventory(await readFile("inventario.json", "utf8"));
 * if (!parsed.ok) for (const i of parsed.issues) console.log(renderIssue(i, "es", [strategyIssues, inventoryIssues]));
 * ```
 */
export function parseInventory(input: unknown): InventoryParse {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (error) {
      const issue = inventoryIssue("inventory/invalid-json", [], "json");
      return { ok: false, issues: [{ ...issue, note: `invalid JSON: ${String(error)}` }] };
    }
  }
  const result = InventoryFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.flatMap((z) => {
      const unknownKey = z.code === "unrecognized_keys";
      const located = unknownKey ? { ...z, path: [...z.path, z.keys?.[0] ?? ""] } : z;
      return fromZodIssues([located], data, {
        type: unknownKey ? "inventory/unknown-key" : "inventory/schema",
        expect: (i, path) =>
          unknownKey
            ? { code: "known-key" }
            : i.code === "invalid_type" && valueAt(data, path) === undefined
              ? { code: "required" }
              : i.message === "slug" || i.message === "date" || i.message === "sha256"
                ? { code: i.message }
                : undefined,
      });
    });
    return { ok: false, issues };
  }
  const found = checkInventory(result.data);
  if (found.every((i) => i.severity !== "error")) return { ok: true, inventory: result.data, issues: found };
  return { ok: false, issues: found };
}

/**
 * The steward's checks of an inventory already shaped right (see {@link parseInventory}).
 *
 * @example
 * ```ts
 * checkInventory(inventory).filter((i) => i.severity === "error");
 * ```
 */
export function checkInventory(inv: InventoryFile): Issue[] {
  const issues: Issue[] = [];
  const areas = new Set(inv.orgUnits.map((u) => u.id));
  const seen = new Set<string>();
  inv.datasets.forEach((d, i) => {
    const at = (key: string) => ["datasets", i, key];
    if (seen.has(d.id))
      issues.push(
        inventoryIssue("inventory/duplicate-id", at("id"), "unique-dataset-id", { received: d.id }),
      );
    seen.add(d.id);
    if (!areas.has(d.orgUnitId))
      issues.push(
        inventoryIssue("inventory/unknown-area", at("orgUnitId"), "declared-area", { received: d.orgUnitId }),
      );
    if (d.accrualPeriodicity === undefined) {
      if (d.state !== "retired")
        issues.push(
          inventoryIssue("inventory/missing-periodicity", at("accrualPeriodicity"), "periodicity", {
            severity: "warning",
          }),
        );
    } else if (!isPeriodicity(d.accrualPeriodicity))
      issues.push(
        inventoryIssue("inventory/unknown-periodicity", at("accrualPeriodicity"), "periodicity", {
          received: d.accrualPeriodicity,
        }),
      );
    if (!d.contactPoint)
      issues.push(
        inventoryIssue("inventory/missing-contact", at("contactPoint"), "contact", { severity: "warning" }),
      );
    if (d.personalData && d.accessLevel === "public")
      issues.push(
        inventoryIssue("inventory/personal-public", at("accessLevel"), "not-public", {
          received: d.accessLevel,
        }),
      );
    const last = d.reviews.at(-1);
    if (!d.personalData && last?.privacy.directIdentifiers)
      issues.push(
        inventoryIssue("inventory/personal-undeclared", at("personalData"), "personal-true", {
          received: false,
          severity: "warning",
        }),
      );
    if (
      d.state !== "planned" &&
      d.state !== "retired" &&
      !d.distribution.some((x) => x.downloadURL ?? x.accessURL)
    )
      issues.push(
        inventoryIssue("inventory/no-distribution", at("distribution"), "distribution", {
          severity: "warning",
        }),
      );
  });
  return issues;
}
