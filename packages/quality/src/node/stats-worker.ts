import { parentPort, workerData } from "node:worker_threads";
import { type CellRange, readCellRange } from "@ciudata/table/node";
import { type ColumnsSpec, columnAccumulators, countRows } from "../stats/column";

// The worker of `describeFile`: counts the cells of one byte range and posts the columns' states.
const { range, spec, picked } = workerData as { range: CellRange; spec: ColumnsSpec; picked: number[] };
const accumulators = columnAccumulators(spec, range.encoding === "utf-8");
const done = readCellRange(range, (rows) => countRows(accumulators, picked, rows));
if (!done.ok) parentPort?.postMessage({ type: "done", result: done });
else {
  const states = accumulators.map((a) => a.state());
  const transfer = states.flatMap((s) => [
    s.hashes.buffer,
    s.counts.buffer,
    s.kinds.buffer,
    s.lengths.buffer,
    s.numbers.buffer,
    s.hll.buffer,
    ...(s.store ? [s.store.hashes.buffer, s.store.values.buffer] : []),
  ]);
  parentPort?.postMessage(
    { type: "done", result: { ok: true, records: done.records, states } },
    transfer as ArrayBuffer[],
  );
}
