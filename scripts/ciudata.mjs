// `pnpm ciudata <args>`: runs the built ciudata CLI (building first if dist is missing).
import { runCli } from "./lib.mjs";

await runCli(process.argv.slice(2));
