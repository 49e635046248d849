/**
 * The names of a comma-separated option (`--columns a,b`, `--qi edad,sexo`) (trimmed, empty ones left out), or `undefined` when not given.
 *
 * @example
 * ```ts
 * columnList("dni, edad ,"); //=> ["dni", "edad"]
 * ```
 */
export function columnList(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== "string") return undefined;
  return value
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
}
