import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { demoBytes } from "../../demo/data";
import { run } from "../../main";

async function workdir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

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

  it("says what to do about a missing file in the user's language, never in English inside Spanish", async () => {
    const es = capture();
    expect(await run(["validate", "nope.csv"], es.io)).toBe(2);
    expect(es.err()).toContain("qué hacer: revise la ruta");
    expect(es.err()).not.toContain("check the path");
    const pt = capture({ LANG: "pt_BR.UTF-8" });
    expect(await run(["inspect", "nope.csv"], pt.io)).toBe(2);
    expect(pt.err()).toContain("o que fazer: verifique o caminho");
  });
  it("prints Markdown and HTML reports of what it detected, and writes one with --out", async () => {
    const dir = await workdir({ "a.csv": "id;barrio\n1;Centro\n" });
    const md = capture();
    md.io.cwd = dir;
    expect(await run(["inspect", "a.csv", "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Cómo está escrita a\.csv/);
    const html = capture();
    html.io.cwd = dir;
    expect(await run(["inspect", "a.csv", "--out", "a.html"], html.io)).toBe(0);
    expect(await readFile(join(dir, "a.html"), "utf8")).toMatch(/^<!doctype html>[\s\S]*Separador/i);
    expect(html.out()).toContain("Escrito:");
  });

  it("reports data rows and blank lines apart, in text and JSON (issue #17, finding 3)", async () => {
    // 3 data rows and 2 blank lines (every cell empty), one of them in the middle.
    const dir = await workdir({ "casos.csv": "id,departamento\n1,JUNIN\n,\n2,LIMA\n3,CUSCO\n,\n" });
    const es = capture();
    es.io.cwd = dir;
    expect(await run(["inspect", "casos.csv"], es.io)).toBe(0);
    expect(es.out()).toContain("Filas de datos: 3\n");
    expect(es.out()).toContain("Líneas en blanco (no cuentan como filas de datos): 2");
    const en = capture();
    en.io.cwd = dir;
    expect(await run(["inspect", "casos.csv", "--lang", "en"], en.io)).toBe(0);
    expect(en.out()).toContain("Blank lines (not counted as data rows): 2");
    const json = capture();
    json.io.cwd = dir;
    expect(await run(["inspect", "casos.csv", "--json"], json.io)).toBe(0);
    const parsed = JSON.parse(json.out());
    expect([parsed.rows, parsed.blankRows]).toEqual([3, 2]);
  });
});
