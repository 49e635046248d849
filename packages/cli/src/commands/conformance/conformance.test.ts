import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const cellCases = [
  { id: "c1", field: { name: "n", type: "integer" }, cell: "01", expected: { value: 1 } },
  {
    id: "c2",
    field: { name: "n", type: "integer" },
    cell: "x",
    expected: { value: null, interpretation: "type-error" },
  },
  { id: "c3", field: { name: "n", type: "integer" }, cell: "2", expected: { value: 3 } },
];

async function suite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-conformance-"));
  await writeFile(join(dir, "expected.json"), JSON.stringify({ cellCases }));
  return dir;
}

describe("ciudata conformance", () => {
  it("runs cell cases and ends with the counts", async () => {
    const dir = await suite();
    const c = capture();
    expect(await run(["conformance", "frictionless", dir], c.io)).toBe(1);
    expect(c.out()).toContain("failed  c3");
    expect(c.out()).toContain("cell cases: 2 passed, 1 failed");
    expect(c.out().trim().split("\n").pop()).toBe("conformance: 2 passed, 1 failed");
  });

  it("prints the same counts as JSON, and lists every case with --verbose", async () => {
    const dir = await suite();
    const j = capture();
    expect(await run(["conformance", "frictionless", dir, "--json"], j.io)).toBe(1);
    const data = JSON.parse(j.out());
    expect(data).toMatchObject({ suite: "frictionless", passed: 2, failed: 1 });
    expect(data.groups[0].cases.map((c: { id: string }) => c.id)).toEqual(["c1", "c2", "c3"]);
    const v = capture();
    expect(await run(["conformance", "frictionless", dir, "--verbose"], v.io)).toBe(1);
    expect(v.out()).toContain("passed  c1");
  });

  it("writes the report as Markdown and as one HTML page", async () => {
    const dir = await suite();
    const m = capture();
    expect(await run(["conformance", "frictionless", dir, "--format", "md"], m.io)).toBe(1);
    expect(m.out()).toContain("# Conformidad: frictionless");
    expect(m.out()).toContain(`| failed | c3 | expected {"value":3} got 2 (value differs) |`);
    const h = capture({ LANG: "en_US.UTF-8" });
    h.io.cwd = dir;
    expect(await run(["conformance", "frictionless", ".", "--out", "informe.html"], h.io)).toBe(1);
    const html = await readFile(join(dir, "informe.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<title>Conformance: frictionless</title>");
    expect(html).toContain("<td>c3</td>");
    expect(h.out()).toContain(`Written: ${join(dir, "informe.html")}`);
  });

  // Issue #17, finding 9: a case holding null where an object is expected made the runner throw.
  it("counts a case it cannot run as a failure with its reason, and never throws", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-conformance-"));
    await writeFile(join(dir, "table.csv"), "id\n1\n");
    const cases = [
      { id: "null-package", input: { package: null, path: "table.csv" }, expected: { valid: true } },
      { id: "null-input", input: null, expected: { valid: true } },
      { id: "null-keys", input: { path: "table.csv" }, expected: { errors: [], flattenKeys: null } },
      null,
    ];
    await writeFile(join(dir, "expected.json"), JSON.stringify({ cellCases: { not: "a list" }, cases }));
    const c = capture();
    expect(await run(["conformance", "frictionless", dir], c.io)).toBe(1);
    expect(c.out()).toContain("null-input expected");
    expect(c.out()).toContain("(not a case: its input is null, not an object)");
    expect(c.out()).toContain("(not a case: it is null)");
    expect(c.out()).toContain("table cases: 2 passed, 2 failed");
    expect(c.out().trim().split("\n").pop()).toBe("conformance: 2 passed, 2 failed");
  });

  it("says which file is missing or not JSON, in the user's language", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-conformance-"));
    const c = capture();
    expect(await run(["conformance", "frictionless", dir], c.io)).toBe(2);
    expect(c.err()).toContain(`No se encontró ${join(dir, "expected.json")}`);
    await writeFile(join(dir, "expected.json"), "{cellCases");
    const e = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["conformance", "frictionless", dir], e.io)).toBe(2);
    expect(e.err()).toContain("not valid JSON");
  });

  it("rejects an unknown suite, a misspelt suite or option with a suggestion (exit 2)", async () => {
    expect(await run(["conformance", "nope", "/tmp"], capture().io)).toBe(2);
    const s = capture();
    expect(await run(["conformance", "frictionles", "/tmp"], s.io)).toBe(2);
    expect(s.err()).toContain("¿Quiso decir «frictionless»?");
    const o = capture();
    expect(await run(["conformance", "ids", "/tmp/v.json", "--verbos"], o.io)).toBe(2);
    expect(o.err()).toContain("¿Quiso decir «--verbose»?");
    const f = capture();
    expect(await run(["conformance", "ids", "/tmp/v.json", "--format", "htm"], f.io)).toBe(2);
    expect(f.err()).toContain("¿Quiso decir «html»?");
  });

  it("never writes the report over the suite it reads", async () => {
    const dir = await suite();
    const c = capture();
    c.io.cwd = dir;
    const manifest = join(dir, "expected.json");
    expect(await run(["conformance", "ids", manifest, "--out", manifest], c.io)).toBe(2);
    expect(JSON.parse(await readFile(manifest, "utf8"))).toEqual({ cellCases });
  });
});
