import { foldText } from "@ciudata/core";

type Pkg = Record<string, unknown>;

const text = (p: Pkg) => {
  const tags = Array.isArray(p.tags) ? p.tags.map((t) => (t as { name?: string }).name ?? "").join(" ") : "";
  return foldText(`${p.name ?? ""} ${p.title ?? ""} ${p.notes ?? ""} ${tags}`);
};

const fieldValues = (p: Pkg, field: string): string[] => {
  const org = p.organization as { name?: string; id?: string } | null | undefined;
  const list = (v: unknown) =>
    Array.isArray(v) ? v.map((x) => String((x as { name?: string }).name ?? x)) : [];
  switch (field) {
    case "organization":
      return org ? [org.name ?? "", org.id ?? ""] : [];
    case "tags":
      return list(p.tags);
    case "groups":
      return list(p.groups);
    case "res_format":
      return Array.isArray(p.resources)
        ? p.resources.map((r) => String((r as { format?: string }).format ?? ""))
        : [];
    default:
      return p[field] === undefined || p[field] === null ? [] : [String(p[field])];
  }
};

/**
 * Filters CKAN packages the way the local portal's `package_search` does: `q` as accent-insensitive
 * words (or `field:value`), `fq` as `field:"value"` clauses joined by AND.
 * @internal
 */
export function searchPackages(
  packages: readonly Pkg[],
  q: string | undefined,
  fq: string | undefined,
): Pkg[] {
  const clauses: Array<{ field: string | null; value: string }> = [];
  for (const source of [q, fq]) {
    if (!source || source === "*:*") continue;
    const re = /(?:([a-z_]+):)?(?:"([^"]*)"|(\S+))/gi;
    for (const m of source.matchAll(re)) {
      const value = m[2] ?? m[3] ?? "";
      if (/^(AND|OR)$/i.test(value) && !m[1]) continue;
      clauses.push({ field: m[1] ?? null, value });
    }
  }
  return packages.filter((p) =>
    clauses.every((c) =>
      c.field === null
        ? text(p).includes(foldText(c.value))
        : fieldValues(p, c.field).some((v) => foldText(v) === foldText(c.value)),
    ),
  );
}
