import { parentPort, workerData } from "node:worker_threads";
import { type RangeTask, readRange } from "./range";

// The worker of `parallelRows`: reads one byte range and posts what it found.
const task = workerData as RangeTask;
let last = 0;
const { result, transfer } = readRange(task, (bytes) => {
  // About every 8 MiB, so progress bars move without flooding the main thread.
  if (bytes - last >= 8 << 20) {
    last = bytes;
    parentPort?.postMessage({ type: "progress", bytes });
  }
});
parentPort?.postMessage({ type: "done", result }, transfer);
