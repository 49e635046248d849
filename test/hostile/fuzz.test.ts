// Issue #14, fuzz: random bytes, random dialects and random schema JSON fed to every command's library
// entry and to every command. Whatever comes in, the only failure allowed is the project's own error
// (`CiudataError`, a clear message for a person), each case ends, and no input is ever written over.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../bench/hostile.mjs";
import { run } from "../../packages/cli/src/index";
import { CiudataError } from "../../packages/core/src/index";
import { aggregateTable } from "../../packages/disaggregation/src/index";
import { anonymizeTable, measureRisk, scanTable, suppressSmallCells } from "../../packages/privacy/src/index";
import { validate as qualityValidate, review } from "../../packages/quality/src/index";
import { inspectTable, validateTable } from "../../packages/table/src/index";

/** A generous bound: a case that runs past it is a hang, not a slow machine (each takes milliseconds). */
const CASE_BOUND_MS = 20_000;

async function bounded<T>(what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} ran past ${CASE_BOUND_MS} ms`)), CASE_BOUND_MS);
  });
  try {
    return await Promise.race([work(), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs one library call: it may succeed or throw a CiudataError, nothing else. */
async function onlyOurErrors(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await bounded(what, work);
  } catch (error) {
    if (error instanceof CiudataError) {
      for (const e of error.errors) expect(typeof e.type, what).toBe("string");
      return;
    }
    throw new Error(`${what} threw something other than CiudataError: ${String(error)}`, { cause: error });
  }
}

// Table-looking text: the characters that matter to a CSV reader, plus bytes that are not text.
const CSV_ALPHABET = [..."ab1,;\t|\"'\n\r =+-@é", "Ã©", "\u0000", "\uFEFF", "\u200B", "ñ", "\\", "#"];
const csvText = fc
  .array(fc.constantFrom(...CSV_ALPHABET), { maxLength: 400 })
  .map((parts) => new TextEncoder().encode(parts.join("")));
const rawBytes = fc.uint8Array({ maxLength: 2000 });
const magicBytes = fc
  .constantFrom(
    [0x1f, 0x8b, 0x08], // gzip
    [0x50, 0x4b, 0x03, 0x04], // zip, xlsx
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // png
    [...new TextEncoder().encode("%PDF-1.7\n")],
    [...new TextEncoder().encode("<!DOCTYPE html><html><body>login</body></html>\n")],
  )
  .chain((head) => rawBytes.map((tail) => new Uint8Array([...head, ...tail])));
// A real header over random lines, so commands get past "which column" and into the rows.
const tableLike = csvText.map(
  (tail) => new Uint8Array([...new TextEncoder().encode("a,b,sexo,edad\n"), ...tail]),
);
const anyInput = fc.oneof(csvText, rawBytes, magicBytes, tableLike);

const oneChar = fc.constantFrom(",", ";", "\t", "|", '"', "'", "\\", "#", "a", " ");
const dialect = fc.record(
  {
    delimiter: oneChar,
    quoteChar: oneChar,
    escapeChar: oneChar,
    commentChar: oneChar,
    header: fc.boolean(),
    doubleQuote: fc.boolean(),
    skipInitialSpace: fc.boolean(),
    headerRows: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
    lineTerminator: fc.constantFrom("\n", "\r\n", "\r", ""),
  },
  { requiredKeys: [] },
);

// Schema descriptors: mostly well-formed fields with random types and constraints (including patterns
// that backtrack catastrophically on a naive engine), sometimes any JSON at all.
const fieldType = fc.constantFrom(
  "string",
  "integer",
  "number",
  "boolean",
  "date",
  "datetime",
  "year",
  "geopoint",
  "any",
  "nope",
);
const pattern = fc.constantFrom(
  "(a+)+$",
  "(a|aa)+$",
  "^(\\d+)*x$",
  "[",
  "(?<=a)b",
  "\\p{L}+",
  "(a*)*b",
  ".*",
);
const constraints = fc.record(
  {
    required: fc.boolean(),
    unique: fc.boolean(),
    pattern,
    minLength: fc.integer({ min: -2, max: 5 }),
    enum: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
    minimum: fc.oneof(fc.integer(), fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const field = fc.record(
  {
    name: fc.string({ maxLength: 4 }),
    type: fieldType,
    format: fc.constantFrom("default", "any", "%d/%m/%Y", "%"),
    constraints,
  },
  { requiredKeys: ["name"] },
);
const schemaJson = fc.oneof(
  fc.record(
    {
      fields: fc.array(field, { maxLength: 4 }),
      primaryKey: fc.oneof(
        fc.string({ maxLength: 3 }),
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
      ),
    },
    { requiredKeys: ["fields"] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const RUNS = Number(process.env.CIUDATA_FUZZ_RUNS ?? 40);

describe("fuzz: library entries only ever fail with CiudataError", () => {
  it("table: inspectTable and validateTable on random bytes and dialects", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, dialect, async (bytes, d) => {
        await onlyOurErrors("inspectTable", () => inspectTable(bytes, { dialect: d }));
        await onlyOurErrors("validateTable", () => validateTable(bytes, { dialect: d }));
      }),
      { numRuns: RUNS },
    );
  });

  it("quality: validate and review with random schema JSON", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, schemaJson, async (bytes, schema) => {
        await onlyOurErrors("quality validate", () => qualityValidate(bytes, { schema }));
        await onlyOurErrors("quality review", () => review(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it("privacy and disaggregation: scan, risk, anonymize, suppress and aggregate", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyInput,
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
        fc.jsonValue({ maxDepth: 3 }),
        async (bytes, columns, plan) => {
          await onlyOurErrors("scanTable", () => scanTable(bytes));
          await onlyOurErrors("measureRisk", () => measureRisk(bytes, { qi: columns, k: 2 }));
          await onlyOurErrors("anonymizeTable", () => anonymizeTable(bytes, plan));
          await onlyOurErrors("aggregateTable", () => aggregateTable(bytes, { by: columns }));
        },
      ),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(Number.NaN)), { maxLength: 6 }),
          {
            maxLength: 6,
          },
        ),
        fc.integer({ min: -1, max: 8 }),
        (table, threshold) => {
          try {
            suppressSmallCells(table, { threshold });
          } catch (error) {
            if (!(error instanceof CiudataError)) throw error;
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// Every command that reads a table, with the arguments it needs (shared with bench/hostile.mjs).

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const CRASH = /falló de forma inesperada|failed unexpectedly|falhou inesperadamente|at .+\.(ts|js):\d+/;

describe("fuzz: every command on random input", () => {
  it("exits 0, 1 or 2, never crashes, never writes over its input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ciudata-fuzz-"));
    dirs.push(dir);
    const plan = join(dir, "plan.json");
    writeFileSync(plan, JSON.stringify({ columns: { a: { action: "drop" } } }));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        anyInput,
        fc.constantFrom(...COMMANDS),
        fc.boolean(),
        async (bytes, template, outIsIn) => {
          const input = join(dir, `in-${n++}.csv`);
          writeFileSync(input, bytes);
          const before = sha(input);
          // Commands with no output file have nothing to write over their input.
          const writes = template.includes("{out}");
          const out = outIsIn && writes ? input : join(dir, `out-${n}.txt`);
          const argv = template.map((a) =>
            a.replace("{in}", input).replace("{out}", out).replace("{plan}", plan),
          );
          let err = "";
          const code = await bounded(argv.join(" "), () =>
            run(argv, { stdout: () => {}, stderr: (s) => (err += s), env: {}, cwd: dir }),
          );
          expect([0, 1, 2], `${argv.join(" ")}\n${err}`).toContain(code);
          expect(err, argv.join(" ")).not.toMatch(CRASH);
          expect(sha(input), `${argv.join(" ")} changed its input`).toBe(before);
          if (outIsIn && writes) expect(code, `${argv.join(" ")} must refuse --out = input`).toBe(2);
        },
      ),
      { numRuns: Math.max(20, RUNS) },
    );
  });
});
