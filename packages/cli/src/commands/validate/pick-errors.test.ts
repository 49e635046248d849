import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #22: `validate --pick-errors/--skip-errors` (frictionless-py's pick_errors/skip_errors), runs
// of consecutive rows as one line, and `--format github`.

/** 2,000 blank rows (rows 3–2,002), then 3 ages that are not numbers (rows 2,004–2,006) and one DNI. */
function padron(): Record<string, string> {
  const lines = ["id,dni,edad", "1,20123456,30"];
  for (let i = 0; i < 2000; i++) lines.push(",,");
  lines.push("2,20123457,31", "3,20123458,x", "4,20123459,y", "5,20123460,z", "6,2O12345X,40");
  const schema = {
    fields: [
      { name: "id", type: "integer" },
      { name: "dni", type: "integer" },
      { name: "edad", type: "integer" },
    ],
  };
  return { "padron.csv": `${lines.join("\n")}\n`, "schema.json": JSON.stringify(schema) };
}

async function validate(args: string[], files = padron()) {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-pick-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["validate", "padron.csv", "--schema", "schema.json", ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

const overall = (out: string) => JSON.parse(out).quality.scores.overall as number;

describe("validate --skip-errors / --pick-errors", () => {
  it("hides the skipped types, exits by what is shown, and scores every finding (honest numbers)", async () => {
    const all = await validate(["--json"]);
    const skipped = await validate(["--json", "--skip-errors", "blank-row,type-error"]);
    expect(all.code).toBe(1);
    expect(skipped.code).toBe(0);
    expect(overall(skipped.out)).toBe(overall(all.out));
    const task = JSON.parse(skipped.out).tasks[0];
    expect(task.valid).toBe(true);
    expect(task.errors).toEqual([]);
    expect(task.totals.hidden).toEqual({ "blank-row": 2000, "type-error": 4 });
    const text = await validate(["--skip-errors", "blank-row", "--skip-errors", "type-error"]);
    expect(text.out).toContain("esta vista no muestra algunos tipos de hallazgo");
    expect(text.out).toContain("sin mostrar: 2.000 hallazgos de «Fila vacía» (blank-row).");
  });

  it("picks by quality dimension (#completeness) and by tag (#cell)", async () => {
    const completeness = JSON.parse((await validate(["--json", "--pick-errors", "#completeness"])).out);
    const types = new Set(completeness.tasks[0].errors.map((e: { type: string }) => e.type));
    expect([...types]).toEqual(["blank-row"]);
    expect(completeness.tasks[0].totals.hidden).toEqual({ "type-error": 4 });
    const cells = JSON.parse((await validate(["--json", "--pick-errors", "#cell"])).out);
    expect(cells.tasks[0].errors.map((e: { rowNumber: number }) => e.rowNumber)).toEqual([
      2004, 2005, 2006, 2007,
    ]);
  });

  it("leaves --limit-errors to the picked types: 2,000 blank rows do not use it up", async () => {
    const { code, out } = await validate(["--json", "--pick-errors", "type-error", "--limit-errors", "3"]);
    expect(code).toBe(1);
    const task = JSON.parse(out).tasks[0];
    expect(task.errors.map((e: { rowNumber: number }) => e.rowNumber)).toEqual([2004, 2005, 2006]);
    expect(task.totals.byType["type-error"]).toMatchObject({ findings: 4, listed: 3 });
  });

  it("refuses an unknown type with a suggestion and the known ones, in the user's language (exit 2)", async () => {
    const { code, err, out } = await validate(["--skip-errors", "blank-row,blnak-row", "--lang", "en"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('--skip-errors: "blnak-row" is not a finding type or tag ciudata knows.');
    expect(err).toContain('Did you mean "blank-row"?');
    expect(err).toMatch(/Tags: #file, .*#completeness, .*#privacy/);
    expect(err).toMatch(/Types: .*blank-row, .*type-error/);
    const pt = await validate(["--pick-errors", "#completude", "--lang", "pt"]);
    expect(pt.code).toBe(2);
    expect(pt.err).toContain('--pick-errors: "#completude" não é um tipo de achado');
  });
});

describe("validate: consecutive rows with the same finding are one line", () => {
  it("text, Markdown and HTML say the run and its count; JSON keeps every finding", async () => {
    // The default cap lists 1,000 blank rows; the run is still said whole, from the totals.
    const es = await validate([]);
    expect(es.out).toContain("✘ filas 3–2.002: fila vacía (2.000)");
    expect(es.out).toContain("sin listar: 1.000 hallazgos más de «Fila vacía» (blank-row).");
    const en = await validate(["--lang", "en", "--limit-errors", "0"]);
    expect(en.out).toContain("✘ rows 3–2,002: blank row (2,000)");
    expect(en.out).toContain("✘ rows 2,004–2,006, column “edad”: type error (3)");
    const md = await validate(["--format", "md", "--lang", "en", "--limit-errors", "0"]);
    expect(md.out).toContain("| 3–2002 |  |  | rows 3–2,002: blank row (2,000) |");
    const html = await validate(["--format", "html", "--limit-errors", "0"]);
    expect(html.out).toContain('<td class="num">3–2002</td>');
    expect(html.out).toContain("filas 3–2.002: fila vacía (2.000)");
    const json = JSON.parse((await validate(["--json", "--limit-errors", "0"])).out);
    expect(json.tasks[0].errors.filter((e: { type: string }) => e.type === "blank-row")).toHaveLength(2000);
  });
});

describe("validate --format github", () => {
  it("prints one annotation per run with row, column and title, and masks personal values", async () => {
    const { code, out } = await validate(["--format", "github", "--lang", "en", "--limit-errors", "0"]);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      "::error file=padron.csv,line=3,endLine=2002,title=Blank row (blank-row)::rows 3–2,002: blank row (2,000)",
      "::error file=padron.csv,line=2004,endLine=2006,col=3,title=Type error (type-error)::rows 2,004–2,006, column “edad”: type error (3)",
      "::error file=padron.csv,line=2007,col=2,title=Type error (type-error)::Row 2007, column 2 (dni): the value does not have the column's type or format; expected: integer; valid example: 42; found: «2X#####X» (masked).",
      "",
    ]);
    expect(out).not.toContain("2O12345X");
    // Capped at 5: the run is still one annotation to its last row, and the notes say what was not listed.
    const capped = await validate(["--format", "github", "--lang", "en", "--limit-errors", "5"]);
    expect(capped.out.split("\n")).toEqual([
      "::error file=padron.csv,line=3,endLine=2002,title=Blank row (blank-row)::rows 3–2,002: blank row (2,000)",
      "::notice file=padron.csv::padron: the list of errors stops at 5; scores and counts include every finding.",
      "::notice file=padron.csv::not listed: 1,995 more findings of “Blank row” (blank-row).",
      "::notice file=padron.csv::not listed: 4 more findings of “Type error” (type-error).",
      "",
    ]);
  });

  it("is refused by a command without annotations", async () => {
    const c = capture();
    expect(await run(["inspect", "x.csv", "--format", "github", "--lang", "en"], c.io)).toBe(2);
  });
});
