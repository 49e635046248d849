import { CiudataError, createIssue, foldText, type Issue } from "@ciudata/core";

const norm = (s: string) => foldText(s.trim());

/**
 * Finds each named column in the labels (exact first, then ignoring case and accents); `-1` when absent.
 *
 * @example
 * ```ts
 * columnIndexes(["Edad", "Sexo"], ["edad", "barrio"]); //=> [0, -1]
 * ```
 */
export function columnIndexes(labels: readonly string[], names: readonly string[]): number[] {
  const loose = labels.map(norm);
  return names.map((name) => {
    const exact = labels.indexOf(name);
    return exact !== -1 ? exact : loose.indexOf(norm(name));
  });
}

/**
 * Like {@link columnIndexes} but throws a `CiudataError` (`privacy/unknown-column`) naming the missing
 * columns: for entry points where a wrong column name is the caller's mistake.
 *
 * @example
 * ```ts
 * requireColumns(["edad"], ["edad"]); //=> [0]
 * ```
 */
export function requireColumns(labels: readonly string[], names: readonly string[]): number[] {
  const idx = columnIndexes(labels, names);
  const missing = names.filter((_, i) => idx[i] === -1);
  if (missing.length) {
    const errors = missing.map((column) =>
      createIssue("privacy/unknown-column", {
        tags: ["#table"],
        note: `no column named "${column}"`,
        params: { column, available: labels.join(", ") },
      }),
    );
    throw new CiudataError(errors as [Issue, ...Issue[]]);
  }
  return idx;
}
