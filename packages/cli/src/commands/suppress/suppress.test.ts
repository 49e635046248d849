import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

describe("ciudata suppress", () => {
  it("reads thousands separators but never recodes a decimal count: the table is refused", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-supp-"));
    await writeFile(join(d, "miles.csv"), 'barrio,F,M\nCentro,1.234,"1,500"\nSur,8,15\n');
    const ok = capture();
    expect(await run(["suppress", join(d, "miles.csv"), "--json"], ok.io)).toBe(0);
    expect(ok.out()).toContain("1234");
    expect(ok.out()).toContain("1500");
    for (const bad of ["2.5", "12,5", "-3"]) {
      await writeFile(join(d, "dec.csv"), `barrio,F,M\nCentro,${bad},4\n`);
      const c = capture();
      expect(await run(["suppress", join(d, "dec.csv")], c.io), bad).toBe(2);
      expect(c.err()).toContain("números enteros");
    }
  });

  it("hides small cells and their complements with OBS_STATUS Q", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-supp-"));
    await writeFile(join(d, "t.csv"), "barrio,F,M\nCentro,12,2\nSur,8,15\nNorte,0,30\n");
    const c = capture();
    expect(await run(["suppress", join(d, "t.csv"), "--threshold", "5"], c.io)).toBe(0);
    expect(c.out()).toContain("Centro,M,,Q");
    expect(c.out()).toContain("Norte,F,0,A");
    const j = capture();
    await run(["suppress", join(d, "t.csv"), "--json"], j.io);
    // One count of hidden cells, never split into small and protecting ones.
    const parsed = JSON.parse(j.out());
    expect(parsed.suppressed).toBeGreaterThan(1);
    expect(parsed).not.toHaveProperty("primary");
    expect(parsed).not.toHaveProperty("secondary");
  });

  it("keeps a header of years, reads quoted labels, and writes JSON as JSON.stringify would", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-supp-"));
    await writeFile(join(d, "t.csv"), 'zona,2020,2021\n"Norte, alto",12,2\nSur,8,15\n');
    const c = capture();
    expect(await run(["suppress", join(d, "t.csv")], c.io)).toBe(0);
    expect(c.out().split("\n")[0]).toBe("zona,columna,OBS_VALUE,OBS_STATUS");
    expect(c.out()).toContain('"Norte, alto",2021,,Q');
    const j = capture();
    expect(await run(["suppress", join(d, "t.csv"), "--json"], j.io)).toBe(0);
    const parsed = JSON.parse(j.out());
    expect(j.out()).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.cells).toHaveLength(9);
    expect(parsed.cells[8]).toEqual({ row: "_T", column: "_T", OBS_VALUE: 37, OBS_STATUS: "A" });
  });
  it("prints the long table as Markdown and HTML, and writes --out by its extension with the summary on stdout", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-supp-"));
    await writeFile(join(d, "t.csv"), "barrio,F,M\nCentro,12,2\nSur,8,15\nNorte,0,30\n");
    const md = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["suppress", join(d, "t.csv"), "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(
      /^# Small-cell suppression\n\n\d+ cells suppressed, small or protecting one, without saying which/,
    );
    expect(md.out()).toContain("| barrio | columna | OBS_VALUE | OBS_STATUS |");
    expect(md.out()).toContain("| Centro | M |  | Q |");
    const html = capture();
    expect(await run(["suppress", join(d, "t.csv"), "--out", join(d, "t.html")], html.io)).toBe(0);
    const page = await readFile(join(d, "t.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(page).toContain("<tr><td>Centro</td><td>M</td><td></td><td>Q</td></tr>");
    expect(html.out()).toMatch(
      /^\d+ celdas suprimidas, chicas o para protegerlas, sin decir cuáles \(umbral 5\)\nEscrito: /,
    );
    const csv = capture();
    expect(await run(["suppress", join(d, "t.csv"), "--out", join(d, "long.csv"), "--json"], csv.io)).toBe(0);
    expect(await readFile(join(d, "long.csv"), "utf8")).toContain("Centro,M,,Q");
    expect(JSON.parse(csv.out())).toMatchObject({ threshold: 5, out: join(d, "long.csv") });
  });
  it("a misspelt option or format is exit 2 with «¿Quiso decir…?»", async () => {
    const option = capture();
    expect(await run(["suppress", "t.csv", "--treshold", "5"], option.io)).toBe(2);
    expect(option.err()).toContain("¿Quiso decir «--threshold»?");
    const format = capture();
    expect(await run(["suppress", "t.csv", "--format", "mdd"], format.io)).toBe(2);
    expect(format.err()).toContain("¿Quiso decir «md»?");
  });
});
