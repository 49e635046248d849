import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { run } from "../main";
import { registerCommand } from "./index";
import { suppressCommand } from "./suppress";

let unregister: (() => void) | undefined;
afterEach(() => unregister?.());

describe("ciudata suppress", () => {
  it("reads thousands separators but never recodes a decimal count: the table is refused", async () => {
    unregister = registerCommand(suppressCommand);
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
    unregister = registerCommand(suppressCommand);
    const d = await mkdtemp(join(tmpdir(), "ciudata-supp-"));
    await writeFile(join(d, "t.csv"), "barrio,F,M\nCentro,12,2\nSur,8,15\nNorte,0,30\n");
    const c = capture();
    expect(await run(["suppress", join(d, "t.csv"), "--threshold", "5"], c.io)).toBe(0);
    expect(c.out()).toContain("Centro,M,,Q");
    expect(c.out()).toContain("Norte,F,0,A");
    const j = capture();
    await run(["suppress", join(d, "t.csv"), "--json"], j.io);
    expect(JSON.parse(j.out()).secondary).toBeGreaterThan(0);
  });

  it("keeps a header of years, reads quoted labels, and writes JSON as JSON.stringify would", async () => {
    unregister = registerCommand(suppressCommand);
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
});
