// Pathological inputs of issue #14 and the commands that must survive them. Used by
// test/hostile/pathological.test.ts (which asserts behaviour and memory, never time) and, run as a
// script, to measure each command's wall time and peak RSS: `node bench/hostile.mjs` (after `pnpm build`).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
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
      cases.push({
        name: `${argv
          .filter((a) => !/^[{-]/.test(a))
          .slice(0, 2)
          .join(" ")} · ${input}`,
        argv,
        input: files[input],
      });
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

/** The heading of this bench's section in bench/RESULTS.md (bench/run.mjs keeps it when it rewrites the file). */
export const HOSTILE_HEADING = "## Hostile input (issue #14)";

/** Replaces the section that starts with `heading` (up to the next `## `) in `md`, or appends it. */
export function withSection(md, heading, section) {
  const at = md.indexOf(heading);
  if (at === -1) return `${md.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = md.indexOf("\n## ", at + heading.length);
  return `${md.slice(0, at)}${section.trimEnd()}\n${next === -1 ? "" : `\n${md.slice(next + 1)}`}`;
}

/** The section of `md` that starts with `heading`, or "" (for bench/run.mjs to carry it over). */
export function sectionOf(md, heading) {
  const at = md.indexOf(heading);
  if (at === -1) return "";
  const next = md.indexOf("\n## ", at + heading.length);
  return md.slice(at, next === -1 ? undefined : next + 1);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-hostile-"));
  try {
    const files = writeHostileInputs(dir);
    const rows = [];
    for (const c of hostileCases(files)) {
      const r = await runCase(c, dir, { timeoutMs: 60_000 });
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
  const head = "| case | exit | wall | peak RSS | first line of stderr |\n|---|---|---|---|---|\n";
  process.stdout.write(head);
  const load = loadavg()[0];
  const rows = await main();
  const section = `${HOSTILE_HEADING}

Every command on the pathological inputs of issue #14, each in its own process (built CLI, \`node bench/hostile.mjs\`,
${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, 1-minute load average ${load.toFixed(2)} before and ${loadavg()[0].toFixed(2)} after).
Targets: each case ends in under 10 s with peak RSS under 500 MB; a refusal with a clear message counts.
The 1 MB line is \`a,a,…\` (524,288 columns that all want the same name); the wide header has 150,000 distinct
names; the pattern is \`(a+)+$\` against 31 and 40 a's and a \`!\`; the deep schema is 200,000 nested arrays.
\`test/hostile/pathological.test.ts\` asserts the exit codes, the messages and the memory (not the time).

${head}${rows.join("\n")}
`;
  const results = join(ROOT, "bench", "RESULTS.md");
  const md = existsSync(results) ? readFileSync(results, "utf8") : "# Benchmarks\n";
  writeFileSync(`${results}.tmp`, withSection(md, HOSTILE_HEADING, section));
  renameSync(`${results}.tmp`, results);
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** A number with `d` decimals, and an integer with thousands separators, as the sections print them. */
export const fmt = (n, d = 2) => n.toFixed(d);
export const int = (n) => n.toLocaleString("en");
