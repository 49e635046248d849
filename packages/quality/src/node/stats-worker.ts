import { parentPort, workerData } from "node:worker_threads";
import type { CellRange } from "@ciudata/table/node";
import type { ColumnsSpec } from "../stats/column";
import { countRange } from "./count-range";

// The worker of `describeFile`: counts the cells of one byte range and posts the columns' states.
const { range, spec, picked } = workerData as { range: CellRange; spec: ColumnsSpec; picked: number[] };
const done = countRange(spec, picked, range);
if (!done.ok) parentPort?.postMessage({ type: "done", result: done });
else {
  const transfer = done.states.flatMap((s) => [
    s.hashes.buffer,
    s.counts.buffer,
    s.kinds.buffer,
    s.lengths.buffer,
    s.numbers.buffer,
    s.hll.buffer,
    ...(s.store ? [s.store.hashes.buffer, s.store.values.buffer, s.store.weights.buffer] : []),
  ]);
  parentPort?.postMessage({ type: "done", result: done }, transfer as ArrayBuffer[]);
}
