import type { TableError } from "@ciudata/table";

/** The wording of the quality error types in one language: a title and a sentence per type. */
export type Wording = Record<string, readonly [title: string, describe: (e: TableError) => string]>;

/** A param as text. @example p(tableError("x", { params: { n: 2 } }), "n"); //=> "2" */
export const p = (e: TableError, key: string): string => String(e.params[key] ?? "");
