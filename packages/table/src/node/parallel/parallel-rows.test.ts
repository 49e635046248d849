import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableError } from "../../report/error";
import type { Report } from "../../report/report";
import type { Check } from "../../runner/check";
import type { ValidateOptions } from "../../runner/options";
import { validateTable } from "../../runner/validate";
import { writeCsv } from "../../write/format";
import { openPath } from "../path";
import { parallelRows } from "./parallel-rows";

// The workers run the BUILT script (dist/node/worker.js): `pnpm test` builds before it tests.
const worker = fileURLToPath(new URL("../../../dist/node/worker.js", import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-parallel-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let files = 0;
async function file(content: string | Uint8Array): Promise<string> {
  const path = join(dir, `t${files++}.csv`);
  await writeFile(path, content);
  return path;
}

/** A key check that only reads values (so rows can be read in parallel) and reports with the row's cells. */
function duplicateIds(): Check {
  const seen = new Map<unknown, number>();
  return {
    name: "test/duplicate-id",
    valuesRead: () => [0],
    onRow(row, ctx) {
      const id = row.values[0];
      if (id === null || id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, row.rowNumber);
      else
        ctx.report({
          ...tableError("primary-key", { rowNumber: row.rowNumber, note: `as row ${first}` }),
          cells: row.cells.map(ctx.mask),
        } as ReturnType<typeof tableError>);
    },
  };
}

const schema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true } },
    { name: "nombre", type: "string" },
    { name: "dni", type: "string", constraints: { pattern: "[0-9]{7,8}" } },
    { name: "barrio", type: "string", constraints: { enum: ["Centro", "Bombal", "Área Fundacional"] } },
    { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
    { name: "alta", type: "date", format: "%d/%m/%Y" },
  ],
  missingValues: ["", "s/d"],
};

/** Rows of a municipal registry with every kind of problem now and then, deterministic. */
function registry(rows: number, { newline = "\n", quoted = false } = {}): string {
  const barrios = ["Centro", "Bombal", "Área Fundacional", "Ciudad Universitaria"];
  const names = ["Ana", "Muñoz, José", 'Pérez "Pepe"', "Íñigo\nSegunda línea", "Zoë"];
  const lines = ["id;nombre;dni;barrio;monto;alta"];
  for (let i = 1; i <= rows; i++) {
    const k = i % 97;
    let name = names[i % names.length] as string;
    if (!quoted) name = name.replace(/[;"\n]/g, "");
    else if (/[;"\n]/.test(name)) name = `"${name.replaceAll('"', '""')}"`;
    const id = k === 5 ? String(i - 3) : k === 6 ? "" : k === 7 ? "x1" : String(i);
    const dni = k === 8 ? "12ab" : String(20_000_000 + i);
    const barrio = barrios[i % barrios.length] as string;
    const monto =
      k === 9 ? "1.234.5" : `${(i * 37) % 250_000}.${String(i % 1000).padStart(3, "0")},${i % 100}`;
    const alta = k === 10 ? "31/02/2020" : `${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 15)}`;
    if (k === 11) lines.push("");
    else if (k === 12) lines.push(`${id};${name};${dni}`);
    else if (k === 13) lines.push(`${id};${name};${dni};${barrio};${monto};${alta};sobra`);
    else lines.push([id, name, dni, barrio, monto, alta].join(";"));
  }
  return `${lines.join(newline)}${newline}`;
}

/** Validates in one pass and in parallel; `options` is called for each run, so checks start fresh. */
async function both(path: string, options: () => ValidateOptions, threads = 2): Promise<[Report, Report]> {
  const once = await validateTable(await openPath(path), options());
  const parallel = await validateTable(await openPath(path), {
    ...options(),
    rowRunner: parallelRows({ threads, minBytes: 0 }),
  });
  return [once, parallel];
}

/** Equal reports; the first differing error is shown on its own (a diff of thousands of errors takes minutes). */
function expectSame(parallel: Report, once: Report): void {
  const a = comparable(parallel);
  const b = comparable(once);
  const ea = a.tasks[0]?.errors ?? [];
  const eb = b.tasks[0]?.errors ?? [];
  const at = ea.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(eb[i]));
  expect(at === -1 ? null : { at, parallel: ea[at], once: eb[at] }).toBeNull();
  expect(ea.length).toBe(eb.length);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

/** The report without what may differ between runs: timings and what the parallel read adds to `detected`. */
function comparable(report: Report) {
  const task = report.tasks[0];
  const { seconds: _r, ...totals } = report.stats;
  if (!task) return { ...report, stats: totals };
  const { seconds: _s, ...stats } = task.stats;
  const { threads: _t, ...detected } = task.detected;
  return { ...report, stats: totals, tasks: [{ ...task, stats, detected }] };
}

describe("parallelRows", () => {
  it("is run from the built worker script", () => {
    expect(
      existsSync(worker),
      "build @ciudata/table first (pnpm build): workers run dist/node/worker.js",
    ).toBe(true);
  });

  it("gives the same report as one pass: same errors, order, row numbers and masked cells", async () => {
    const path = await file(registry(12_000));
    const options = () => ({ schema, limitErrors: Number.POSITIVE_INFINITY, checks: [duplicateIds()] });
    const [once, parallel] = await both(path, options, 3);
    expect(parallel.tasks[0]?.detected.threads).toBe(3);
    expect(once.tasks[0]?.errors.length).toBeGreaterThan(1000);
    expectSame(parallel, once);
    // The check's errors carry the row's real cells, read again from the file, masked.
    const dup = parallel.tasks[0]?.errors.find((e) => e.type === "primary-key") as unknown as {
      cells: string[];
    };
    expect(dup.cells.length).toBe(6);
    expect(dup.cells.join(";")).not.toMatch(/2\d{7}/);
  });

  it("reads quoted cells with delimiters, quotes and line breaks, CRLF files and a BOM alike", async () => {
    const text = registry(8_000, { newline: "\r\n", quoted: true });
    const path = await file(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const [once, parallel] = await both(path, () => ({
      schema,
      limitErrors: 100_000,
      checks: [duplicateIds()],
    }));
    expect(parallel.tasks[0]?.detected.threads).toBe(2);
    expectSame(parallel, once);
  });

  it("reads windows-1252 files", async () => {
    const text = registry(8_000).replaceAll("ë", "e");
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const path = await file(bytes);
    const [once, parallel] = await both(path, () => ({
      schema,
      encoding: "windows-1252",
      limitErrors: 100_000,
    }));
    expect(parallel.tasks[0]?.detected.threads).toBe(2);
    expectSame(parallel, once);
    expect(JSON.stringify(parallel)).toContain("Área Fundacional");
  });

  it("infers the schema from the first rows the same way", async () => {
    const path = await file(registry(8_000));
    const [once, parallel] = await both(path, () => ({ limitErrors: Number.POSITIVE_INFINITY }));
    expect(parallel.tasks[0]?.detected.threads).toBe(2);
    expect(parallel.tasks[0]?.detected.schemaInferred).toBe(true);
    expectSame(parallel, once);
  });

  it("stops at the error limit exactly where one pass stops", async () => {
    const path = await file(registry(10_000));
    const [once, parallel] = await both(path, () => ({ schema, limitErrors: 25, checks: [duplicateIds()] }));
    expect(parallel.tasks[0]?.errors).toHaveLength(25);
    expect(parallel.tasks[0]?.warnings).toEqual(["reached error limit: 25"]);
    expectSame(parallel, once);
  });

  it("keeps pick and skip, headerless files and a last line without a line break", async () => {
    const text = registry(6_000).split("\n").slice(1).join("\n").trimEnd();
    const path = await file(text);
    const options = () => ({
      schema: { ...schema, fields: schema.fields.map((f) => ({ ...f, name: `c_${f.name}` })) },
      dialect: { header: false },
      skipErrors: ["#row"],
      pickErrors: ["type-error", "constraint-error", "missing-cell"],
    });
    const [once, parallel] = await both(path, options);
    expect(parallel.tasks[0]?.detected.threads).toBe(2);
    expect(parallel.tasks[0]?.stats.rows).toBe(6_000);
    expectSame(parallel, once);
  });

  it("reads in one pass when invalid UTF-8 comes later in the file, and reports it the same", async () => {
    const head = new TextEncoder().encode(registry(6_000));
    const bytes = new Uint8Array([
      ...head,
      ...new TextEncoder().encode("9999;Pe"),
      0xf1,
      ...new TextEncoder().encode("a;1;Centro;1,0;1/1/2020\n"),
    ]);
    const path = await file(bytes);
    const [once, parallel] = await both(path, () => ({ schema, limitErrors: Number.POSITIVE_INFINITY }));
    expect(parallel.tasks[0]?.detected.threads).toBeUndefined();
    expectSame(parallel, once);
    expect(parallel.tasks[0]?.errors.some((e) => e.type === "encoding-error")).toBe(true);
  });

  it("reads in one pass when a check does not say which values it reads", async () => {
    const path = await file(registry(3_000));
    let rows = 0;
    const counter: Check = { name: "test/count", onRow: () => void rows++ };
    const report = await validateTable(await openPath(path), {
      schema,
      limitErrors: Number.POSITIVE_INFINITY,
      checks: [counter],
      rowRunner: parallelRows({ threads: 2, minBytes: 0 }),
    });
    expect(report.tasks[0]?.detected.threads).toBeUndefined();
    expect(rows).toBe(3_000);
  });

  it("leaves small files to one pass by default", async () => {
    const path = await file(registry(200));
    const report = await validateTable(await openPath(path), {
      schema,
      rowRunner: parallelRows({ threads: 2 }),
    });
    expect(report.tasks[0]?.detected.threads).toBeUndefined();
  });

  it("reads in one pass, the same, when a cut lands inside a quoted line break", async () => {
    // One cell with a line break on every line of the file's middle: every cut is inside its quotes.
    const long = `"${'Sección\nAlta;""x""\n'.repeat(3_000)}"`;
    const text = `id;nombre;dni;barrio;monto;alta\n1;Ana;20000001;Centro;1,5;1/1/2020\n2;${long};12ab;Bombal;2;2/2/2020\n3;Zoë;20000003;Sur;3;3/3/2020\n`;
    const path = await file(text);
    const [once, parallel] = await both(path, () => ({ schema, limitErrors: 100, checks: [duplicateIds()] }));
    expect(parallel.tasks[0]?.detected.threads).toBeUndefined();
    expect(parallel.tasks[0]?.stats.rows).toBe(3);
    expectSame(parallel, once);
  });

  it("property: any CSV reads the same in parallel as in one pass", async () => {
    // Sized for a busy 2-core machine, with no bound on speed: what a run costs is starting its worker
    // thread (0.2–2 s when the machine is busy), not its rows. So: one worker per run (2 threads; the
    // tests above read with 3), few runs, and tables of up to 600 rows where the data varies: quoted
    // line breaks, delimiters and quotes where the cut lands, CRLF, blank, short and long rows.
    // Mostly plain cells, so most runs are read in parallel; now and then a line break, a delimiter or
    // a quote, so some cuts land in a quoted field (the parallel read then gives way to one pass).
    const cell = fc.oneof(
      { arbitrary: fc.constantFrom("", "s/d", "1", "-7", "12,5", "Centro", "31/12/2024", "x"), weight: 12 },
      { arbitrary: fc.string({ unit: fc.constantFrom("a", "ñ", " ", "1", "é"), maxLength: 6 }), weight: 6 },
      {
        arbitrary: fc.string({ unit: fc.constantFrom("a", ";", '"', "\n", "\r\n", " "), maxLength: 6 }),
        weight: 1,
      },
    );
    const table = fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), {
      minLength: 1,
      maxLength: 600,
      size: "large",
    });
    let parallelRuns = 0;
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom("\n" as const, "\r\n" as const), async (rows, nl) => {
        const header = ["id", "nombre", "dni", "barrio", "monto", "alta"];
        const text = `${writeCsv([header, ...rows], { delimiter: ";", lineTerminator: nl, escapeFormulas: false })}${nl}`;
        const path = await file(text);
        const options = { schema, limitErrors: Number.POSITIVE_INFINITY };
        const once = await validateTable(await openPath(path), { ...options, checks: [duplicateIds()] });
        const parallel = await validateTable(await openPath(path), {
          ...options,
          checks: [duplicateIds()],
          rowRunner: parallelRows({ threads: 2, minBytes: 0 }),
        });
        if (parallel.tasks[0]?.detected.threads !== undefined) parallelRuns++;
        expectSame(parallel, once);
      }),
      { numRuns: 8 },
    );
    // With these weights about 3 runs in 4 are read in parallel; at least one must be.
    expect(parallelRuns).toBeGreaterThan(0);
  }, 120_000);
});
