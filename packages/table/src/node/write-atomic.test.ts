import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-atomic";

describe("writeFileAtomic", () => {
  it("writes the whole file, creating folders, and leaves no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-"));
    const target = join(dir, "sub", "report.json");
    await writeFileAtomic(target, '{"valid":true}');
    expect(await readFile(target, "utf8")).toBe('{"valid":true}');
    expect(await readdir(join(dir, "sub"))).toEqual(["report.json"]);
  });

  it("replaces an existing file only once the new content is complete", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-"));
    const target = join(dir, "a.csv");
    await writeFile(target, "old");
    await writeFileAtomic(target, new TextEncoder().encode("new"));
    expect(await readFile(target, "utf8")).toBe("new");
  });

  it("keeps the old file when the write fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-"));
    const target = join(dir, "a.csv");
    await writeFile(target, "old");
    // A directory in place of the target makes rename fail.
    await expect(writeFileAtomic(join(dir), "x")).rejects.toThrow();
    expect(await readFile(target, "utf8")).toBe("old");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
