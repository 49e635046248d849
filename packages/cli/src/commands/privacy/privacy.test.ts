import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function dir(files: Record<string, string>) {
  const d = await mkdtemp(join(tmpdir(), "ciudata-privacy-"));
  for (const [n, t] of Object.entries(files)) await writeFile(join(d, n), t);
  return d;
}

const CSV =
  "nombre;cuil;edad;sexo;barrio\nAna Pérez;20-10123456-9;30;F;Centro\nLuis Gómez;20-04035643-7;30;F;Centro\nEva Ruiz;27-05057345-2;41;M;Sur\n";

describe("ciudata privacy", () => {
  it("scan flags personal columns with masked samples only", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--json"], c.io)).toBe(0);
    const out = JSON.parse(c.out());
    expect(out.personalColumns).toEqual(expect.arrayContaining(["nombre", "cuil"]));
    expect(c.out()).not.toContain("Pérez");
    expect(c.out()).not.toContain("20-10123456-9");
  });
  it("risk reports violations and exits 1 when k is not met", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture({ LANG: "en_US.UTF-8" });
    expect(
      await run(["privacy", "risk", join(d, "t.csv"), "--qi", "edad,sexo,barrio", "--k", "2"], c.io),
    ).toBe(1);
    expect(c.out()).toContain("records violating 2-anonymity: 1");
    const h = capture();
    await run(["privacy", "risk", join(d, "t.csv"), "--qi", "edad", "--k", "2", "--format", "html"], h.io);
    expect(h.out()).toContain("<!doctype html>");
  });
  it("a wrong column or subcommand is a usage error", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture();
    expect(await run(["privacy", "risk", join(d, "t.csv"), "--qi", "nope"], c.io)).toBe(2);
    expect(await run(["privacy", "nada", "x"], capture().io)).toBe(2);
  });
  it("prints scan and risk as Markdown tables and one HTML page, and writes --out atomically", async () => {
    const d = await dir({ "t.csv": CSV });
    const md = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Personal data found\n\n\| column \| category \|/);
    expect(md.out()).toContain("| cuil |");
    expect(md.out()).not.toContain("Pérez");
    const html = capture();
    expect(
      await run(
        ["privacy", "risk", join(d, "t.csv"), "--qi", "edad,sexo", "--k", "2", "--out", join(d, "r.html")],
        html.io,
      ),
    ).toBe(1);
    const page = await readFile(join(d, "r.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(page).toContain("<li>registros que violan 2-anonimato: 1");
    expect(html.out()).toContain(`Escrito: ${join(d, "r.html")}`);
  });
  it("a misspelt option or subcommand is exit 2 with «¿Quiso decir…?»", async () => {
    const d = await dir({ "t.csv": CSV });
    const option = capture();
    expect(await run(["privacy", "risk", join(d, "t.csv"), "--qis", "edad"], option.io)).toBe(2);
    expect(option.err()).toContain("¿Quiso decir «--qi»?");
    const sub = capture();
    expect(await run(["privacy", "scna", join(d, "t.csv")], sub.io)).toBe(2);
    expect(sub.err()).toContain("¿Quiso decir «scan»?");
    const format = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--format", "htlm"], format.io)).toBe(2);
    expect(format.err()).toContain("¿Quiso decir «html»?");
  });
});
