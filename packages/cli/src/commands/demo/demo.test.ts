import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function workdir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "ciudata-demo-"));
}

describe("ciudata demo", () => {
  it("reads the embedded padrón offline and finds its mistakes, without printing personal data", async () => {
    const c = capture();
    expect(await run(["demo"], c.io)).toBe(0);
    const out = c.out();
    expect(out).toContain("Codificación: windows-1252");
    expect(out).toContain('Separador: ";"');
    // 10 rows after the header: 9 data rows and 1 blank line, counted apart (issue #17, finding 3).
    expect(out).toMatch(/Filas de datos: 9\b/);
    expect(out).toContain("Líneas en blanco (no cuentan como filas de datos): 1");
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

describe("ciudata demo: the whole job", () => {
  it("serves the sample portal on loopback, reviews a downloaded resource in one pass and shows the strategy", async () => {
    const dir = await workdir();
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["demo", "--out", "salida", "--as-of", "2026-11-22"], c.io)).toBe(0);
    const out = c.out();
    expect(out).toMatch(/servido en http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toContain("Registro de un programa alimentario (muestra sintética)");
    // One pass: quality scores, privacy risk and the disaggregation standard in the same report.
    expect(out).toContain("registro-programa-alimentario-muestra:");
    expect(out).toContain("privacy/k-anonymity");
    // Worded by privacy's own catalog, not its bare id.
    expect(out).toContain("Riesgo de reidentificación (k-anonimato)");
    expect(out).toMatch(/registros? (está|están) en grupos de menos de 5 personas/);
    expect(out).not.toMatch(/: privacy\/k-anonymity\./);
    expect(out).toContain("disaggregation/missing-dimension");
    expect(out).toContain("Estrategia de Datos de Mendoza 2024-2026 — al 2026-11-22");
    const html = await readFile(join(dir, "salida", "registro-programa-alimentario-muestra.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
  });
});

describe("ciudata demo: formats", () => {
  it("prints the walkthrough as Markdown and HTML, and a JSON summary of what it did", async () => {
    const dir = await workdir();
    const md = capture();
    md.io.cwd = dir;
    expect(await run(["demo", "--out", "a", "--as-of", "2026-11-22", "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# ciudata demo/);
    expect(md.out()).toContain("## 5/5 La estrategia de datos de Mendoza al 2026-11-22");
    const html = capture();
    html.io.cwd = dir;
    expect(await run(["demo", "--out", "b", "--as-of", "2026-11-22", "--format", "html"], html.io)).toBe(0);
    expect(html.out()).toMatch(/^<!doctype html>/i);
    expect(html.out()).not.toMatch(/<script/);
    const json = capture();
    json.io.cwd = dir;
    expect(await run(["demo", "--out", "c", "--as-of", "2026-11-22", "--json"], json.io)).toBe(0);
    const summary = JSON.parse(json.out());
    expect(summary.asOf).toBe("2026-11-22");
    expect(summary.padron.valid).toBe(false);
    expect(summary.written).toContain(join(dir, "c", "padron-demo.html"));
  });
});

describe("ciudata demo: mistakes", () => {
  it("a misspelt option is a usage error with a suggestion, before anything runs", async () => {
    const c = capture();
    expect(await run(["demo", "--as-fo", "2026-11-22"], c.io)).toBe(2);
    expect(c.err()).toContain("¿Quiso decir «--as-of»?");
    expect(c.out()).toBe("");
  });

  it("a date that does not exist is a usage error, before the portal starts", async () => {
    const c = capture();
    expect(await run(["demo", "--as-of", "2026-13-45"], c.io)).toBe(2);
    expect(c.err()).toContain("--as-of espera una fecha AAAA-MM-DD");
    expect(c.out()).toBe("");
  });
});
