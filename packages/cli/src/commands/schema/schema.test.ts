import { existsSync, readdirSync, readlinkSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function workdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-schema-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

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

describe("ciudata schema infer", () => {
  it("prints an editable schema and each field's confidence", async () => {
    const dir = await workdir({
      "a.csv": "dni;fecha;monto;activo\n30111222;01/02/2024;1.234,56;si\n28999111;15/03/2024;99,9;no\n",
    });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["schema", "infer", "a.csv"], c.io)).toBe(0);
    const schema = JSON.parse(c.out());
    expect(schema.fields.map((f: { type: string }) => f.type)).toEqual([
      "string",
      "date",
      "number",
      "boolean",
    ]);
    expect(schema.fields[1].format).toBe("%d/%m/%Y");
    expect(c.err()).toContain("confianza");
  });

  it("writes the schema atomically with --out", async () => {
    const dir = await workdir({ "a.csv": "id\n1\n2\n" });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["schema", "infer", "a.csv", "--out", "s.json", "--lang", "en"], c.io)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, "s.json"), "utf8")).fields[0].type).toBe("integer");
  });

  it("rejects a bad --sample as a usage error", async () => {
    const c = capture();
    expect(await run(["schema", "infer", "a.csv", "--sample", "muchas"], c.io)).toBe(2);
    expect(c.err()).toContain("--sample");
  });

  it("prints the fields as a Markdown table and one HTML page with --format", async () => {
    const md = await infer("a.csv", "id;fecha\n1;01/02/2024\n2;15/03/2024\n", "--format", "md");
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Schema inferred from a\.csv/);
    expect(md.out).toContain("| fecha | date | %d/%m/%Y |");
    expect(md.out).toContain('"name": "id"');
    const html = await infer("a.csv", "id\n1\n", "--format", "html", "--out", "s.json");
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain("<td>integer</td>");
    expect(html.out).toContain("Written: ");
  });

  it.each([
    [["schema", "infer", "a.csv", "--sampel", "5"], "¿Quiso decir «--sample»?"],
    [["schema", "infre", "a.csv"], "¿Quiso decir «infer»?"],
    [["schema", "infer", "a.csv", "--format", "jsno"], "¿Quiso decir «json»?"],
  ])("%j is a usage error with a suggestion", async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err()).toContain(message);
  });
});
