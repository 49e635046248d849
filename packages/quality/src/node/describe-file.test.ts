import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeTable } from "../stats";
import { describeFile } from "./describe-file";

// Issue #22: a file read in byte ranges (this thread and worker threads, when the package is built;
// at least two ranges a thread, claimed from a shared queue) gives the same statistics as one streaming
// pass, whatever the number of threads.

const dir = mkdtempSync(join(tmpdir(), "ciudata-stats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BARRIOS = ["Centro", "Peñón", "Ñuñoa 🏙", "São João", "Norte", "  ", ""];

/** A table of `n` rows with every kind of cell, quoted cells with the delimiter, a blank line. */
function table(n: number, newline: string): string {
  const lines = ["id;barrio;monto;fecha;nota"];
  for (let i = 1; i <= n; i++) {
    const monto =
      i % 97 === 0 ? "s/d" : i % 89 === 0 ? "12a" : `${(i * 7919) % 250_000}.${i % 1000},${i % 100}`;
    const fecha = `${String((i % 28) + 1).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/${1950 + (i % 70)}`;
    const nota = i % 50 === 0 ? '"con ; y ""comillas"""' : i % 7 === 0 ? "" : `nota ${i % 3000}`;
    lines.push(`${i};${BARRIOS[i % BARRIOS.length]};${monto};${fecha};${nota}`);
    if (i === Math.floor(n / 2)) lines.push("");
  }
  return `${lines.join(newline)}${newline}`;
}

describe("describeFile", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])(
    "in byte ranges on 1 to 3 threads equals one streaming pass (%s)",
    async (_, newline) => {
      const text = table(12_000, newline);
      const path = join(dir, `tabla-${_}.csv`);
      writeFileSync(path, text);
      const options = { exactLimit: 1000, quantileLimit: 2000, masking: { personal: [] } };
      const streamed = await describeTable(text, { ...options, name: `tabla-${_}` });
      expect(streamed.rows).toBe(12_001);
      for (const threads of [1, 2, 3]) {
        const ranged = await describeFile(path, { ...options, threads });
        expect({ ...ranged, place: "" }).toEqual({ ...streamed, place: "" });
      }
      const barrio = streamed.columns[1];
      expect(barrio?.top?.values.map((v) => v.value)).toContain("Ñuñoa 🏙");
      expect(streamed.columns[0]?.distinctExact).toBe(false);
      expect(streamed.columns[0]?.summary?.exact).toBe(false);
    },
    120_000,
  );

  it("counts a column found personal only, in the workers too, with the counts of one pass", async () => {
    const text = table(12_000, "\n");
    const path = join(dir, "personal.csv");
    writeFileSync(path, text);
    const options = { exactLimit: 1000, quantileLimit: 2000, masking: { personal: ["monto", "id"] } };
    const streamed = await describeTable(text, { ...options, name: "personal" });
    const ranged = await describeFile(path, { ...options, threads: 3 });
    expect({ ...ranged, place: "" }).toEqual({ ...streamed, place: "" });
    expect(ranged.columns[2]).toMatchObject({ personal: true, invalid: streamed.columns[2]?.invalid });
    expect(ranged.columns[2]?.summary).toBeUndefined();
  });

  it("stops the workers it started when the file cannot be read as a table (a located error)", async () => {
    const path = join(dir, "vacia.csv");
    writeFileSync(path, "");
    await expect(describeFile(path, { threads: 3, masking: { personal: [] } })).rejects.toMatchObject({
      name: "CiudataError",
    });
    await expect(describeFile(join(dir, "no-existe.csv"), { threads: 3 })).rejects.toThrow();
  });

  it("reads a file that is not UTF-8 past its start in one pass, with the same counts", async () => {
    const text = table(3000, "\n");
    const path = join(dir, "mala.csv");
    // Invalid UTF-8 past the sample: a range read gives up, the stream reads it (and counts the row).
    writeFileSync(path, Buffer.concat([Buffer.from(text), Buffer.from([0x31, 0x3b, 0xff, 0xfe, 0x0a])]));
    const stats = await describeFile(path, { threads: 2, masking: { personal: [] } });
    expect(stats.rows).toBe(3002);
  });
});
