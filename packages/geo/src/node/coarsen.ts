import { formatCsvRow } from "@ciudata/table";
import { writeFileAtomic } from "@ciudata/table/node";
import type { AreaLayer } from "../areas/types";
import { type CoarsenOptions, type CoarsenResult, createCoarsener } from "../coarsen/coarsen";
import { asIndex, readable } from "./scan";

/** Options of {@link coarsenFile}. */
export interface CoarsenFileOptions extends Omit<CoarsenOptions, "file"> {
  /** A grid of this many metres; without it, `areas` must be given. */
  grid?: number;
  /** Replace the coordinates by the territory that holds them. */
  areas?: AreaLayer;
  /** Writes the coarsened table there (through a temporary file renamed at the end). */
  out?: string;
  /** Without `out`: receives the coarsened table piece by piece (e.g. standard output). */
  sink?: (text: string) => void | Promise<void>;
  /** Force an encoding (any WHATWG label), skipping detection. */
  encoding?: string;
  /** Prefix formula-leading cells of the output with `'`. Defaults to `true`. */
  escapeFormulas?: boolean;
  /** Files the output must never be (the inputs). */
  inputs?: readonly string[];
}

/**
 * Coarsens the coordinates of a table file before publishing it (Node only), streaming: to a grid of
 * `grid` metres, or to the territory of `areas` (the coordinate columns replaced by its code and name).
 * See `createCoarsener` of `@ciudata/geo`.
 *
 * @param path The table.
 * @param options The grid or the areas, where to write.
 * @returns What was done, with the fewest rows sharing a cell.
 * @example
 * ```ts
 * const done = await coarsenFile("padron.csv", { grid: 500, out: "padron-500m.csv" });
 * done.smallestCell; //=> 3
 * ```
 */
export async function coarsenFile(path: string, options: CoarsenFileOptions): Promise<CoarsenResult> {
  const table = await readable(path, options);
  try {
    const to =
      options.grid !== undefined || options.areas === undefined
        ? { grid: options.grid ?? Number.NaN }
        : { areas: asIndex(options.areas) };
    const coarsener = createCoarsener(table.labels, to, { ...options, file: path });
    const dialect = {
      delimiter: table.dialect?.delimiter ?? ",",
      lineTerminator: "\n" as const,
      escapeFormulas: options.escapeFormulas ?? true,
    };
    async function* text(): AsyncGenerator<string> {
      yield `${formatCsvRow(coarsener.header, dialect)}\n`;
      for await (const batch of table.batches()) {
        const lines = batch.map((row) => formatCsvRow(coarsener.coarsen(row.cells), dialect));
        if (lines.length > 0) yield `${lines.join("\n")}\n`;
      }
    }
    if (options.out !== undefined)
      await writeFileAtomic(options.out, text(), options.inputs ? { inputs: options.inputs } : {});
    else for await (const piece of text()) await options.sink?.(piece);
    return coarsener.result();
  } finally {
    await table.close();
  }
}
