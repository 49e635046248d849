import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { maskCell } from "@ciudata/core";
import { CLEAN_STEPS } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { CLEAN_STEP_NAMES } from "./command";
import { changesMatchDiff, type LogEntry } from "./diff.test-helper";
import { maskOf } from "./fixers";

const MESSY =
  "\ufeffbarrio;monto;fecha;sexo;nombre\r\n Centro ;1.234,5;31/01/2024;Varón;Ana Pérez\r\nNorte;2,5;01/02/2024;mujer;Juan Gómez \r\n;;;;\r\nNorte;2,5;01/02/2024;mujer;Juan Gómez\r\n";

async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "ciudata-clean-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(d, name), data);
  return d;
}

async function clean(args: string[], env: Record<string, string> = {}) {
  const c = capture(env);
  const code = await run(["clean", ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata clean", () => {
  it("declares the steps @ciudata/table names, in its order", () => {
    expect([...CLEAN_STEP_NAMES]).toEqual([...CLEAN_STEPS]);
  });

  it("writes the clean table and logs every change, personal values masked, counts per step in Spanish", async () => {
    const d = await folder({ "in.csv": MESSY });
    const r = await clean([
      join(d, "in.csv"),
      "--out",
      join(d, "out.csv"),
      "--steps",
      "all",
      "--log",
      join(d, "log.json"),
    ]);
    expect(r.code).toBe(0);
    expect(await readFile(join(d, "out.csv"), "utf8")).toBe(
      "barrio,monto,fecha,sexo,nombre\nCentro,1234.5,2024-01-31,M,Ana Pérez\nNorte,2.5,2024-02-01,F,Juan Gómez\n",
    );
    const log = JSON.parse(await readFile(join(d, "log.json"), "utf8"));
    const steps = log.changes.map((c: LogEntry) => c.step);
    expect(steps.slice(0, 3)).toEqual(["bom", "delimiter", "line-endings"]);
    expect(log.changes).toContainEqual({
      row: 4,
      column: null,
      step: "blank-rows",
      before: "||||",
      after: "",
    });
    expect(log.changes).toContainEqual(
      expect.objectContaining({ row: 5, step: "duplicate-rows", duplicateOf: 3 }),
    );
    // The name column is personal: its values never show in the log.
    expect(JSON.stringify(log)).not.toContain("Juan");
    expect(JSON.stringify(log)).not.toContain("Ana Pérez");
    expect(log.summary).toMatchObject({
      rowsIn: 4,
      rowsOut: 2,
      counts: { trim: 2, "blank-rows": 1, "duplicate-rows": 1 },
    });
    expect(r.out).toContain("filas escritas: 2");
    expect(r.out).toContain("filas vacías quitadas: 1");
    // The input is untouched.
    expect(await readFile(join(d, "in.csv"), "utf8")).toBe(MESSY);
  });

  it("changes only what it logs: no step, no change (the delimiter and line endings aside, logged once)", async () => {
    const d = await folder({ "in.csv": MESSY });
    const r = await clean([
      join(d, "in.csv"),
      "--out",
      join(d, "out.csv"),
      "--steps",
      "trim",
      "--log",
      join(d, "log.json"),
      "--mask-all",
    ]);
    expect(r.code).toBe(0);
    const log = JSON.parse(await readFile(join(d, "log.json"), "utf8"));
    expect(changesMatchDiff(MESSY.slice(1), await readFile(join(d, "out.csv"), "utf8"), log.changes)).toEqual(
      [],
    );
  });

  it("leaves an ambiguous day/month column alone and says how to name its format; --date-format converts it", async () => {
    const d = await folder({ "in.csv": "fecha,n\n01/02/2024,1\n03/04/2024,2\n" });
    const r = await clean([join(d, "in.csv"), "--out", join(d, "out.csv"), "--steps", "iso-dates"], {
      LANG: "en",
    });
    expect(r.code).toBe(0);
    expect(await readFile(join(d, "out.csv"), "utf8")).toBe("fecha,n\n01/02/2024,1\n03/04/2024,2\n");
    expect(r.out).toContain('--date-format "fecha=%m/%d/%Y"');
    const named = await clean([
      join(d, "in.csv"),
      "--out",
      join(d, "out.csv"),
      "--steps",
      "iso-dates",
      "--date-format",
      "fecha=%d/%m/%Y",
    ]);
    expect(named.code).toBe(0);
    expect(await readFile(join(d, "out.csv"), "utf8")).toBe("fecha,n\n2024-02-01,1\n2024-04-03,2\n");
  });

  it("seeds a spelling mapping from validate's suggestions, which --variants then applies", async () => {
    const rows = ["provincia", ...Array(5).fill("Córdoba"), "CORDOBA", "cordoba ", ...Array(3).fill("Salta")];
    const d = await folder({ "in.csv": `${rows.join("\n")}\n` });
    const s = await clean([join(d, "in.csv"), "--suggest-variants", join(d, "variantes.json")]);
    expect(s.code).toBe(0);
    const mapping = JSON.parse(await readFile(join(d, "variantes.json"), "utf8"));
    expect(mapping).toEqual({ provincia: { CORDOBA: "Córdoba", cordoba: "Córdoba" } });
    await writeFile(
      join(d, "variantes.csv"),
      "columna,de,a\nprovincia,CORDOBA,Córdoba\nprovincia,cordoba,Córdoba\n",
    );
    const r = await clean([
      join(d, "in.csv"),
      "--out",
      join(d, "out.csv"),
      "--steps",
      "trim,variants",
      "--variants",
      join(d, "variantes.csv"),
    ]);
    expect(r.code).toBe(0);
    const out = await readFile(join(d, "out.csv"), "utf8");
    expect(out.split("\n").filter((l) => l.startsWith("C"))).toEqual(Array(7).fill("Córdoba"));
  });

  it("refuses to write over its input, also through a link or another spelling of the path", async () => {
    const d = await folder({ "in.csv": MESSY });
    await mkdir(join(d, "sub"));
    await symlink(join(d, "in.csv"), join(d, "link.csv"));
    for (const out of [join(d, "in.csv"), join(d, "sub", "..", "in.csv"), join(d, "link.csv")]) {
      const r = await clean([join(d, "in.csv"), "--out", out, "--steps", "trim"]);
      expect(r.code).toBe(2);
    }
    const log = await clean([
      join(d, "in.csv"),
      "--out",
      join(d, "o.csv"),
      "--log",
      join(d, "link.csv"),
      "--steps",
      "trim",
    ]);
    expect(log.code).toBe(2);
    expect(await readFile(join(d, "in.csv"), "utf8")).toBe(MESSY);
    expect(existsSync(join(d, "o.csv"))).toBe(false);
  });

  it("writes nothing (no table, no log, no temporary file) when the input cannot be read to the end", async () => {
    const broken = `a,b\n${"1,x\n".repeat(3000)}2,"never closed\n3,y\n`;
    const d = await folder({ "in.csv": broken, "doc.pdf": "%PDF-1.7\n%âãÏÓ\n1 0 obj\n" });
    for (const input of ["in.csv", "doc.pdf"]) {
      const r = await clean([
        join(d, input),
        "--out",
        join(d, "out.csv"),
        "--log",
        join(d, "log.csv"),
        "--steps",
        "all",
      ]);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect((await readdir(d)).sort()).toEqual(["doc.pdf", "in.csv"]);
  });

  it("reads a profile and places its mistakes (file, key, what was expected), in the user's language", async () => {
    const d = await folder({
      "in.csv": "a\n x\n",
      "ok.json": JSON.stringify({ steps: { trim: true } }),
      "bad.json": JSON.stringify({ steps: { trim: "yes" } }),
    });
    expect(
      (await clean([join(d, "in.csv"), "--out", join(d, "o.csv"), "--profile", join(d, "ok.json")])).code,
    ).toBe(0);
    expect(await readFile(join(d, "o.csv"), "utf8")).toBe("a\nx\n");
    const bad = await clean(
      [join(d, "in.csv"), "--out", join(d, "p.csv"), "--profile", join(d, "bad.json")],
      { LANG: "en" },
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("bad.json");
    expect(bad.err).toContain("steps.trim");
    expect(existsSync(join(d, "p.csv"))).toBe(false);
    const none = await clean([join(d, "in.csv"), "--out", join(d, "p.csv")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--steps");
  });
});

// Messy cells: spaces around, doubled inside, decimal commas, day-first dates, blanks.
const cell = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "Centro",
    " Centro",
    "Centro ",
    "Villa  Crespo",
    "1,5",
    "2,25",
    "10",
    "31/01/2024",
    "s/d",
  ),
  fc.integer({ min: -999, max: 999 }).map((n) => `${n},${Math.abs(n) % 10}`),
);
const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc
    .array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })
    .map((rows) => ({
      width,
      rows,
    })),
);

describe("ciudata clean (property)", () => {
  it("decides a column on the rows it keeps: a repeat that trimming makes does not change the decision", async () => {
    // " Centro" trimmed repeats "Centro" and is dropped; with one "Centro" left the column reads as
    // numbers with a missing-value token, so its decimal commas are converted on the first pass already.
    const d = await folder();
    const input = 'c0\n"2,25"\n"0,0"\n Centro\n"1,1"\n10\n"2,2"\n"3,3"\n"-1,1"\nCentro\n"4,4"\n"-2,2"\n';
    await writeFile(join(d, "in.csv"), input);
    const args = ["--steps", "all", "--mask-all"];
    const first = await clean([join(d, "in.csv"), "--out", join(d, "o1.csv"), ...args]);
    expect(first.code, first.err).toBe(0);
    const second = await clean([
      join(d, "o1.csv"),
      "--out",
      join(d, "o2.csv"),
      "--log",
      join(d, "l2.json"),
      ...args,
    ]);
    expect(second.code, second.err).toBe(0);
    expect(await readFile(join(d, "o2.csv"), "utf8")).toBe(await readFile(join(d, "o1.csv"), "utf8"));
    expect(JSON.parse(await readFile(join(d, "l2.json"), "utf8")).changes).toEqual([]);
  });

  it("is idempotent, and every difference between input and output is in the log, and only those", async () => {
    const d = await folder();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(",", ";"), async ({ width, rows }, delimiter) => {
        n++;
        const header = Array.from({ length: width }, (_, i) => `c${i}`).join(delimiter);
        const body = rows.map((r) => r.map((v) => (v.includes(delimiter) ? `"${v}"` : v)).join(delimiter));
        const input = `${header}\n${body.join("\n")}\n`;
        const [inPath, out1, out2, log1, log2] = ["in", "o1", "o2", "l1", "l2"].map((x) =>
          join(d, `${x}-${n}`),
        );
        await writeFile(inPath as string, input);
        const args = ["--steps", "all", "--mask-all"];
        const first = await clean([
          inPath as string,
          "--out",
          out1 as string,
          "--log",
          `${log1}.json`,
          ...args,
        ]);
        expect(first.code).toBe(0);
        const cleaned = await readFile(out1 as string, "utf8");
        const log = JSON.parse(await readFile(`${log1}.json`, "utf8"));
        expect(changesMatchDiff(input, cleaned, log.changes)).toEqual([]);
        const second = await clean([
          out1 as string,
          "--out",
          out2 as string,
          "--log",
          `${log2}.json`,
          ...args,
        ]);
        expect(second.code).toBe(0);
        expect(await readFile(out2 as string, "utf8")).toBe(cleaned);
        expect(JSON.parse(await readFile(`${log2}.json`, "utf8")).changes).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the log's mask (remembered per value)", () => {
  it("masks a personal column's values as maskCell does, however often they come, and leaves the others", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.string({ maxLength: 12 })), { maxLength: 40 }),
        (cells) => {
          const mask = maskOf(new Set([0, 2]));
          for (const [i, v] of [...cells, ...cells]) expect(mask(v, i)).toBe(i === 1 ? v : maskCell(v));
        },
      ),
    );
    expect(maskOf(null)("12345678", 0)).toBe("12345678");
    expect(maskOf(new Set([0]))("12345678", 0)).not.toContain("2345");
  });
});
