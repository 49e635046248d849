import { parentPort, workerData } from "node:worker_threads";
import type { CellRange } from "@ciudata/table/node";
import { type CleanSetup, cleanRange, setupCleaner } from "./ranges";

// The worker of `ciudata clean` on a large local file: cleans the byte ranges it is sent, in order,
// with a cleaner settled on the same sample as the main thread's.
const setup = workerData as CleanSetup;
const cleaner = setupCleaner(setup);
parentPort?.on("message", (m: { k: number; range: CellRange }) => {
  const { result, transfer } = cleanRange(m.range, cleaner, setup);
  parentPort?.postMessage({ k: m.k, result }, transfer);
});
