import type { Records } from "../src/types";

/** Records for tests, from rows of named values (missing keys and `null` are missing values). */
export function recordsOf(source: string, rows: readonly Record<string, string | null>[]): Records {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  const fields: Record<string, (string | null)[]> = {};
  for (const name of names) fields[name] = rows.map((row) => row[name] ?? null);
  return { source, ids: rows.map((_, i) => `${source}${i + 1}`), rows: rows.map((_, i) => i + 1), fields };
}
