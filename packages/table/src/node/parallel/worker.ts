import { parentPort, workerData } from "node:worker_threads";
import { type RangeTask, readRange } from "./range";
import { loadRangeChecks } from "./range-checks";

// The worker of `parallelRows`: reads one byte range, runs the checks that run in ranges, and posts
// what it found.
const task = workerData as RangeTask;
void (async () => {
  let last = 0;
  const checks = await loadRangeChecks(task);
  const { result, transfer } = readRange(
    task,
    (bytes) => {
      // About every 8 MiB, so progress bars move without flooding the main thread.
      if (bytes - last >= 8 << 20) {
        last = bytes;
        parentPort?.postMessage({ type: "progress", bytes });
      }
    },
    checks,
  );
  parentPort?.postMessage({ type: "done", result }, transfer);
})();
