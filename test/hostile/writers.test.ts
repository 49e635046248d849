// Hostile input for the writers (issue #14, items 2, 5, 8 and 9): no output is ever written over an
// input, CSV outputs are safe to open in a spreadsheet, killed runs leave no temporary files, and
// `inspect` exits 2 on what is not a table, like `validate`. Every fixture is generated here.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CiudataError } from "../../packages/core/src/index";
import type { ChallengePack } from "../../packages/hackathon/src/index";
import { writeChallengePack } from "../../packages/hackathon/src/node/index";
import { formatCsvRow, parseRows, resolveDialect, writeCsv } from "../../packages/table/src/index";
import { writeFileAtomic } from "../../packages/table/src/node/index";
import { runCli } from "../support/cli";

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ciudata-hostile-writers-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let n = 0;
async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = join(work, `case-${++n}`);
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

const cli = (cwd: string, argv: string[], lang = "es") => runCli(["--lang", lang, ...argv], { cwd });

const PII =
  "dni,nombre,sexo,edad,barrio\n30111222,Ana Pérez,Mujer,34,Centro\n28999111,Luis Gómez,Varón,61,Norte\n";

describe("2. no output is written over an input", () => {
  const cases: Array<{ name: string; argv: string[]; files?: Record<string, string> }> = [
    { name: "validate", argv: ["validate", "x.csv", "--out", "x.csv"] },
    { name: "validate --schema", argv: ["validate", "x.csv", "--schema", "s.json", "--out", "s.json"] },
    { name: "validate --profile", argv: ["validate", "x.csv", "--profile", "p.json", "--out", "./p.json"] },
    {
      name: "validate datapackage.json",
      argv: ["validate", "datapackage.json", "--out", "x.csv"],
      files: { "datapackage.json": '{"resources":[{"name":"x","path":"x.csv"}]}' },
    },
    { name: "privacy scan", argv: ["privacy", "scan", "x.csv", "--out", "x.csv"] },
    { name: "privacy risk", argv: ["privacy", "risk", "x.csv", "--qi", "sexo,edad", "--out", "x.csv"] },
    { name: "schema infer", argv: ["schema", "infer", "x.csv", "--out", "x.csv"] },
    { name: "disaggregation check", argv: ["disaggregation", "check", "x.csv", "--out", "x.csv"] },
    { name: "disaggregation normalize", argv: ["disaggregation", "normalize", "x.csv", "--out", "x.csv"] },
    {
      name: "disaggregation normalize --mapping-out",
      argv: [
        "disaggregation",
        "normalize",
        "x.csv",
        "--out",
        "n.csv",
        "--mapping",
        "m.json",
        "--mapping-out",
        "m.json",
      ],
      files: { "m.json": '{"mappings":{}}' },
    },
    {
      name: "disaggregation aggregate",
      argv: ["disaggregation", "aggregate", "x.csv", "--by", "sexo", "--out", "sub/../x.csv"],
    },
    { name: "strategy report", argv: ["strategy", "report", "e.json", "--out", "e.json"] },
  ];

  it.each(cases)("2. $name refuses --out equal to an input, with exit 2, and leaves it intact", async (c) => {
    const files = { "x.csv": PII, "s.json": '{"fields":[]}', "p.json": "{}", "e.json": "{}", ...c.files };
    const dir = await folder(files);
    const r = await cli(dir, c.argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain("es el mismo archivo que la entrada");
    expect(r.err).toContain("elija otro nombre con --out");
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    for (const [name, data] of Object.entries(files))
      expect(await readFile(join(dir, name), "utf8")).toBe(data);
    expect((await readdir(dir)).sort()).toEqual(Object.keys(files).sort());
  });

  it("2. the refusal sees through a symbolic link to the input's folder, in every language", async () => {
    const dir = await folder();
    await mkdir(join(dir, "real"));
    await writeFile(join(dir, "real", "x.csv"), PII);
    await symlink(join(dir, "real"), join(dir, "link"));
    for (const [lang, words] of [
      ["en", "is the same file as the input"],
      ["pt", "é o mesmo arquivo que a entrada"],
    ] as const) {
      const r = await cli(dir, ["validate", "link/x.csv", "--out", resolve(dir, "real/x.csv")], lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(words);
      expect(await readFile(join(dir, "real", "x.csv"), "utf8")).toBe(PII);
    }
    // A different name in the same folder is fine.
    const ok = await cli(dir, ["validate", "link/x.csv", "--out", "real/x.report.json"]);
    expect(ok.code).not.toBe(2);
    expect(JSON.parse(await readFile(join(dir, "real", "x.report.json"), "utf8"))).toHaveProperty("valid");
  });

  it("2. a hackathon pack is never written over the challenge or rubric it was made from", async () => {
    const dir = await folder({ "challenge.json": '{"id":"mine"}' });
    const pack = {
      files: { "README.md": "# pack\n", "challenge.json": '{"id":"pack"}' },
    } as unknown as ChallengePack;
    const error = await writeChallengePack(pack, dir, { inputs: [join(dir, "challenge.json")] }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(CiudataError);
    expect((error as CiudataError).errors[0]?.type).toBe("output-is-input");
    // Checked before the first file: nothing was written.
    expect(await readdir(dir)).toEqual(["challenge.json"]);
    expect(await readFile(join(dir, "challenge.json"), "utf8")).toBe('{"id":"mine"}');
    // And nothing outside the pack folder, either.
    const outside = { files: { "../fuera.txt": "x" } } as unknown as ChallengePack;
    await expect(writeChallengePack(outside, dir)).rejects.toBeInstanceOf(CiudataError);
  });
});

describe("5. unreadable input", () => {
  it("5. inspect exits 2 on a file that is not a table, like validate", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const dir = await folder({ "foto.csv": png, "datos.csv": gzipSync(PII) });
    for (const file of ["foto.csv", "datos.csv"]) {
      const inspect = await cli(dir, ["inspect", file]);
      expect(inspect.code).toBe(2);
      expect(inspect.out).toContain("No es una tabla");
      const json = await cli(dir, ["inspect", file, "--json"]);
      expect(json.code).toBe(2);
      expect((await cli(dir, ["validate", file])).code).toBe(2);
      // schema infer does not make up a schema of "‰PNG" fields either.
      const schema = await cli(dir, ["schema", "infer", file]);
      expect(schema.code).toBe(2);
      expect(schema.out).toBe("");
    }
    // A readable table still exits 0.
    expect((await cli(await folder({ "ok.csv": PII }), ["inspect", "ok.csv"])).code).toBe(0);
  });
});

/** A cell as a spreadsheet would take it: the text after CSV unquoting. */
async function readBack(text: string): Promise<string[][]> {
  async function* one() {
    yield text;
  }
  const rows: string[][] = [];
  for await (const batch of parseRows(one(), resolveDialect({ lineTerminator: "\n" }))) {
    for (const r of batch) rows.push(r.cells);
  }
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

describe("8. formula injection", () => {
  it("8. CSV outputs escape formula-leading cells, leave numbers alone, and --no-formula-escape turns it off", async () => {
    const csv =
      'nombre,sexo,edad,saldo\n"=HYPERLINK(""http://x"",""ver"")",Mujer,34,-3\n@SUM(A1),Varón,61,"-3,5"\n+1+cmd,Mujer,20,+4\n-2+3,Varón,40,-1e3\n';
    const dir = await folder({ "x.csv": csv });
    const safe = await cli(dir, ["disaggregation", "normalize", "x.csv", "--out", "n.csv"]);
    expect(safe.code).not.toBe(2);
    const rows = await readBack(await readFile(join(dir, "n.csv"), "utf8"));
    expect(rows.map((r) => r[0])).toEqual([
      "nombre",
      `'=HYPERLINK("http://x","ver")`,
      "'@SUM(A1)",
      "'+1+cmd",
      "'-2+3",
    ]);
    expect(rows.map((r) => r[3])).toEqual(["saldo", "-3", "-3,5", "+4", "-1e3"]);
    await cli(dir, ["disaggregation", "normalize", "x.csv", "--out", "raw.csv", "--no-formula-escape"]);
    const raw = await readBack(await readFile(join(dir, "raw.csv"), "utf8"));
    expect(raw.map((r) => r[0])).toEqual([
      "nombre",
      '=HYPERLINK("http://x","ver")',
      "@SUM(A1)",
      "+1+cmd",
      "-2+3",
    ]);
    // aggregate writes the dimension values it was given: a crafted barrio is escaped too.
    const agg = await folder({ "m.csv": `sexo,barrio\n${"Mujer,=cmd|' /C calc'!A0\n".repeat(6)}` });
    const out = await cli(agg, [
      "disaggregation",
      "aggregate",
      "m.csv",
      "--by",
      "sexo,barrio",
      "--out",
      "a.csv",
    ]);
    expect(out.code).toBe(0);
    const cells = (await readBack(await readFile(join(agg, "a.csv"), "utf8"))).flat();
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells.some((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !PLAIN_NUMBER.test(c)))).toBe(false);
  });

  it("8. property: rows round-trip without escaping; with it, no cell starts a formula unless a plain number", async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ maxLength: 10 }))
        .map(([a, b]) => a + b),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map((i) => String(i).replace(/(\d)(\d{2})$/, "$1,$2")),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(row, async (cells) => {
        const [plain] = await readBack(`${formatCsvRow(cells, { escapeFormulas: false })}\n`);
        expect(plain).toEqual(cells);
        const [escaped] = await readBack(`${formatCsvRow(cells)}\n`);
        expect(escaped).toHaveLength(cells.length);
        for (let i = 0; i < cells.length; i++) {
          const got = escaped?.[i] as string;
          const original = cells[i] as string;
          if (/^[=+\-@\t\r]/.test(got)) expect(got).toMatch(PLAIN_NUMBER);
          // Escaping only ever adds the leading apostrophe.
          expect(got === original || got === `'${original}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(writeCsv([["=1"]], { escapeFormulas: false })).toBe("=1");
  });
});

/** Bundles a child script that writes through `writeFileAtomic` and stops mid-write. */
async function writerScript(): Promise<string> {
  const dir = await folder();
  const entry = join(dir, "child.ts");
  const source = fileURLToPath(new URL("../../packages/table/src/node/write-atomic.ts", import.meta.url));
  await writeFile(
    entry,
    `import { writeFileAtomic } from ${JSON.stringify(source)};
const target = process.argv[2] as string;
async function* data() {
  yield "x".repeat(1 << 20);
  process.stdout.write("started\\n");
  await new Promise(() => {});
}
setInterval(() => {}, 1 << 30);
await writeFileAtomic(target, data());
`,
  );
  const outfile = join(dir, "child.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

function started(child: ChildProcess): Promise<void> {
  return new Promise((ok, fail) => {
    let text = "";
    child.stdout?.on("data", (d) => {
      text += String(d);
      if (text.includes("started")) ok();
    });
    child.on("exit", (code, signal) => fail(new Error(`child ended early: ${code ?? signal}`)));
  });
}

const ended = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on("exit", (code, signal) => ok({ code, signal })),
  );

const temps = async (dir: string) => (await readdir(dir)).filter((f) => /\.(tmp|part)$/.test(f));

describe("9. temporary files", () => {
  let script = "";
  beforeAll(async () => {
    script = await writerScript();
  }, 60_000);

  it.each(["SIGTERM", "SIGINT"] as const)(
    "9. a write killed by %s removes its temporary file and dies of the signal",
    async (signal) => {
      const dir = await folder();
      const target = join(dir, "salida.csv");
      const child = spawn(process.execPath, [script, target], { stdio: ["ignore", "pipe", "inherit"] });
      const exit = ended(child);
      await started(child);
      const during = await temps(dir);
      expect(during).toHaveLength(1);
      expect(during[0]).toMatch(new RegExp(`^\\.salida\\.csv\\.${child.pid}\\.[0-9a-f]{12}\\.tmp$`));
      child.kill(signal);
      expect(await exit).toEqual({ code: null, signal });
      expect(await readdir(dir)).toEqual([]);
    },
    60_000,
  );

  it("9. leftovers of a process killed hard are swept on the next write in the folder", async () => {
    const dir = await folder();
    const child = spawn(process.execPath, [script, join(dir, "a.csv")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exit = ended(child);
    await started(child);
    child.kill("SIGKILL");
    await exit;
    expect(await temps(dir)).toHaveLength(1); // SIGKILL cannot be caught: the file stays…
    // …a file of a live process (ours, here the parent's PID) is not touched…
    const alive = `.b.csv.${process.ppid}.0123456789ab.tmp`;
    await writeFile(join(dir, alive), "still being written");
    await writeFileAtomic(join(dir, "c.csv"), "id\n1\n");
    // …and the dead one's is gone.
    expect((await readdir(dir)).sort()).toEqual([alive, "c.csv"].sort());
  }, 60_000);
});
