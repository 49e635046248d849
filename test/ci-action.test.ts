// The GitHub Action (action.yml) run through its composite steps, and the pre-commit hook run as a plain
// git hook, on a sample repository made here, with the built CLI (`pnpm test` builds first; without
// dist or git this skips, saying so).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/dist/bin.js");
const command = `${process.execPath} ${bin}`;
const hasGit = spawnSync("git", ["--version"]).status === 0;
const ready = existsSync(bin) && hasGit;
if (!ready)
  console.warn("[ciudata] skipping the CI action test: needs git and packages/cli/dist (pnpm build)");

interface Step {
  name: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

/** Runs a command in a folder; throws with its output when it fails. */
function sh(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

async function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A repository with two commits; the second breaks `data/padron.csv` and adds files the globs skip. */
async function sampleRepo() {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-action-"));
  sh(dir, "git", ["init", "-q", "-b", "main"]);
  sh(dir, "git", ["config", "user.email", "ci@example.org"]);
  sh(dir, "git", ["config", "user.name", "CI"]);
  const good = "id,barrio,edad\n1,Centro,30\n2,Norte,41\n3,Sur,52\n";
  const schema = {
    fields: ["id", "barrio", "edad", "dni"].map((name) => ({
      name,
      type: name === "barrio" ? "string" : "integer",
    })),
  };
  await write(dir, {
    "data/padron.csv": good,
    "data/barrios.csv": "id,barrio\n1,Centro\n",
    "schema.json": JSON.stringify(schema),
    "README.md": "x\n",
  });
  sh(dir, "git", ["add", "-A"]);
  sh(dir, "git", ["commit", "-q", "-m", "first"]);
  const before = sh(dir, "git", ["rev-parse", "HEAD"]);
  // Rows 3–4 blank, rows 5–6 with ages that are not numbers, row 7 with a DNI typed wrong (personal).
  await write(dir, {
    "data/padron.csv":
      "id,barrio,edad,dni\n1,Centro,30,20123456\n,,,\n,,,\n2,Norte,x,20123457\n3,Sur,y,20123458\n4,Oeste,40,2O12345X\n",
    "data/notas.txt": "no es un dato\n",
    "docs/leeme.md": "y\n",
  });
  sh(dir, "git", ["add", "-A"]);
  sh(dir, "git", ["commit", "-q", "-m", "second"]);
  return { dir, before, head: sh(dir, "git", ["rev-parse", "HEAD"]) };
}

/** `${{ a.b.c }}` from a context; every expression in action.yml is a plain path. */
function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, path: string) => {
    let value: unknown = context;
    for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? "" : String(value);
  });
}

/** The `name<<DELIM … DELIM` and `name=value` lines a step wrote to GITHUB_OUTPUT. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i] as string);
      out[heredoc[1] as string] = body.join("\n");
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

/** Runs the action's composite steps as GitHub does (bash -eo pipefail, inputs, env, outputs). */
function runAction(cwd: string, inputs: Record<string, string>, event: Record<string, unknown>) {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as Action;
  const given = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? ""]),
  );
  const tmp = mkdtempSync(join(tmpdir(), "ciudata-runner-"));
  const summary = join(tmp, "summary.md");
  writeFileSync(summary, "");
  const context = {
    inputs: given,
    github: { event, action_path: root },
    steps: {} as Record<string, unknown>,
  };
  const results: { name: string; code: number | null; out: string; err: string }[] = [];
  expect(action.runs.using).toBe("composite");
  for (const step of action.runs.steps) {
    expect(step.shell).toBe("bash");
    const output = join(tmp, `${step.id ?? "step"}.out`);
    writeFileSync(output, "");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: tmp,
      GITHUB_ACTION_PATH: root,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(String(v), context);
    const script = join(tmp, "step.sh");
    writeFileSync(script, evaluate(step.run, context));
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd,
      env,
      encoding: "utf8",
    });
    results.push({ name: step.name, code: r.status, out: r.stdout, err: r.stderr });
    if (step.id) context.steps[step.id] = { outputs: readOutputs(readFileSync(output, "utf8")) };
    if (r.status !== 0) break;
  }
  return { results, summary: readFileSync(summary, "utf8"), steps: context.steps };
}

describe.skipIf(!ready)("the GitHub Action (action.yml), step by step", () => {
  let repo: Awaited<ReturnType<typeof sampleRepo>>;
  beforeAll(async () => {
    repo = await sampleRepo();
  }, 60_000);

  it("validates only the data files the push changed, annotates rows and columns, and fails", () => {
    const { results, summary, steps } = runAction(
      repo.dir,
      { command, lang: "en", schema: "schema.json" },
      { before: repo.before, after: repo.head },
    );
    expect(steps.files).toEqual({ outputs: { files: "data/padron.csv" } });
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ["Find the data files that changed", 0],
      ["Validate them", 1],
    ]);
    expect(results[1]?.out.split("\n")).toEqual([
      "::error file=data/padron.csv,line=3,endLine=4,title=Blank row (blank-row)::rows 3–4: blank row (2)",
      "::error file=data/padron.csv,line=5,endLine=6,col=3,title=Type error (type-error)::rows 5–6, column “edad”: type error (2)",
      "::error file=data/padron.csv,line=7,col=4,title=Type error (type-error)::Row 7, column 4 (dni): the value does not have the column's type or format; expected: integer; valid example: 42; found: «2X#####X» (masked).",
      "",
    ]);
    // Never a personal value in clear.
    expect(results[1]?.out).not.toContain("2O12345X");
    expect(summary).toContain("## `data/padron.csv`\n\n## Data quality report\n");
    expect(summary).toContain(
      "- **padron** (padron.csv): ✘ has errors — 4 data rows, 2 blank lines, 4 columns, 5 errors, 0 warnings",
    );
    expect(summary).toContain("| 3–4 |  |  | rows 3–4: blank row (2) |");
    expect(summary).not.toContain("2O12345X");
    expect(summary).not.toContain("barrios.csv");
  }, 180_000);

  it("passes when the changed files are clean, and compares with a pull request's base", () => {
    const { results, summary } = runAction(
      repo.dir,
      { command, lang: "es", schema: "schema.json", args: "--skip-errors blank-row,type-error" },
      { before: "", pull_request: { base: { sha: repo.before } } },
    );
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results[1]?.out).toContain(
      "::notice file=data/padron.csv::sin mostrar: 2 hallazgos de «Fila vacía» (blank-row).",
    );
    expect(summary).toContain("## `data/padron.csv`");
  }, 180_000);

  it("checks every tracked data file on a branch's first push, and says so when none changed", () => {
    const first = runAction(repo.dir, { command, lang: "en" }, { before: "0".repeat(40) });
    expect(first.steps.files).toEqual({ outputs: { files: "data/barrios.csv\ndata/padron.csv" } });
    const none = runAction(repo.dir, { command }, { before: repo.head });
    expect(none.results.map((r) => r.code)).toEqual([0, 0]);
    expect(none.summary).toBe("ciudata validate: no data file changed.\n");
  }, 180_000);
});

describe.skipIf(!ready)("the pre-commit hook (.pre-commit-hooks.yaml) as a plain git hook", () => {
  it("refuses a commit whose staged CSV has errors and lets a clean one through", async () => {
    const [hook] = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as {
      entry: string;
      files: string;
    }[];
    if (!hook) throw new Error("no hook");
    const dir = mkdtempSync(join(tmpdir(), "ciudata-hook-"));
    sh(dir, "git", ["init", "-q", "-b", "main"]);
    sh(dir, "git", ["config", "user.email", "ci@example.org"]);
    sh(dir, "git", ["config", "user.name", "CI"]);
    // What pre-commit does: the entry with the staged files its `files` pattern matches.
    const script = [
      "#!/usr/bin/env bash",
      `mapfile -t files < <(git diff --cached --name-only --diff-filter=ACMR | grep -E '${hook.files}')`,
      `exec bash '${join(root, hook.entry)}' "\${files[@]}"`,
    ].join("\n");
    writeFileSync(join(dir, ".git/hooks/pre-commit"), `${script}\n`);
    chmodSync(join(dir, ".git/hooks/pre-commit"), 0o755);
    const commit = (files: Record<string, string>) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      sh(dir, "git", ["add", "-A"]);
      return spawnSync("git", ["commit", "-q", "-m", "data"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, CIUDATA_BIN: command, CIUDATA_LANG: "en" },
      });
    };
    const bad = commit({ "padron.csv": "id,edad\n1,30\n,\n2,40\n", "notas.txt": "x\n" });
    expect(bad.status).toBe(1);
    // Git shows a hook's output on standard error.
    expect(bad.stderr).toContain("padron: ✘ has errors");
    expect(spawnSync("git", ["rev-parse", "HEAD"], { cwd: dir }).status).not.toBe(0);
    const good = commit({ "padron.csv": "id,edad\n1,30\n2,40\n" });
    expect(good.status).toBe(0);
    expect(good.stderr).toContain("padron: ✔ valid");
  }, 180_000);
});
