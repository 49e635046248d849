/**
 * A copy of a string that shares no memory with the text it was cut from, so keeping it (as a key of a
 * map that outlives the row) does not keep a whole chunk of the file alive. Lossless: every UTF-16
 * code unit is kept as is, lone surrogates included. Strings under 13 characters are never slices in
 * V8, so they are returned as they are.
 *
 * @example
 * ```ts
 * import { ownCopy } from "@ciudata/table";
 * counts.set(ownCopy(cell), n); // the key does not pin the parser's 64 KiB chunk
 * ```
 */
export function ownCopy(value: string): string {
  // Concatenating then cutting flattens into a fresh string: no reference to the parent chunk.
  return value.length < 13 ? value : `${value} `.slice(0, -1);
}
