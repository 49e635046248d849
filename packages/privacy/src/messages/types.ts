import type { TableError } from "@ciudata/table";

/** Title and sentence of each privacy error type in one language. */
export type Wording = Record<string, [title: string, describe: (e: TableError) => string]>;
