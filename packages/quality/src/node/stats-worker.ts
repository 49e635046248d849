import { parentPort, workerData } from "node:worker_threads";
import { columnAccumulators } from "../stats/column";
import { countClaimed, type RangeCount, RangeQueue } from "./count-range";

// The worker of `describeFile`: started before the job is known, it waits for it, then counts the byte
// ranges it claims into one set of accumulators and posts the columns' states.
const queue = new RangeQueue((workerData as { control: SharedArrayBuffer }).control);
const job = queue.take();
let result: RangeCount;
if (job === null) result = { ok: false, reason: "cancelled" };
else {
  const accumulators = columnAccumulators(
    job.spec,
    (job.ranges[0] as { encoding: string }).encoding === "utf-8",
  );
  // Between two ranges, the columns found personal meanwhile are counted only from then on.
  const counting = accumulators.map(() => true);
  const claim = () => {
    for (let j = 0; j < accumulators.length; j++)
      if (counting[j] && queue.personal(j)) {
        counting[j] = false;
        accumulators[j]?.countsOnly();
      }
    return queue.claim();
  };
  const done = countClaimed(accumulators, job, claim);
  if (!done.ok) queue.fail();
  result = done.ok ? { ...done, states: accumulators.map((a) => a.state()) } : done;
}
const transfer = result.ok
  ? result.states.flatMap((s) => [
      s.hashes.buffer,
      s.counts.buffer,
      s.kinds.buffer,
      s.lengths.buffer,
      s.numbers.buffer,
      s.hll.buffer,
      ...(s.pool && s.starts ? [s.pool.buffer, s.starts.buffer] : []),
      ...(s.store ? [s.store.hashes.buffer, s.store.values.buffer, s.store.weights.buffer] : []),
    ])
  : [];
parentPort?.postMessage({ type: "done", result }, transfer as ArrayBuffer[]);
