import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFile } from "./files";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-files-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openFile", () => {
  it("opens a table on disk by its path: windows-1252, name from the file", async () => {
    const path = join(dir, "padrón.csv");
    await writeFile(path, Buffer.from("nombre;año\nMaría;2024\nJosé;2023\n", "latin1"));
    const table = await openFile(path);
    expect(table.stopped).toBeNull();
    expect(table.name).toBe("padrón");
    expect(table.place).toBe("padrón.csv");
    expect(["windows-1252", "iso-8859-1"]).toContain(table.encoding?.encoding);
    expect(table.labels).toEqual(["nombre", "año"]);
    const cells: string[][] = [];
    for await (const row of table.rows()) cells.push(row.cells);
    expect(cells).toEqual([
      ["María", "2024"],
      ["José", "2023"],
    ]);
  });

  it("returns a missing file as a source-error issue, not thrown", async () => {
    const table = await openFile(join(dir, "nope.csv"));
    expect(table.stopped).toBe("source");
    expect(table.issues.map((i) => [i.type, i.params.reason])).toEqual([["source-error", "not-found"]]);
  });
});
