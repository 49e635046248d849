// Pathological inputs of issue #14 and the commands that must survive them. Used by
// test/hostile/pathological.test.ts (which asserts behaviour and memory, never time) and, run as a
// script, to measure each command's wall time and peak RSS: `node bench/hostile.mjs` (after `pnpm build`).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "packages", "cli", "dist", "bin.js");
const RSS_PRELOAD = join(ROOT, "bench", "max-rss.cjs");

/** Writes the hostile inputs into `dir`; returns their paths. */
export function writeHostileInputs(dir) {
  mkdirSync(dir, { recursive: true });
  const files = {
    // A single 1 MB line of `a,a,a,…`: 524,288 columns that all want the same name.
    line: join(dir, "linea-1mb.csv"),
    // A header of 150,000 distinct columns over two data rows.
    wide: join(dir, "150k-columnas.csv"),
    // 31 a's and a "!" against `(a+)+$`, a pattern that backtracks catastrophically.
    redosData: join(dir, "redos.csv"),
    redosSchema: join(dir, "redos.schema.json"),
    // A schema nested 200,000 arrays deep.
    deepSchema: join(dir, "profundo.schema.json"),
    plan: join(dir, "plan.json"),
  };
  writeFileSync(files.line, `${"a,".repeat(512 * 1024 - 1)}a\n`);
  const labels = Array.from({ length: 150_000 }, (_, i) => `c${i}`);
  writeFileSync(
    files.wide,
    `${labels.join(",")}\n${labels.map(() => "1").join(",")}\n${labels.map(() => "2").join(",")}\n`,
  );
  writeFileSync(files.redosData, `codigo\n${"a".repeat(31)}!\n${"a".repeat(40)}!\n`);
  writeFileSync(
    files.redosSchema,
    JSON.stringify({ fields: [{ name: "codigo", type: "string", constraints: { pattern: "(a+)+$" } }] }),
  );
  writeFileSync(files.deepSchema, `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
  writeFileSync(files.plan, JSON.stringify({ columns: { a: { action: "drop" } } }));
  return files;
}

/** The commands, each as argv with `{in}` for the input and `{out}` for an output path. */
export const COMMANDS = [
  ["validate", "{in}", "--format", "json", "--out", "{out}"],
  ["inspect", "{in}"],
  ["schema", "infer", "{in}", "--out", "{out}"],
  ["privacy", "scan", "{in}", "--out", "{out}"],
  ["privacy", "risk", "{in}", "--qi", "a", "--out", "{out}"],
  ["anonymize", "{in}", "--plan", "{plan}", "--out", "{out}"],
  ["suppress", "{in}", "--out", "{out}"],
  ["disaggregation", "check", "{in}", "--out", "{out}"],
  ["disaggregation", "normalize", "{in}", "--out", "{out}"],
  ["disaggregation", "aggregate", "{in}", "--by", "a", "--out", "{out}"],
];

/** Every case: a command on an input, plus the schema cases. */
export function hostileCases(files) {
  const cases = [];
  for (const input of ["line", "wide"]) {
    for (const argv of COMMANDS)
      cases.push({ name: `${argv.slice(0, 2).join(" ")} · ${input}`, argv, input: files[input] });
  }
  cases.push({
    name: "validate --schema (a+)+$",
    argv: ["validate", "{in}", "--schema", files.redosSchema, "--format", "json", "--out", "{out}"],
    input: files.redosData,
  });
  cases.push({
    name: "validate --schema nested 200,000 deep",
    argv: ["validate", "{in}", "--schema", files.deepSchema, "--format", "json", "--out", "{out}"],
    input: files.redosData,
  });
  return cases.map((c) => ({ ...c, plan: files.plan }));
}

/**
 * Runs the built CLI on one case in a child process; resolves with the exit code, stderr, wall
 * milliseconds and peak RSS in MB (read by a preload script at exit).
 */
export function runCase(c, outDir, { timeoutMs = 120_000 } = {}) {
  const rssFile = join(outDir, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const out = join(outDir, `out-${Math.random().toString(36).slice(2)}`);
  const argv = c.argv.map((a) => a.replace("{in}", c.input).replace("{out}", out).replace("{plan}", c.plan));
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--require", RSS_PRELOAD, BIN, ...argv], {
      env: { ...process.env, CIUDATA_RSS_FILE: rssFile, CIUDATA_DEBUG: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssMb = null;
      try {
        rssMb = Number(readFileSync(rssFile, "utf8")) / 1024;
      } catch {}
      resolve({ code, signal, stderr, ms, rssMb, argv });
    });
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-hostile-"));
  try {
    const files = writeHostileInputs(dir);
    const rows = [];
    for (const c of hostileCases(files)) {
      const r = await runCase(c, dir);
      const first = r.stderr.split("\n").find((l) => l.trim() !== "") ?? "";
      rows.push(
        `| ${c.name} | ${r.code ?? r.signal} | ${(r.ms / 1000).toFixed(2)} s | ${r.rssMb?.toFixed(0) ?? "?"} MB | ${first.slice(0, 90).replace(/\|/g, "\\|")} |`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write("| case | exit | wall | peak RSS | first line of stderr |\n|---|---|---|---|---|\n");
  await main();
}
