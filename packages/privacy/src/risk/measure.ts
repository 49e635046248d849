import type { OpenedSource, SourceInput } from "@ciudata/table";
import { requireColumns } from "../read/columns";
import { type StreamRowsOptions, streamRows } from "../read/rows";
import { RiskAccumulator } from "./accumulator";
import { missingTest } from "./missing";
import type { RiskOptions, RiskReport } from "./types";

/**
 * @internal builds an accumulator and the per-row feeder for resolved column indexes. The accumulator is
 * `unordered`: made for `finish`, its classes may not come in order of first appearance.
 */
export function riskFeeder(options: RiskOptions, labels: readonly string[]) {
  const qiIdx = requireColumns(labels, options.qi);
  const sensIdx = requireColumns(labels, options.sensitive ?? []);
  const weightIdx = options.weight ? (requireColumns(labels, [options.weight])[0] as number) : -1;
  const acc = new RiskAccumulator({
    k: options.k ?? 3,
    sensitive: sensIdx.length,
    missingMatchesAny: options.missingMatchesAny ?? false,
    weighted: weightIdx !== -1,
    isMissing: missingTest(options.missingValues),
    unordered: true,
  });
  const weightOf = (cells: readonly string[]) => {
    const w = Number((cells[weightIdx] ?? "").replace(",", "."));
    return Number.isFinite(w) ? w : 0;
  };
  const feed = (cells: readonly string[]) =>
    acc.addCells(cells, qiIdx, sensIdx, weightIdx === -1 ? 1 : weightOf(cells));
  const finish = () => acc.finish(options.qi, options.sensitive ?? []);
  return { acc, feed, finish, qiIdx, sensIdx, weighted: weightIdx !== -1 };
}

/**
 * Measures the re-identification risk of a table over quasi-identifiers in ONE streaming pass (memory
 * grows with the distinct key combinations, not the rows): equivalence classes, records violating
 * 2-, 3-, 5- and k-anonymity, sample uniques, prosecutor risk (mean and max of 1/fk), l-diversity of
 * sensitive columns, sdcMicro's missing-matches-any option and weighted risk.
 * Cells are read as text (no casting); each quasi-identifier cell is coded to a small integer per column
 * and the classes are counted over packed integer keys, with no string built per record. Sensitive
 * columns, weights and the wildcard are paid for only when asked (the wildcard compares classes pairwise).
 * Throws `CiudataError` (`privacy/unknown-column`) when a named column is absent.
 *
 * @example
 * ```ts
 * const r = await measureRisk("edad,sexo,barrio\n30,F,Centro\n30,F,Centro\n41,M,Sur\n", { qi: ["edad", "sexo", "barrio"], k: 2 });
 * r.violations.find((v) => v.k === 2)?.records; //=> 1
 * r.risk.max; //=> 1
 * ```
 */
export async function measureRisk(
  input: SourceInput | OpenedSource,
  options: RiskOptions & StreamRowsOptions,
): Promise<RiskReport> {
  const table = await streamRows(input, options);
  const { acc, feed, finish, qiIdx, sensIdx, weighted } = riskFeeder(options, table.labels);
  for await (const batch of table.rows)
    for (let r = 0; r < batch.length; r++) {
      const cells = (batch[r] as (typeof batch)[number]).cells;
      if (cells.length === 1 && cells[0] === "") continue;
      // Without a weight column, straight to the accumulator (the common, hot path).
      if (weighted) feed(cells);
      else acc.addCells(cells, qiIdx, sensIdx, 1);
    }
  return finish();
}

/**
 * The same measures over rows already in memory (arrays of cells with a header row of labels).
 *
 * @example
 * ```ts
 * riskOfRows(["edad", "sexo"], [["30", "F"], ["30", "F"]], { qi: ["edad", "sexo"] }).classes; //=> 1
 * ```
 */
export function riskOfRows(
  labels: readonly string[],
  rows: Iterable<readonly string[]>,
  options: RiskOptions,
): RiskReport {
  const { feed, finish } = riskFeeder(options, labels);
  for (const row of rows) feed(row);
  return finish();
}
