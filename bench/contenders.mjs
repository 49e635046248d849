// One contender per child process, so peak RSS is its own: `node bench/contenders.mjs <name> <file>`.
// Prints one JSON line: { name, rows, seconds, maxRssMB }.
import { createReadStream, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [name, file] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const here = new URL(".", import.meta.url);
const started = performance.now();
let rows = 0;

if (name === "papaparse") {
  // Raw papaparse, streaming the same file with the same delimiter: no casting, no checks.
  const Papa = require(
    require.resolve("papaparse", { paths: [new URL("../packages/table/", here).pathname] }),
  );
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: "utf8" }), {
      delimiter: ";",
      chunk(results) {
        rows += results.data.length;
      },
      complete: resolve,
      error: reject,
    });
  });
  rows -= 1; // header
} else if (name === "ciudata-validate" || name === "ciudata-read") {
  const table = await import(new URL("../packages/table/dist/index.js", here).href);
  const node = await import(new URL("../packages/table/dist/node/index.js", here).href);
  const schema = JSON.parse(readFileSync(new URL("./schema.json", here), "utf8"));
  if (name === "ciudata-validate") {
    // Detect encoding and dialect, read, cast every cell by the schema, check constraints, build the report.
    const report = await table.validateTable(await node.openPath(file), { schema, limitErrors: 1000 });
    rows = report.tasks[0].stats.rows;
    if (!report.valid)
      throw new Error(`unexpected errors: ${JSON.stringify(report.tasks[0].errors.slice(0, 3))}`);
  } else {
    // Detect encoding and dialect and read the rows, no casting.
    const decoded = await table.decodeSource(await node.openPath(file));
    const { dialect } = table.sniffDialect(decoded.sample);
    const reader = await table.readTable(decoded.text, dialect);
    for await (const batch of reader.rows) rows += batch.length;
  }
} else {
  throw new Error(`unknown contender ${name}`);
}
const seconds = (performance.now() - started) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({ name, rows, seconds: Number(seconds.toFixed(3)), maxRssMB: Number(maxRssMB.toFixed(1)) }),
);
