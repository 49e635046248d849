// `pnpm test`: build, typecheck, unit tests, browser tests, package checks, lint and docs, with one
// summary and the time each phase took (so a slow phase shows in every CI log).
// Independent checks of a phase run two at a time (the CI machine has two cores); vitest runs alone.
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
/** Seconds per phase, in the order the phases ran; `.ci/run` passes the set-up steps it timed. */
const phases = new Map(
  (process.env.CIUDATA_SETUP_TIMES ?? "")
    .split(";")
    .filter((entry) => entry.includes("="))
    .map((entry) => [
      entry.slice(0, entry.lastIndexOf("=")),
      Number(entry.slice(entry.lastIndexOf("=") + 1)),
    ]),
);
const started = performance.now();
const seconds = (t0) => (performance.now() - t0) / 1000;

const [pnpmCmd, ...pnpmPre] = pnpm();
const packages = listPackages();
const examples = listPackages("examples");
/** The browser tests (Chromium), run as their own phase. */
const BROWSER_TESTS = ["test/browser.test.ts", "test/browser-examples.test.ts"];

function heading(text) {
  process.stdout.write(`\n━━ ${text} ━━\n`);
}

function lastLines(text, n = 25) {
  const lines = stripVTControlCharacters(text).trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}

/**
 * Runs the checks of one phase, `parallel` at a time; each check is one command that counts as one
 * test. Output is kept and shown for the checks that fail.
 * @param {string} phase
 * @param {{ name: string, command: string, args: string[], cwd?: string }[]} checks
 */
async function phase(phase, checks, parallel = 2) {
  heading(phase);
  const t0 = performance.now();
  const queue = [...checks];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const t = performance.now();
      const { code, output } = await exec(c.command, c.args, {
        cwd: c.cwd ?? ROOT,
        capture: true,
        quiet: true,
      });
      const mark = code === 0 ? "✓" : "✗";
      process.stdout.write(`${mark} ${c.name} (${seconds(t).toFixed(1)} s)\n`);
      if (code === 0) counts.passed++;
      else {
        counts.failed++;
        process.stdout.write(`${lastLines(output, 40).replace(/^/gm, "    ")}\n`);
        failures.push({ name: c.name, detail: `exit code ${code}\n${lastLines(output)}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, checks.length) }, worker));
  phases.set(phase, seconds(t0));
}

/** One vitest run counted test by test, from its JSON report. */
async function vitest(phaseName, args) {
  heading(phaseName);
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "ciudata-test-"));
  const file = join(dir, "vitest.json");
  const { code } = await exec(localBin("vitest"), [
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  phases.set(phaseName, seconds(t0));
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    crashed = true;
    counts.failed++;
    failures.push({
      name: `vitest (${phaseName})`,
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
      name: `vitest (${phaseName})`,
      detail: `exit code ${code} with no failed test: type errors outside tests or unhandled errors, see above`,
    });
  }
}

const run = (name, command, args, cwd) => ({ name, command, args, ...(cwd ? { cwd } : {}) });
const script = (name, dir, scriptName) => run(name, pnpmCmd, [...pnpmPre, "run", scriptName], dir);

await phase("build", [run("build (pnpm build)", pnpmCmd, [...pnpmPre, "build"])]);
// One program type-checks every package's sources and tests, the root tests and configs (the packages'
// own `typecheck` scripts check the same files with the same options, for working on one package).
// The examples are what people copy: they must type-check with their own settings, and build
// against the built packages.
await phase("typecheck", [
  run("typecheck (tsc: packages, tests, configs)", localBin("tsc"), ["-p", "tsconfig.json"]),
  ...examples
    .filter((e) => e.scripts.typecheck)
    .map((e) => script(`typecheck ${e.name}`, e.dir, "typecheck")),
  ...examples.filter((e) => e.scripts.build).map((e) => script(`build ${e.name}`, e.dir, "build")),
]);
await vitest("unit tests", [...BROWSER_TESTS.flatMap((f) => ["--exclude", f])]);
await vitest("browser tests", ["--typecheck.enabled=false", ...BROWSER_TESTS]);
await phase(
  "package checks",
  packages.flatMap((p) => [
    run(`publint --strict ${p.name}`, localBin("publint"), ["--strict"], p.dir),
    run(`attw --pack ${p.name}`, localBin("attw"), ["--pack", "--no-color"], p.dir),
  ]),
);
// The API reference builds from every package's public entry with no warning (a type the API uses
// but does not export is a warning); written to a temporary folder so the check leaves nothing behind.
const docsOut = mkdtempSync(join(tmpdir(), "ciudata-docs-"));
await phase("lint and docs", [
  run("lint (biome check .)", localBin("biome"), ["check", "."]),
  // No copy of a kernel helper and no more clone pairs than the budget (jscpd, `.jscpd.json`).
  run("copies (node scripts/copies.mjs)", process.execPath, [join(ROOT, "scripts", "copies.mjs")]),
  run("docs (typedoc, no warnings)", localBin("typedoc"), ["--treatWarningsAsErrors", "--out", docsOut]),
]);
rmSync(docsOut, { recursive: true, force: true });

heading("summary");
process.stdout.write("\nTime per phase:\n");
for (const [name, s] of phases) process.stdout.write(`  ${name.padEnd(24)} ${s.toFixed(1).padStart(6)} s\n`);
process.stdout.write(`  ${"pnpm test total".padEnd(24)} ${seconds(started).toFixed(1).padStart(6)} s\n`);
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
