import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function workdir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

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

  it("counts data rows and blank lines apart, as inspect does, in text, Markdown and JSON (issue #17, finding 3)", async () => {
    // 3 data rows and 2 blank lines (every cell empty), one of them in the middle.
    const dir = await workdir({ "casos.csv": "id,departamento\n1,JUNIN\n,\n2,LIMA\n3,CUSCO\n,\n" });
    const text = capture();
    text.io.cwd = dir;
    expect(await run(["validate", "casos.csv"], text.io)).toBe(1);
    expect(text.out()).toContain("casos: ✘ con errores — 3 filas de datos, 2 líneas en blanco, 2 columnas");
    const md = capture();
    md.io.cwd = dir;
    expect(await run(["validate", "casos.csv", "--format", "md", "--lang", "en"], md.io)).toBe(1);
    expect(md.out()).toContain("3 data rows, 2 blank lines, 2 columns");
    const json = capture();
    json.io.cwd = dir;
    expect(await run(["validate", "casos.csv", "--format", "json"], json.io)).toBe(1);
    const stats = JSON.parse(json.out()).tasks[0].stats;
    expect([stats.rows, stats.dataRows, stats.blankRows]).toEqual([5, 3, 2]);
    const inspected = capture();
    inspected.io.cwd = dir;
    expect(await run(["inspect", "casos.csv", "--json"], inspected.io)).toBe(0);
    const info = JSON.parse(inspected.out());
    expect([info.rows, info.blankRows]).toEqual([stats.dataRows, stats.blankRows]);
  });

  it("says which schema file is not valid JSON", async () => {
    const dir = await workdir({ "a.csv": "id\n1\n", "s.json": "{fields:" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["validate", "a.csv", "--schema", "s.json"], c.io)).toBe(2);
    expect(c.err()).toContain('s.json, línea 1, columna 2: no es JSON válido. Ejemplo válido: {"fields"');
  });
});

describe("ciudata validate: the quality review", () => {
  it("writes one self-contained HTML report chosen by the --out extension, and prints the summary", async () => {
    const dir = await workdir({ "a.csv": "id,edad\n1,30\n1,x\n" });
    const c = capture();
    c.io.cwd = dir;
    const schema = JSON.stringify({
      fields: [
        { name: "id", type: "integer" },
        { name: "edad", type: "integer" },
      ],
      primaryKey: ["id"],
    });
    await writeFile(join(dir, "s.json"), schema);
    expect(await run(["validate", "a.csv", "--schema", "s.json", "--out", "informe.html"], c.io)).toBe(1);
    const html = await readFile(join(dir, "informe.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Validez");
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(c.out()).toContain("Escrito:");
  });

  it("applies the built-in Argentine profile", async () => {
    const dir = await workdir({ "a.csv": "Fecha;Monto\n31/12/2024;1.234,5\n" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["validate", "a.csv", "--profile", "ar-datos-abiertos", "--format", "json"], c.io)).toBe(
      1,
    );
    const json = JSON.parse(c.out());
    const types = json.tasks[0].errors.map((e: { type: string }) => e.type);
    expect(types).toContain("quality/profile/delimiter");
    expect(json.quality.scores.dimensions.validity.score).toBeLessThan(100);
  });

  it("validates a Data Package with a foreign key between its resources", async () => {
    const dir = await workdir({
      "barrios.csv": "id,nombre\n1,Centro\n2,Bombal\n",
      "personas.csv": "nombre,barrio\nAna,1\nLeo,3\n",
      "datapackage.json": JSON.stringify({
        name: "padron",
        resources: [
          {
            name: "barrios",
            path: "barrios.csv",
            schema: { fields: [{ name: "id", type: "integer" }, { name: "nombre" }], primaryKey: ["id"] },
          },
          {
            name: "personas",
            path: "personas.csv",
            schema: {
              fields: [{ name: "nombre" }, { name: "barrio", type: "integer" }],
              foreignKeys: [{ fields: ["barrio"], reference: { resource: "barrios", fields: ["id"] } }],
            },
          },
        ],
      }),
    });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["validate", "datapackage.json", "--lang", "en"], c.io)).toBe(1);
    expect(c.out()).toContain("foreign-key");
  });

  it("exits 2 for input that is not a table, a bad date or a bad profile", async () => {
    const dir = await workdir({
      "page.csv": "<!DOCTYPE html><html><body>Portal</body></html>",
      "p.json": '{"id":"X"}',
      "a.csv": "a\n1\n",
    });
    const page = capture();
    page.io.cwd = dir;
    expect(await run(["validate", "page.csv"], page.io)).toBe(2);
    const date = capture();
    date.io.cwd = dir;
    expect(await run(["validate", "a.csv", "--as-of", "22/11/2026"], date.io)).toBe(2);
    expect(date.err()).toContain("AAAA-MM-DD");
    const profile = capture();
    profile.io.cwd = dir;
    expect(await run(["validate", "a.csv", "--profile", "p.json"], profile.io)).toBe(2);
    expect(profile.err()).toContain("no es válido");
  });
});
