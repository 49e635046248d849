// `pnpm demo`: runs `ciudata demo` through the built CLI (building first if dist is missing).
import { runCli } from "./lib.mjs";

await runCli(["demo", ...process.argv.slice(2)]);
