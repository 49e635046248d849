import { renderIssue } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openTable } from "../runner/open-table";
import type { CleanChange } from "./changes";
import { type ChangeSink, type CleanedRow, cleanRows, createCleaner } from "./cleaner";
import { fileChanges } from "./file";
import { RowFingerprints, rowFingerprint } from "./fingerprints";
import { cleanIssues } from "./messages";
import { allSteps, type ParsedCleanProfile, parseCleanProfile } from "./profile";

const rows = (cells: string[][]) => cells.map((c, i) => ({ rowNumber: i + 2, cells: c }));

function run(labels: string[], data: string[][], profile: ParsedCleanProfile) {
  const cleaner = createCleaner(labels, data, profile);
  const out = rows(data).map(cleaner.clean);
  return {
    cleaner,
    out,
    kept: out.filter((r) => r.cells).map((r) => r.cells),
    log: out.flatMap((r) => r.changes),
  };
}

describe("createCleaner", () => {
  it("does nothing without steps", () => {
    const { kept, log } = run(["a"], [[" x "], [""], [" x "]], { steps: {} });
    expect(kept).toEqual([[" x "], [""], [" x "]]);
    expect(log).toEqual([]);
  });

  it("trims ends (and collapses inner runs when asked), logging each cell and the header", () => {
    const { cleaner, kept, log } = run([" barrio"], [[" Villa  Crespo\u00a0"], ["Centro"]], {
      steps: { trim: true },
    });
    expect(cleaner.labels).toEqual(["barrio"]);
    expect(cleaner.headerChanges).toEqual([
      { row: 1, column: " barrio", step: "trim", before: " barrio", after: "barrio" },
    ]);
    expect(kept).toEqual([["Villa  Crespo"], ["Centro"]]);
    expect(log).toEqual([
      { row: 2, column: " barrio", step: "trim", before: " Villa  Crespo\u00a0", after: "Villa  Crespo" },
    ]);
    const collapsed = run(["b"], [["Villa \t Crespo "]], { steps: { trim: { collapse: true } } });
    expect(collapsed.kept).toEqual([["Villa Crespo"]]);
  });

  it("drops blank rows and exact duplicates once each, naming the first occurrence", () => {
    const { kept, log, cleaner } = run(
      ["a", "b"],
      [
        ["1", "x"],
        ["", " "],
        ["1", "x"],
        ["1", "x "],
        ["2", "y"],
      ],
      { steps: { "blank-rows": true, "duplicate-rows": true, trim: true } },
    );
    expect(kept).toEqual([
      ["1", "x"],
      ["2", "y"],
    ]);
    expect(log).toEqual([
      { row: 3, column: null, step: "blank-rows", before: "| ", after: "" },
      { row: 4, column: null, step: "duplicate-rows", before: "1|x", after: "", duplicateOf: 2 },
      // Trimmed first, then found to repeat row 2: only the drop is logged.
      { row: 5, column: null, step: "duplicate-rows", before: "1|x ", after: "", duplicateOf: 2 },
    ]);
    expect(cleaner.summary()).toMatchObject({
      rowsIn: 5,
      rowsOut: 2,
      counts: { "blank-rows": 1, "duplicate-rows": 2 },
    });
  });

  it("turns decimal commas into points only in a column that writes its numbers so", () => {
    const data = [
      ["1.234,5", "3,5", "A,B"],
      ["-58,25", "2", "C"],
      ["12", "7", "D"],
      ["s/d", "1", "E,F"],
    ];
    const { kept, cleaner } = run(["monto", "tasa", "texto"], data, { steps: { "decimal-comma": true } });
    expect(kept.map((r) => r?.slice(0, 2))).toEqual([
      ["1234.5", "3.5"],
      ["-58.25", "2"],
      ["12", "7"],
      ["s/d", "1"],
    ]);
    expect(kept.map((r) => r?.[2])).toEqual(["A,B", "C", "D", "E,F"]);
    expect(cleaner.summary().columns[0]?.decimal).toEqual({ groupChar: "." });
  });

  it("does not convert a column whose numbers read both ways (1.234)", () => {
    const { kept, cleaner } = run(["n"], [["1.234"], ["5.678"]], { steps: { "decimal-comma": true } });
    expect(kept).toEqual([["1.234"], ["5.678"]]);
    expect(cleaner.summary().notes).toEqual([]);
    const comma = run(["n"], [["1,234"], ["5,678"]], { steps: { "decimal-comma": true } });
    expect(comma.kept).toEqual([["1,234"], ["5,678"]]);
    expect(comma.cleaner.summary().notes).toEqual([
      { step: "decimal-comma", column: "n", reason: "ambiguous-number" },
    ]);
  });

  it("writes dates in ISO 8601 from the column's format, leaving values of another shape", () => {
    const data = [
      ["31/01/2024", "13/03/2024 10:30"],
      ["01/02/2024", "01/04/2024 08:05"],
      ["s/d", ""],
    ];
    const { kept, cleaner } = run(["fecha", "hora"], data, { steps: { "iso-dates": true } });
    expect(kept).toEqual([
      ["2024-01-31", "2024-03-13T10:30:00"],
      ["2024-02-01", "2024-04-01T08:05:00"],
      ["s/d", ""],
    ]);
    expect(cleaner.summary().leftAsIs).toEqual({ "iso-dates": 1 });
  });

  it("leaves an ambiguous day/month column alone, with a note, unless the user names the format", () => {
    const data = [["01/02/2024"], ["03/04/2024"]];
    const alone = run(["fecha"], data, { steps: { "iso-dates": true } });
    expect(alone.kept).toEqual(data);
    expect(alone.cleaner.summary().notes).toEqual([
      { step: "iso-dates", column: "fecha", reason: "ambiguous-day-month", format: "%d/%m/%Y" },
    ]);
    const named = run(["fecha"], data, { steps: { "iso-dates": { formats: { fecha: "%m/%d/%Y" } } } });
    expect(named.kept).toEqual([["2024-01-02"], ["2024-03-04"]]);
  });

  it("applies the user's spelling mapping and the caller's normaliser, exactly", () => {
    const cleaner = createCleaner(
      ["provincia", "sexo"],
      [],
      {
        steps: {
          variants: { mapping: { provincia: { CABA: "Ciudad Autónoma de Buenos Aires" } } },
          disaggregation: true,
        },
      },
      { disaggregation: () => new Map([[1, (v: string) => (v === "Varón" ? "M" : null)]]) },
    );
    const out = rows([
      ["CABA", "Varón"],
      ["caba", "x"],
    ]).map(cleaner.clean);
    expect(out.map((r) => r.cells)).toEqual([
      ["Ciudad Autónoma de Buenos Aires", "M"],
      ["caba", "x"],
    ]);
    expect(out[0]?.changes.map((c) => c.step)).toEqual(["variants", "disaggregation"]);
  });

  it("notes a column named in the profile that is not in the file", () => {
    const cleaner = createCleaner(["a"], [], { steps: { trim: { columns: ["b"] } } });
    expect(cleaner.summary().notes).toEqual([{ step: "trim", column: "b", reason: "missing-column" }]);
  });
});

describe("cleanRows", () => {
  it("settles the columns on a sample, then streams every batch", async () => {
    const table = await openTable("fecha;monto\n31/01/2024; 1,5\n\n01/02/2024;2,25\n");
    const runIt = cleanRows(table.labels, table.batches(), { ...allSteps(), sample: 1 });
    const out: CleanedRow[] = [];
    for await (const batch of runIt.batches) out.push(...batch);
    expect(out.filter((r) => r.cells).map((r) => r.cells)).toEqual([
      ["2024-01-31", "1.5"],
      ["2024-02-01", "2.25"],
    ]);
    expect((await runIt.cleaner).summary().rowsOut).toBe(2);
  });
});

describe("fileChanges", () => {
  it("logs each file-level change once", () => {
    expect(
      fileChanges({ encoding: "windows-1252", bom: true, delimiter: ";", lineTerminator: "\r\n" }, "\n"),
    ).toEqual([
      { row: null, column: null, step: "encoding", before: "windows-1252", after: "utf-8" },
      { row: null, column: null, step: "bom", before: "BOM", after: "" },
      { row: null, column: null, step: "delimiter", before: ";", after: "," },
      { row: null, column: null, step: "line-endings", before: "\\r\\n", after: "\\n" },
    ]);
    expect(
      fileChanges({ encoding: "utf-8", bom: false, delimiter: ",", lineTerminator: "\n" }, "\n"),
    ).toEqual([]);
  });
});

describe("parseCleanProfile", () => {
  it("reads a profile and locates what is wrong, worded in every language", () => {
    expect(parseCleanProfile({ steps: { trim: true } })).toEqual({
      ok: true,
      profile: { steps: { trim: true } },
    });
    const bad = parseCleanProfile({ steps: { "iso-dates": { formats: { fecha: 3 } } } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]?.params.path).toBe("steps.iso-dates.formats.fecha");
    for (const lang of ["es", "en", "pt"] as const)
      expect(renderIssue(bad.errors[0] as never, lang, [cleanIssues])).toMatch(/fecha/);
    expect(parseCleanProfile({ steps: { trimm: true } }).ok).toBe(false);
  });
});

describe("RowFingerprints", () => {
  it("tells rows apart by all their cells and where they end", () => {
    expect(rowFingerprint(["ab", ""])).not.toEqual(rowFingerprint(["a", "b"]));
    expect(rowFingerprint(["a"])).not.toEqual(rowFingerprint(["a", ""]));
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 4 }), { maxLength: 60 }), (table) => {
        const seen = new RowFingerprints();
        const firsts = new Map<string, number>();
        table.forEach((cells, i) => {
          const key = JSON.stringify(cells);
          expect(seen.firstOrAdd(cells, i + 2)).toBe(firsts.get(key) ?? null);
          if (!firsts.has(key)) firsts.set(key, i + 2);
        });
        expect(seen.count).toBe(firsts.size);
      }),
    );
  });

  it("still finds every row's first occurrence once its table has grown many times", () => {
    const seen = new RowFingerprints(1);
    const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [`${i}`, `b${i % 7}`]);
    for (const [i, cells] of rowsOf(20_000).entries()) expect(seen.firstOrAdd(cells, i + 2)).toBeNull();
    expect(seen.count).toBe(20_000);
    let wrong = 0;
    for (const [i, cells] of rowsOf(20_000).entries()) if (seen.firstOrAdd(cells, 1) !== i + 2) wrong++;
    expect(wrong).toBe(0);
    expect(seen.count).toBe(20_000);
  });
});

describe("the log's mask", () => {
  it("masks logged values (cells and dropped rows) the way the caller says, never the output", () => {
    const mask = (v: string, i: number) => (i === 0 ? v.replace(/./g, "x") : v);
    const cleaner = createCleaner(
      ["nombre", "barrio"],
      [],
      { steps: { trim: true, "blank-rows": true, "duplicate-rows": true } },
      { mask },
    );
    const out = rows([
      [" Ana", "Centro "],
      ["Ana", "Centro"],
      ["", ""],
    ]).map(cleaner.clean);
    expect(out[0]?.cells).toEqual(["Ana", "Centro"]);
    expect(out.flatMap((r) => r.changes).map((c) => [c.before, c.after])).toEqual([
      ["xxxx", "xxx"],
      ["Centro ", "Centro"],
      ["xxx|Centro", ""],
      ["|", ""],
    ]);
  });

  it("without listing the changes (no log), writes the same cells and counts the same", () => {
    const labels = ["barrio", "monto", "fecha"];
    const cellOf = fc.constantFrom(
      "Centro",
      " Centro ",
      "",
      " ",
      "1.234,5",
      "12,5",
      "31/01/2024",
      "2024-13-01",
    );
    const table = fc.array(fc.array(cellOf, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(table, (data) => {
        const profile = allSteps();
        const listed = createCleaner(labels, data, profile);
        const counted = createCleaner(labels, data, profile, { changes: false });
        const a = rows(data).map((r) => listed.clean({ ...r, cells: [...r.cells] }));
        const b = rows(data).map((r) => counted.clean({ ...r, cells: [...r.cells] }));
        expect(b.map((r) => r.cells)).toEqual(a.map((r) => r.cells));
        expect(b.every((r) => r.changes.length === 0)).toBe(true);
        expect(counted.summary()).toEqual(listed.summary());
        // The counts are those of the listed changes: a kept row's changes, a dropped row once.
        const perStep: Record<string, number> = {};
        for (const c of [...listed.headerChanges, ...a.flatMap((r) => r.changes)])
          perStep[c.step] = (perStep[c.step] ?? 0) + 1;
        expect(listed.summary().counts).toEqual(perStep);
      }),
      { numRuns: 300 },
    );
  });
});

describe("inPlace", () => {
  const profile = { steps: { trim: true, "decimal-comma": true, "duplicate-rows": true } } as const;
  const sample = [[" Centro", "1,5"]];

  it("rewrites the row's own array when no change is listed, with the same cells and counts as a copy", () => {
    const input = [" Centro", "1,5"];
    const own = createCleaner(["barrio", "monto"], sample, profile, { changes: false, inPlace: true });
    const copy = createCleaner(["barrio", "monto"], sample, profile, { changes: false });
    const out = own.clean({ rowNumber: 2, cells: input });
    expect(out.cells).toBe(input);
    expect(input).toEqual(["Centro", "1.5"]);
    expect(copy.clean({ rowNumber: 2, cells: [" Centro", "1,5"] }).cells).toEqual(input);
    // The repeat is found on the cleaned cells either way.
    expect(own.clean({ rowNumber: 3, cells: ["Centro ", "1,5"] }).cells).toBeNull();
    expect(copy.clean({ rowNumber: 3, cells: ["Centro ", "1,5"] }).cells).toBeNull();
    expect(own.summary()).toEqual(copy.summary());
  });

  it("leaves the input as read when changes are listed (a dropped repeat is logged as read)", () => {
    const input = [" Centro", "1,5"];
    const cleaner = createCleaner(["barrio", "monto"], sample, profile, { inPlace: true });
    expect(cleaner.clean({ rowNumber: 2, cells: input }).cells).toEqual(["Centro", "1.5"]);
    expect(input).toEqual([" Centro", "1,5"]);
    const repeat = cleaner.clean({ rowNumber: 3, cells: ["Centro", "1,5 "] });
    expect(repeat.changes.map((c) => c.before)).toEqual(["Centro|1,5 "]);
  });
});

describe("confirmRepeat", () => {
  it("drops a repeat only when the caller confirms it, and asks with the cleaned cells and the first row", () => {
    const asked: [string[], number][] = [];
    const answer = [false, true];
    const cleaner = createCleaner(
      ["barrio"],
      [],
      { steps: { trim: true, "duplicate-rows": true } },
      {
        changes: false,
        confirmRepeat: (cells, first) => {
          asked.push([[...cells], first]);
          return answer[asked.length - 1] ?? true;
        },
      },
    );
    const out = rows([[" Sur"], ["Sur"], ["Sur "]]).map(cleaner.clean);
    expect(asked).toEqual([
      [["Sur"], 2],
      [["Sur"], 2],
    ]);
    // Not confirmed: kept (never dropped on the fingerprint alone); confirmed: dropped.
    expect(out.map((r) => r.cells)).toEqual([["Sur"], ["Sur"], null]);
    expect(cleaner.summary().counts["duplicate-rows"]).toBe(1);
    expect(cleaner.summary().rowsOut).toBe(2);
  });
});

describe("sink", () => {
  it("receives exactly the changes a listing cleaner lists, rows rewritten in place, the same cells and counts", () => {
    const labels = ["barrio", "monto", "fecha"];
    const cellOf = fc.constantFrom(
      "Centro",
      " Centro ",
      "",
      " ",
      "1.234,5",
      "12,5",
      "31/01/2024",
      "2024-13-01",
    );
    const table = fc.array(fc.array(cellOf, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(table, (data) => {
        const profile = allSteps();
        const got: CleanChange[] = [];
        const sink: ChangeSink = {
          cell: (row, column, step, before, after) =>
            got.push({ row, column: labels[column] as string, step, before, after }),
          dropped: (row, step, cells, duplicateOf) =>
            got.push({
              row,
              column: null,
              step,
              before: cells.join("|"),
              after: "",
              ...(duplicateOf === undefined ? {} : { duplicateOf }),
            }),
        };
        const listed = createCleaner(labels, data, profile);
        const sunk = createCleaner(labels, data, profile, { sink, inPlace: true });
        const a = rows(data).map((r) => listed.clean({ ...r, cells: [...r.cells] }));
        const b = rows(data).map((r) => sunk.clean({ ...r, cells: [...r.cells] }));
        expect(b.map((r) => r.cells)).toEqual(a.map((r) => r.cells));
        expect(b.every((r) => r.changes.length === 0)).toBe(true);
        // A repeat rewritten in place is still logged with its cells as read.
        expect(got).toEqual(a.flatMap((r) => r.changes));
        expect(sunk.summary()).toEqual(listed.summary());
      }),
      { numRuns: 300 },
    );
  });
});
