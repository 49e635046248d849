// `pnpm test`: build, typecheck, unit tests, package checks and lint, with one summary.
// The very last line is always `N passed, M failed` (`, K skipped` when K > 0).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { exec, listPackages, localBin, pnpm, ROOT } from "./lib.mjs";

const counts = { passed: 0, failed: 0, skipped: 0 };
/** @type {{ name: string, detail: string }[]} */
const failures = [];
let crashed = false;
/** Seconds per phase, printed before the summary so a slow phase shows in every CI log. */
const phases = new Map();
const started = performance.now();

/** Runs `fn` and adds the time it took to `phase`. */
async function timed(phase, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    phases.set(phase, (phases.get(phase) ?? 0) + (performance.now() - t0) / 1000);
  }
}

const [pnpmCmd, ...pnpmPre] = pnpm();
const packages = listPackages();

function heading(text) {
  process.stdout.write(`\n━━ ${text} ━━\n`);
}

function lastLines(text, n = 25) {
  const lines = stripVTControlCharacters(text).trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}

/** Runs one command that counts as one test. */
async function check(phase, name, command, args, cwd = ROOT) {
  heading(name);
  const t0 = performance.now();
  const { code, output } = await timed(phase, () => exec(command, args, { cwd, capture: true }));
  process.stdout.write(`(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  if (code === 0) {
    counts.passed++;
  } else {
    counts.failed++;
    failures.push({ name, detail: `exit code ${code}\n${lastLines(output)}` });
  }
}

async function vitest(phase) {
  heading("vitest run --typecheck");
  const dir = mkdtempSync(join(tmpdir(), "ciudata-test-"));
  const file = join(dir, "vitest.json");
  const { code } = await timed(phase, () =>
    exec(localBin("vitest"), [
      "run",
      "--typecheck",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ]),
  );
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    crashed = true;
    counts.failed++;
    failures.push({
      name: "vitest",
      detail: `no JSON report (exit code ${code}): the run crashed, see above`,
    });
    return;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  let fileFailures = 0;
  for (const result of report.testResults ?? []) {
    const where = relative(ROOT, result.name);
    const failed = (result.assertionResults ?? []).filter((a) => a.status === "failed");
    for (const a of failed) {
      failures.push({
        name: `vitest › ${where} › ${a.fullName}`,
        detail: lastLines((a.failureMessages ?? []).join("\n"), 12),
      });
    }
    if (result.status === "failed" && failed.length === 0) {
      fileFailures++;
      failures.push({
        name: `vitest › ${where}`,
        detail: lastLines(result.message || "the file failed to run", 12),
      });
    }
  }
  counts.failed += fileFailures;
  if (code !== 0 && (report.numFailedTests ?? 0) + fileFailures === 0) {
    counts.failed++;
    failures.push({
      name: "vitest",
      detail: `exit code ${code} with no failed test: type errors outside tests or unhandled errors, see above`,
    });
  }
}

await check("build", "build (pnpm build)", pnpmCmd, [...pnpmPre, "build"]);
for (const p of packages.filter((p) => p.scripts.typecheck)) {
  await check("typecheck", `typecheck ${p.name}`, pnpmCmd, [...pnpmPre, "run", "typecheck"], p.dir);
}
await check("typecheck", "typecheck root (test/, configs)", localBin("tsc"), ["-p", "tsconfig.json"]);
// The examples are what people copy: they must type-check, and build against the built packages.
for (const e of listPackages("examples").filter((e) => e.scripts.typecheck)) {
  await check("examples", `typecheck ${e.name}`, pnpmCmd, [...pnpmPre, "run", "typecheck"], e.dir);
}
for (const e of listPackages("examples").filter((e) => e.scripts.build)) {
  await check("examples", `build ${e.name}`, pnpmCmd, [...pnpmPre, "run", "build"], e.dir);
}
await vitest("unit tests");
for (const p of packages) {
  await check("package checks", `publint --strict ${p.name}`, localBin("publint"), ["--strict"], p.dir);
  await check("package checks", `attw --pack ${p.name}`, localBin("attw"), ["--pack", "--no-color"], p.dir);
}
await check("lint", "lint (biome check .)", localBin("biome"), ["check", "."]);
// No copy of a kernel helper and no more clone pairs than the budget (jscpd, `.jscpd.json`).
await check("lint", "copies (node scripts/copies.mjs)", process.execPath, [
  join(ROOT, "scripts", "copies.mjs"),
]);
// The API reference builds from every package's public entry with no warning (a type the API uses
// but does not export is a warning); written to a temporary folder so the check leaves nothing behind.
const docsOut = mkdtempSync(join(tmpdir(), "ciudata-docs-"));
await check("docs", "docs (typedoc, no warnings)", localBin("typedoc"), [
  "--treatWarningsAsErrors",
  "--out",
  docsOut,
]);
rmSync(docsOut, { recursive: true, force: true });

heading("summary");
process.stdout.write("\nTime per phase:\n");
for (const [name, seconds] of phases)
  process.stdout.write(`  ${name.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s\n`);
process.stdout.write(
  `  ${"total".padEnd(16)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s\n`,
);
if (failures.length > 0) {
  process.stdout.write(`\n${failures.length} failure(s):\n`);
  for (const f of failures) {
    process.stdout.write(`\n✗ ${f.name}\n${f.detail.replace(/^/gm, "    ")}\n`);
  }
  process.stdout.write("\n");
} else {
  process.stdout.write("\nEverything passed.\n");
}
const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : "";
process.stdout.write(`${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
process.exitCode = counts.failed > 0 || crashed ? 1 : 0;
