// Issue #14, privacy's part: anonymize and suppress (and privacy scan/risk) under hostile input.
// Every fixture is generated here, in a temporary folder.
import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CiudataError } from "../../packages/core/src/index";
import {
  anonymizeTable,
  measureRisk,
  scanTable,
  suppressCounts,
  suppressSmallCells,
} from "../../packages/privacy/src/index";
import { runCli } from "../support/cli";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-hostile-privacy-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI in English in `cwd`, returning exit code and output. */
const cli = (argv: string[], cwd = dir) => runCli(argv, { cwd, lang: "en" });

/** A fresh folder for one test. */
async function folder(name: string): Promise<string> {
  const d = join(dir, name);
  await mkdir(d, { recursive: true });
  return d;
}

const PII = "nombre,dni,edad,barrio\nJuan Pérez,20123456,34,Palermo\nAna Gómez,27345678,36,Palermo\n";
const PLAN = { columns: { nombre: { action: "drop" }, dni: { action: "drop" } } };

/** Files whose first bytes say they are not a text table. */
const NOT_TABLES: Array<[string, Uint8Array]> = [
  [
    "png",
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  ],
  [
    "gzip",
    new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c, 0x4a, 6, 0, 0xc2, 0x41, 0x24, 0x35]),
  ],
  ["zip", new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0x61, 0x2e, 0x63, 0x73, 0x76])],
];

/** Files with no table at all. */
const EMPTY_FILES: Array<[string, Uint8Array]> = [
  ["empty", new Uint8Array(0)],
  ["bom-only", new Uint8Array([0xef, 0xbb, 0xbf])],
  ["blank-lines", new TextEncoder().encode("\n\r\n  \n")],
];

describe("hostile input: privacy", () => {
  it("2. anonymize refuses an --out that is the input through a symlinked folder or a hard link", async () => {
    const d = await folder("out-is-input");
    const input = join(d, "pii.csv");
    await writeFile(input, PII);
    await writeFile(join(d, "plan.json"), JSON.stringify(PLAN));
    await symlink(d, join(d, "same"));
    await link(input, join(d, "hard.csv"));
    for (const out of ["same/pii.csv", "./same/../pii.csv", "hard.csv"]) {
      const r = await cli(["anonymize", "pii.csv", "--plan", "plan.json", "--out", out], d);
      expect(r.code, out).toBe(2);
      expect(r.err).toMatch(/is the same file as the input/);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(await readFile(input, "utf8")).toBe(PII);
    expect((await readdir(d)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("2. suppress refuses an --out that is its input through a symlinked folder", async () => {
    const d = await folder("suppress-out-is-input");
    const table = "zona,a,b\nnorte,12,30\nsur,8,15\n";
    await writeFile(join(d, "t.csv"), table);
    await symlink(d, join(d, "same"));
    const r = await cli(["suppress", "t.csv", "--out", "same/t.csv"], d);
    expect(r.code).toBe(2);
    expect(await readFile(join(d, "t.csv"), "utf8")).toBe(table);
  });

  it("4. anonymize refuses one endless line with a clear error, exit 2, and leaves no temporary file", async () => {
    const d = await folder("long-line");
    // 33 Mi characters and no line break: over the reader's header limit (1 MiB), read in bounded pieces.
    await writeFile(join(d, "line.csv"), "a,".repeat(33 * 512 * 1024));
    await writeFile(join(d, "plan.json"), JSON.stringify({ columns: { a: { action: "drop" } } }));
    const r = await cli(["anonymize", "line.csv", "--plan", "plan.json", "--out", "out.csv"], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Row 1: the header is at least .* characters long/);
    expect(r.err).toMatch(/--limit|limits\.maxHeaderSize/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect((await readdir(d)).sort()).toEqual(["line.csv", "plan.json"]);
    const s = await cli(["suppress", "line.csv"], d);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/the header is at least .* characters long/);
  }, 60_000);

  it("4. suppress keeps nine bytes per cell (typed arrays), not an object and two pairs per cell", async () => {
    const rows = 20_000;
    const cols = 12;
    const table = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => ((r * 7 + c * 13) % 97 < 3 ? 2 : (r + c) % 50)),
    );
    const compact = suppressCounts(table, { threshold: 5 });
    expect(compact.values).toBeInstanceOf(Float64Array);
    expect(compact.status).toBeInstanceOf(Uint8Array);
    expect(compact.values.length).toBe((rows + 1) * (cols + 1));
    expect(compact.status.length).toBe((rows + 1) * (cols + 1));
    expect(compact.primary).toBeGreaterThan(0);
    // The compact form hides exactly the cells the object form does.
    const small = table.slice(0, 40);
    const a = suppressCounts(small, { threshold: 5 });
    const b = suppressSmallCells(small, { threshold: 5 });
    expect([...a.status].map((s) => (s === 0 ? "A" : "Q"))).toEqual(b.cells.flat().map((c) => c.status));
    // And the CLI writes the long CSV of such a table.
    const d = await folder("big-counts");
    const csv = `zona,${Array.from({ length: cols }, (_, c) => `c${c}`).join(",")}\n${table.map((r, i) => `z${i},${r.join(",")}`).join("\n")}\n`;
    await writeFile(join(d, "counts.csv"), csv);
    const r = await cli(["suppress", "counts.csv", "--out", "long.csv"], d);
    expect(r.code).toBe(0);
    const out = await readFile(join(d, "long.csv"), "utf8");
    expect(out.split("\n").length - 2).toBe((rows + 1) * (cols + 1));
  }, 60_000);

  it("5. anonymize exits 1 and reports the classes still below k, without personal values", async () => {
    const d = await folder("k-not-reached");
    await writeFile(
      join(d, "in.csv"),
      "nombre,barrio\nJuan Pérez,Palermo\nAna Gómez,Palermo\nLuis Díaz,Palermo\nEva Ruiz,Recoleta\n",
    );
    await writeFile(
      join(d, "plan.json"),
      JSON.stringify({
        columns: { nombre: { action: "drop" } },
        kAnonymity: { k: 5, qi: ["barrio"], suppressed: "*" },
      }),
    );
    const r = await cli(["anonymize", "in.csv", "--plan", "plan.json", "--out", "out.csv"], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/k=5 not reached: 1 class with 4 records is still below k/);
    expect(r.err).toMatch(/size 4: barrio="\*"/);
    expect(`${r.out}${r.err}`).not.toMatch(/Juan|Pérez|Recoleta/);
    const j = await cli(["anonymize", "in.csv", "--plan", "plan.json", "--out", "out.csv", "--json"], d);
    expect(j.code).toBe(1);
    const report = JSON.parse(j.out);
    expect(report.after.kAnonymous).toBe(false);
    expect(report.belowK).toEqual({
      k: 5,
      classes: 1,
      records: 4,
      examples: [{ size: 4, values: { barrio: "*" } }],
    });
  });

  it("5. suppressing a cell never leaves a class of one: the plan groups suppressed cells as written", async () => {
    // Two records with an empty `sexo` and one "F": blanking "F" merged it with the empty ones on paper,
    // but it was written as "*" and stood alone (after.kAnonymous false, exit 0).
    const csv = "edad,sexo\n31,\n35,\n38,F\n45,M\n46,M\n47,M\n";
    const plan = {
      columns: { edad: { action: "generalize", method: "age-band", width: 10 } },
      kAnonymity: { k: 2, qi: ["edad", "sexo"], suppressed: "*" },
    };
    const { report } = await anonymizeTable(csv, plan);
    expect(report.after?.kAnonymous).toBe(true);
    expect(report.after?.smallestClass).toBeGreaterThanOrEqual(2);
    expect(report.belowK?.classes).toBe(0);
  });

  it("5. anonymize, suppress and privacy scan refuse PNG, gzip and ZIP input with exit 2 and write nothing", async () => {
    const d = await folder("not-tables");
    await writeFile(join(d, "plan.json"), JSON.stringify(PLAN));
    for (const [kind, bytes] of NOT_TABLES) {
      await writeFile(join(d, `${kind}.csv`), bytes);
      const a = await cli(
        ["anonymize", `${kind}.csv`, "--plan", "plan.json", "--out", `${kind}-anon.csv`],
        d,
      );
      expect(a.code, kind).toBe(2);
      expect(a.err, kind).toMatch(/not a CSV/);
      const s = await cli(["suppress", `${kind}.csv`, "--out", `${kind}-long.csv`], d);
      expect(s.code, kind).toBe(2);
      expect(s.err, kind).toMatch(/not a CSV/);
      const scan = await cli(["privacy", "scan", `${kind}.csv`], d);
      expect(scan.code, kind).toBe(2);
      expect(scan.out, kind).not.toMatch(/No personal data found/);
    }
    expect((await readdir(d)).filter((f) => /anon|long|\.tmp$/.test(f))).toEqual([]);
  });

  it("5. privacy scan, privacy risk and suppress refuse empty and BOM-only input with exit 2", async () => {
    const d = await folder("empty");
    for (const [kind, bytes] of EMPTY_FILES) {
      await writeFile(join(d, `${kind}.csv`), bytes);
      for (const argv of [
        ["privacy", "scan", `${kind}.csv`],
        ["privacy", "risk", `${kind}.csv`, "--qi", "edad"],
        ["suppress", `${kind}.csv`],
      ]) {
        const r = await cli(argv, d);
        expect(r.code, `${argv.join(" ")}`).toBe(2);
        expect(r.err, `${argv.join(" ")}`).toMatch(/is empty|has no header and no rows/);
        expect(r.out).not.toMatch(/No personal data found|_T/);
      }
    }
  });

  it("9. anonymize adds no listener per write (no MaxListenersExceededWarning on a large output)", async () => {
    const d = await folder("listeners");
    let csv = "id,barrio,nota\n";
    for (let i = 0; i < 40_000; i++) csv += `${i},Barrio ${i % 7},${"x".repeat(40)}\n`;
    await writeFile(join(d, "in.csv"), csv);
    await writeFile(join(d, "plan.json"), JSON.stringify({ columns: { id: { action: "drop" } } }));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const r = await cli(["anonymize", "in.csv", "--plan", "plan.json", "--out", "out.csv"], d);
      expect(r.code).toBe(0);
      await new Promise((ok) => setTimeout(ok, 50)); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
    expect((await readFile(join(d, "out.csv"), "utf8")).split("\n").length).toBe(40_002);
  }, 60_000);

  it("fuzz: random bytes, CSV-like text and plans throw nothing but CiudataError from scan, risk and anonymize", async () => {
    const cell = fc.constantFrom("a", "b", "", "1", '"', ";", ",", "=1", "\uFEFF", "NA", "\r", "\t");
    const csvLike = fc
      .array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 })
      .map((rows) => new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n")));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), csvLike);
    const plan = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constant({ columns: { a: { action: "drop" } } }),
      fc.constant({ columns: {}, kAnonymity: { k: 2, qi: ["a"], suppressed: "*" } }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, plan, async (input, p) => {
        for (const entry of [
          () => scanTable(input),
          () => measureRisk(input, { qi: ["a"] }),
          () => anonymizeTable(input, p),
        ]) {
          const error = await entry().then(
            () => null,
            (e: unknown) => e,
          );
          if (error !== null) expect(error).toBeInstanceOf(CiudataError);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("hostile input: formula injection in anonymize and suppress", () => {
  it("8. anonymize and suppress escape formula-leading cells by default, leave numbers alone, and --no-formula-escape turns it off", async () => {
    const d = await folder("formulas");
    await writeFile(
      join(d, "padron.csv"),
      'nombre,comentario,saldo\nAna,"=HYPERLINK(""http://x.test"",""clic"")",-3\nLuis,@SUM(A1:A2),-1.234\n',
    );
    await writeFile(join(d, "plan.json"), JSON.stringify({ columns: { nombre: { action: "drop" } } }));
    expect((await cli(["anonymize", "padron.csv", "--plan", "plan.json", "--out", "anon.csv"], d)).code).toBe(
      0,
    );
    const anon = await readFile(join(d, "anon.csv"), "utf8");
    expect(anon).toContain(`"'=HYPERLINK(""http://x.test"",""clic"")"`);
    expect(anon).toContain("'@SUM(A1:A2)");
    expect(anon).toMatch(/,-3\r?\n/); // a negative number is data, not a formula
    expect(anon).toMatch(/,-1\.234\r?\n/);
    const raw = ["anonymize", "padron.csv", "--plan", "plan.json", "--out", "raw.csv", "--no-formula-escape"];
    expect((await cli(raw, d)).code).toBe(0);
    expect(await readFile(join(d, "raw.csv"), "utf8")).toContain("\n@SUM(A1:A2),");

    await writeFile(join(d, "conteos.csv"), "barrio,2023,2024\n=1+1,12,30\n+cmd|' /C calc'!A0,40,50\n");
    expect((await cli(["suppress", "conteos.csv", "--out", "sup.csv"], d)).code).toBe(0);
    const sup = await readFile(join(d, "sup.csv"), "utf8");
    expect(sup).toContain("'=1+1,");
    expect(sup).toMatch(/"'\+cmd\|' \/C calc'!A0"|'\+cmd\|' \/C calc'!A0/);
    expect(sup).not.toMatch(/(^|\n)=1\+1/);
    expect(
      (await cli(["suppress", "conteos.csv", "--out", "sup-raw.csv", "--no-formula-escape"], d)).code,
    ).toBe(0);
    expect(await readFile(join(d, "sup-raw.csv"), "utf8")).toMatch(/(^|\n)=1\+1,/);
  });
});
