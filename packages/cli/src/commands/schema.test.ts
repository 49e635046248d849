import { existsSync, readdirSync, readlinkSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { run } from "../main";

async function infer(name: string, data: string | Uint8Array, ...flags: string[]) {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-schema-"));
  await writeFile(join(dir, name), data);
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["schema", "infer", name, "--lang", "en", ...flags], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata schema infer: what is not a table", () => {
  it("refuses an empty or BOM-only file, naming it", async () => {
    for (const data of ["", "\uFEFF"]) {
      const r = await infer("vacio.csv", data);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/vacio\.csv.* is empty/);
    }
  });

  it("refuses a PDF with the format error alone, even with an unknown --encoding", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    const r = await infer("informe.csv", pdf, "--encoding", "cp850");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("PDF");
    expect(r.err).not.toContain("cp850");
  });

  it.skipIf(!existsSync("/proc/self/fd"))(
    "closes a large file it refuses (Linux: /proc/self/fd)",
    async () => {
      const big = new Uint8Array(3_000_000).fill(65);
      big.set(new TextEncoder().encode("%PDF-1.7\n"));
      const r = await infer("grande.csv", big);
      expect(r.code).toBe(2);
      await new Promise((done) => setTimeout(done, 50));
      const open = readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).endsWith("grande.csv");
        } catch {
          return false;
        }
      });
      expect(open).toEqual([]);
    },
  );

  it("infers from the first --sample rows only", async () => {
    const r = await infer("n.csv", "n\n1\n2\nx\n", "--sample", "2");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).fields[0].type).toBe("integer");
  });
});
