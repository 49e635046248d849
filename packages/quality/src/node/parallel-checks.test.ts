import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RangeState, type Report, type RowView, validateTable } from "@ciudata/table";
import { openPath, parallelRows } from "@ciudata/table/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryVariants } from "../checks/category-variants";
import { duplicateRowWith } from "../checks/duplicate-row/duplicate-row";
import { RowHashes } from "../checks/duplicate-row/tally";
import { registry } from "../review/default-checks.test-helpers";
import { review } from "../review/review";

// Issue #23: the default checks (duplicate rows, missing values, whitespace, letter case, category
// variants) run inside the ranges of a parallel read, and find exactly what one pass finds.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-parallel-checks-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Everything a finding carries but the time taken, and the report's counts. */
const seen = (report: Report) => {
  const task = report.tasks[0];
  return {
    errors: task?.errors,
    totals: task?.totals,
    rows: task?.stats.rows,
    blankRows: task?.stats.blankRows,
    valid: report.valid,
  };
};

async function both(path: string, threads: number, options: Parameters<typeof review>[1] = {}) {
  const once = await review(await openPath(path), { lang: "es", ...options });
  const parallel = await review(await openPath(path), {
    lang: "es",
    ...options,
    rowRunner: parallelRows({ threads, minBytes: 0 }),
  });
  return { once, parallel };
}

describe("the default checks in a parallel read", () => {
  it("find the same findings, rows, values, masking and order as one pass on a registry with every kind of problem", async () => {
    const path = join(dir, "registro.csv");
    await writeFile(path, registry(6000));
    for (const threads of [2, 3]) {
      const { once, parallel } = await both(path, threads, { limitErrors: Number.POSITIVE_INFINITY });
      expect(parallel.report.tasks[0]?.detected.threads).toBe(threads);
      expect(once.report.tasks[0]?.detected.threads).toBeUndefined();
      expect(seen(parallel.report)).toEqual(seen(once.report));
      expect(parallel.scores).toEqual(once.scores);
      // The registry's 40 duplicates (some equal only once cast), each confirmed on the exact rows.
      const duplicates = parallel.report.tasks[0]?.errors.filter((e) => e.type === "duplicate-row") ?? [];
      expect(duplicates).toHaveLength(40);
      expect(duplicates.every((e) => e.params?.confirmed === undefined)).toBe(true);
    }
  });

  it("with a schema, and with the list capped, gives the same report as one pass", async () => {
    const path = join(dir, "registro-schema.csv");
    await writeFile(path, registry(3000));
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "barrio", type: "string" },
        { name: "programa", type: "string" },
        { name: "provincia", type: "string" },
        { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
        { name: "nota", type: "string" },
        { name: "codigo", type: "string" },
      ],
    };
    const { once, parallel } = await both(path, 2, { schema, limitErrors: 25 });
    expect(parallel.report.tasks[0]?.detected.threads).toBe(2);
    expect(seen(parallel.report)).toEqual(seen(once.report));
  });

  it("masks a personal column whole in a duplicate row's cells, as one pass does", async () => {
    const lines = ["id,nombre,dni,barrio"];
    for (let i = 1; i <= 3000; i++)
      lines.push(`${i % 1500},Persona ${i % 1500},${20_000_000 + (i % 1500)},Flores`);
    const path = join(dir, "personas.csv");
    await writeFile(path, `${lines.join("\n")}\n`);
    const { once, parallel } = await both(path, 2, { limitErrors: Number.POSITIVE_INFINITY });
    expect(parallel.report.tasks[0]?.detected.threads).toBe(2);
    expect(seen(parallel.report)).toEqual(seen(once.report));
    const first = parallel.report.tasks[0]?.errors.find((e) => e.type === "duplicate-row") as
      | { cells: string[] }
      | undefined;
    expect(first?.cells[1]).not.toContain("Persona");
    expect(first?.cells[3]).toBe("Flores");
  });

  it("find the same as one pass for random tables and splits (property)", async () => {
    const cell = fc.constantFrom(
      "",
      " ",
      "a",
      "A",
      "á",
      "Á",
      "a ",
      " a",
      "a  b",
      "CABA",
      "Capital Federal",
      "1",
      "1.0",
      "x\u00a0y",
    );
    let split = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 2, max: 4 }),
        async (rows, threads) => {
          const path = join(dir, "random.csv");
          const body = rows.map((r) => r.join(";")).join("\n");
          await writeFile(path, `c1;c2;c3\n${body}\n`);
          const { once, parallel } = await both(path, threads, { limitErrors: Number.POSITIVE_INFINITY });
          expect(seen(parallel.report)).toEqual(seen(once.report));
          if (parallel.report.tasks[0]?.detected.threads) split++;
        },
      ),
      { numRuns: 15 },
    );
    // Most tables are long enough to be split (a table of a few rows is read in one pass).
    expect(split).toBeGreaterThan(7);
  });
});

describe("a range check past its memory bound", () => {
  it("leaves the file to one pass, with the same report", async () => {
    // 400 distinct spellings: more than a range keeps for maxDistinct 5 (4 × 5 distinct cells).
    const lines = ["id,barrio"];
    for (let i = 1; i <= 4000; i++) lines.push(`${i},Barrio ${i % 400}`);
    const path = join(dir, "barrios.csv");
    await writeFile(path, `${lines.join("\n")}\n`);
    const checks = () => [categoryVariants({ maxDistinct: 5 })];
    const once = await validateTable(await openPath(path), { checks: checks() });
    const parallel = await validateTable(await openPath(path), {
      checks: checks(),
      rowRunner: parallelRows({ threads: 2, minBytes: 0 }),
    });
    expect(parallel.tasks[0]?.detected.threads).toBeUndefined();
    expect(parallel.tasks[0]?.errors.map((e) => e.type)).toContain("quality/distinct-limit");
    expect(seen(parallel)).toEqual(seen(once));
  });
});

describe("duplicate-row across ranges", () => {
  /** A check whose ranges' hashes all collide, merged with rows read back from `table`. */
  const run = (table: unknown[][], split: number) => {
    const constant = { row() {}, h1: 7, h2: 9 };
    const states: RangeState[] = [];
    for (const [from, to] of [
      [0, split],
      [split, table.length],
    ] as const) {
      const t = new RowHashes(constant, 2);
      for (let i = from; i < to; i++)
        t.onRow({
          rowNumber: i - from + 1,
          cells: (table[i] as unknown[]).map(String),
          values: table[i] as unknown[],
          blank: false,
        });
      states.push({ state: t.state().state, rowOffset: from + 1 });
    }
    const found: { rowNumber: number | null; params?: unknown }[] = [];
    const check = duplicateRowWith(constant);
    const fields = [{ name: "a" }, { name: "b" }];
    const ctx = {
      labels: ["a", "b"],
      fields,
      schema: { fields },
      lang: "es" as const,
      mask: (c: string) => c,
      report: (e: { rowNumber: number | null; params?: unknown }) => found.push(e),
      row: (n: number): RowView => {
        const values = table[n - 2] as unknown[];
        return { rowNumber: n, cells: values.map(String), values, blank: false };
      },
    };
    check.mergeRanges?.(states, ctx as never);
    return found.map((e) => [e.rowNumber, e.params]);
  };

  it("confirms a hash match on the exact rows, read back, in either range", () => {
    // Every hash collides: only rows 2 = 4 and 3 = 5 are the same values.
    const table = [
      [1, "Ana"],
      [2, "Luis"],
      [1, "Ana"],
      [2, "Luis"],
    ];
    for (const split of [1, 2, 3])
      expect(run(table, split)).toEqual([
        [4, { firstRowNumber: 2 }],
        [5, { firstRowNumber: 3 }],
      ]);
  });
});
