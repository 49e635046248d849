import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCsv } from "@ciudata/table";
import { afterAll, describe, expect, it } from "vitest";
import { generateRegistries, generateRegistry } from "../generate";
import { writeRegistries, writeRegistry } from "./generate";

const dir = mkdtempSync(join(tmpdir(), "ciudata-linkage-gen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (rows: readonly (readonly string[])[]) =>
  `${writeCsv(rows, { lineTerminator: "\n", escapeFormulas: false })}\n`;

describe("writeRegistries", () => {
  it("writes the same registries and truth as generateRegistries, and a manifest", async () => {
    const options = { people: 120, seed: 9, overlap: 0.4 };
    const out = join(dir, "two");
    const files = await writeRegistries(out, options);
    const mem = generateRegistries(options);
    expect(readdirSync(out).sort()).toEqual([
      "a.csv",
      "b.csv",
      "manifest.json",
      "truth-clusters.csv",
      "truth.csv",
    ]);
    expect(readFileSync(join(out, "a.csv"), "utf8")).toBe(csv([mem.a.header, ...mem.a.rows]));
    expect(readFileSync(join(out, "b.csv"), "utf8")).toBe(csv([mem.b.header, ...mem.b.rows]));
    expect(readFileSync(files.truth, "utf8")).toBe(csv([["left", "right"], ...mem.truth.pairs]));
    expect(readFileSync(files.clusters, "utf8")).toBe(csv([["id", "cluster"], ...mem.truth.clusters]));
    const manifest = JSON.parse(readFileSync(files.manifest, "utf8"));
    expect(manifest).toMatchObject({ mode: "link", rows: [120, 120], truthPairs: 48, errors: mem.errors });
    // A phone such as "+52 55 …" is written as is (no spreadsheet quote).
    expect(readFileSync(join(out, "b.csv"), "utf8")).not.toMatch(/'\+52/);
  });
});

describe("writeRegistry", () => {
  it("writes one registry with its duplicates' truth", async () => {
    const options = { people: 100, seed: 9, duplicatesWithin: 0.2, layout: "b" as const };
    const out = join(dir, "one");
    const files = await writeRegistry(out, options);
    const mem = generateRegistry(options);
    expect(readFileSync(join(out, "registry.csv"), "utf8")).toBe(
      csv([mem.registry.header, ...mem.registry.rows]),
    );
    expect(readFileSync(files.truth, "utf8")).toBe(csv([["left", "right"], ...mem.truth.pairs]));
    expect(files.rows).toEqual([mem.registry.rows.length]);
  });
});
