import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoBytes } from "../demo/data";
import { run } from "../main";
import { capture } from "../test-helpers";

async function workdir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

describe("ciudata demo", () => {
  it("reads the embedded padrón offline and finds its mistakes, without printing personal data", async () => {
    const c = capture();
    expect(await run(["demo"], c.io)).toBe(0);
    const out = c.out();
    expect(out).toContain("Codificación: windows-1252");
    expect(out).toContain('Separador: ";"');
    expect(out).toMatch(/Filas de datos: 10\b/);
    expect(out).toContain("Fila 5, columna 6 (fecha_nacimiento)"); // 31/02/1990
    expect(out).toContain("Fila 8, columna 11"); // extra cell
    expect(out).toContain("Fila 7: la fila está vacía");
    expect(out).not.toContain("Núñez");
    expect(out).not.toContain("30111222");
  });

  it("writes the inferred schema and the report atomically with --out, in English with --lang en", async () => {
    const dir = await workdir();
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["demo", "--lang", "en", "--out", "salida"], c.io)).toBe(0);
    expect(c.out()).toContain("Encoding: windows-1252");
    const report = JSON.parse(await readFile(join(dir, "salida", "padron-demo.report.json"), "utf8"));
    expect(report.valid).toBe(false);
    expect(report.formatVersion).toBe("1.0");
    const schema = JSON.parse(await readFile(join(dir, "salida", "padron-demo.schema.json"), "utf8"));
    expect(schema.fields.map((f: { name: string }) => f.name)).toContain("fecha_nacimiento");
  });
});

describe("ciudata inspect", () => {
  it("prints what it detected in a file", async () => {
    const dir = await workdir({ "padron.csv": demoBytes() });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["inspect", "padron.csv", "--lang", "pt"], c.io)).toBe(0);
    expect(c.out()).toContain("Codificação: windows-1252");
    expect(c.out()).toContain("Colunas: 10");
  });

  it("prints JSON with --json", async () => {
    const dir = await workdir({ "a.csv": "id|nombre\n1|Ana\n" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["inspect", "a.csv", "--json"], c.io)).toBe(0);
    const json = JSON.parse(c.out());
    expect(json.detected.delimiter).toBe("|");
    expect(json.rows).toBe(1);
  });

  it("turns a missing file into a clear usage error (exit 2), not a crash", async () => {
    const c = capture();
    expect(await run(["inspect", "no-existe.csv"], c.io)).toBe(2);
    expect(c.err()).toContain("no-existe.csv");
    expect(c.err()).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("ciudata validate", () => {
  it("exits 1 with located errors when the data breaks the schema, 0 when valid", async () => {
    const dir = await workdir({
      "ok.csv": "id,fecha\n1,2024-01-31\n",
      "bad.csv": "id,fecha\nx,2024-02-31\n",
      "schema.json": JSON.stringify({
        fields: [
          { name: "id", type: "integer" },
          { name: "fecha", type: "date" },
        ],
      }),
    });
    const ok = capture();
    ok.io.cwd = dir;
    expect(await run(["validate", "ok.csv", "--schema", "schema.json"], ok.io)).toBe(0);
    const bad = capture();
    bad.io.cwd = dir;
    expect(
      await run(
        ["validate", "bad.csv", "--schema", "schema.json", "--lang", "en", "--out", "r.json"],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.out()).toContain("Row 2, column 1 (id)");
    expect(bad.out()).toContain("Row 2, column 2 (fecha)");
    expect(JSON.parse(await readFile(join(dir, "r.json"), "utf8")).valid).toBe(false);
  });

  it("says which schema file is not valid JSON", async () => {
    const dir = await workdir({ "a.csv": "id\n1\n", "s.json": "{fields:" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["validate", "a.csv", "--schema", "s.json"], c.io)).toBe(2);
    expect(c.err()).toContain("s.json no es JSON válido");
  });
});

describe("ciudata conformance", () => {
  it("runs cell cases and ends with the counts", async () => {
    const cellCases = [
      { id: "c1", field: { name: "n", type: "integer" }, cell: "01", expected: { value: 1 } },
      {
        id: "c2",
        field: { name: "n", type: "integer" },
        cell: "x",
        expected: { value: null, interpretation: "type-error" },
      },
      { id: "c3", field: { name: "n", type: "integer" }, cell: "2", expected: { value: 3 } },
    ];
    const dir = await workdir({ "expected.json": JSON.stringify({ cellCases }) });
    const c = capture();
    expect(await run(["conformance", "frictionless", dir], c.io)).toBe(1);
    expect(c.out()).toContain("failed  c3");
    expect(c.out().trim().split("\n").pop()).toBe("conformance: 2 passed, 1 failed");
  });

  it("rejects an unknown suite as a usage error", async () => {
    const c = capture();
    expect(await run(["conformance", "nope", "/tmp"], c.io)).toBe(2);
  });
});

describe("ciudata schema infer", () => {
  it("prints an editable schema and each field's confidence", async () => {
    const dir = await workdir({
      "a.csv": "dni;fecha;monto;activo\n30111222;01/02/2024;1.234,56;si\n28999111;15/03/2024;99,9;no\n",
    });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["schema", "infer", "a.csv"], c.io)).toBe(0);
    const schema = JSON.parse(c.out());
    expect(schema.fields.map((f: { type: string }) => f.type)).toEqual([
      "string",
      "date",
      "number",
      "boolean",
    ]);
    expect(schema.fields[1].format).toBe("%d/%m/%Y");
    expect(c.err()).toContain("confianza");
  });

  it("writes the schema atomically with --out", async () => {
    const dir = await workdir({ "a.csv": "id\n1\n2\n" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["schema", "infer", "a.csv", "--out", "s.json", "--lang", "en"], c.io)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, "s.json"), "utf8")).fields[0].type).toBe("integer");
  });

  it("rejects a bad --sample as a usage error", async () => {
    const c = capture();
    expect(await run(["schema", "infer", "a.csv", "--sample", "muchas"], c.io)).toBe(2);
    expect(c.err()).toContain("--sample");
  });
});
