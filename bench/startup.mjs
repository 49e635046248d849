#!/usr/bin/env node
// Start-up of the `ciudata` command (issue #16): `ciudata --version`, `ciudata help` and
// `ciudata validate small.csv` against a bare `node -e 0`, each in its own process, interleaved, in the
// same run; medians written to bench/RESULTS.md. With BENCH_BUILD=1 it also times, in a fresh clone of
// this repository, `pnpm install --frozen-lockfile --offline` and `pnpm build`.
// Run alone: `node bench/startup.mjs` (or `BENCH_ONLY=startup pnpm bench`); `pnpm bench` runs it too.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withSection } from "./hostile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "packages", "cli", "dist", "bin.js");
const RESULTS = join(ROOT, "bench", "RESULTS.md");

/** The heading of this bench's section in bench/RESULTS.md. */
export const STARTUP_HEADING = "## Start-up and build (issue #16)";

/** Targets from issue #16, in seconds. */
const TARGETS = { version: 0.3, help: 0.3, validate: 0.6, build: 90 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Wall time of one process, in seconds; throws when it exits with an unexpected code. */
function time(args, expectCode = 0, cwd = ROOT) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LANG: "es_AR.UTF-8" },
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== expectCode) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return s;
}

/** Times a fresh clone's install and build (BENCH_BUILD=1). */
function buildTimes() {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-build-"));
  try {
    execFileSync("git", ["clone", "-q", ROOT, dir]);
    const step = (args) => {
      const t0 = process.hrtime.bigint();
      execFileSync("pnpm", args, { cwd: dir, stdio: "ignore" });
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const install = step(["install", "--frozen-lockfile", "--offline"]);
    const build = step(["build"]);
    return { install, build };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the start-up bench and returns its RESULTS.md section. */
export function startupSection({ runs = Number(process.env.BENCH_STARTUP_RUNS ?? 15) } = {}) {
  if (!existsSync(BIN)) execFileSync("pnpm", ["build"], { cwd: ROOT, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "ciudata-startup-"));
  const small = join(dir, "small.csv");
  writeFileSync(small, "id,barrio,monto\n1,Centro,10\n2,Norte,20\n3,Sur,30\n");
  const cases = [
    ["node -e 0", ["-e", "0"], 0, null],
    ["ciudata --version", [BIN, "--version"], 0, "version"],
    ["ciudata help", [BIN, "help"], 0, "help"],
    ["ciudata validate small.csv", [BIN, "validate", small], 0, "validate"],
  ];
  const loadBefore = loadavg()[0];
  const times = cases.map(() => []);
  try {
    for (const [, args, code] of cases) time(args, code); // warm the file cache once
    for (let i = 0; i < runs; i++) {
      for (const [c, [, args, code]] of cases.entries()) times[c].push(time(args, code));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const build = process.env.BENCH_BUILD === "1" ? buildTimes() : null;
  const loadAfter = loadavg()[0];
  const rows = cases.map(([name, , , target], c) => {
    const m = median(times[c]);
    const goal = target ? `< ${TARGETS[target]} s` : "—";
    const ok = target ? (m < TARGETS[target] ? "yes" : "**no**") : "—";
    return `| \`${name}\` | ${m.toFixed(3)} | ${Math.min(...times[c]).toFixed(3)} | ${Math.max(...times[c]).toFixed(3)} | ${goal} | ${ok} |`;
  });
  const buildRows = build
    ? `

| fresh clone | seconds | target |
| --- | ---: | --- |
| \`pnpm install --frozen-lockfile --offline\` | ${build.install.toFixed(1)} | |
| \`pnpm build\` | ${build.build.toFixed(1)} | |
| install + build | ${(build.install + build.build).toFixed(1)} | < ${TARGETS.build} s (${build.install + build.build < TARGETS.build ? "yes" : "**no**"}) |`
    : "";
  return `${STARTUP_HEADING}

\`node bench/startup.mjs\` on ${new Date().toISOString().slice(0, 10)}: each command ${runs} times in its own process,
interleaved with a bare \`node -e 0\` measured in the same run (Node ${process.version}, ${cpus().length} cores,
1-minute load average ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after). Seconds of wall time.
\`ciudata --version\` and \`ciudata help\` load only the command declarations and their text catalogs; a command's
code (and the table reader) is imported when it runs.

| command | median | min | max | target | met |
| --- | ---: | ---: | ---: | --- | --- |
${rows.join("\n")}${buildRows}
`;
}

/** Writes the section into bench/RESULTS.md (replacing the old one). */
export function writeStartupSection(section) {
  const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
  writeFileSync(`${RESULTS}.tmp`, withSection(md, STARTUP_HEADING, section));
  renameSync(`${RESULTS}.tmp`, RESULTS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const section = startupSection();
  writeStartupSection(section);
  console.log(section);
}
