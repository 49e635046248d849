// Every package has its README in English (README.md) and Spanish (README.es.md), each opening with a link to the other.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), "..", "packages");
const packages = readdirSync(PACKAGES).filter((name) => existsSync(join(PACKAGES, name, "package.json")));

/** The first line that is not blank. */
function firstLine(path: string): string {
  return (
    readFileSync(path, "utf8")
      .split(/\r?\n/)
      .find((line) => line.trim() !== "") ?? ""
  );
}

describe("package READMEs in English and Spanish", () => {
  it("finds the packages", () => {
    expect(packages).toContain("table");
    expect(packages).toContain("create-ciudata");
  });

  it.each(packages)("%s has README.md and README.es.md, each linking to the other first", (name) => {
    const en = join(PACKAGES, name, "README.md");
    const es = join(PACKAGES, name, "README.es.md");
    expect(existsSync(en), `${name}/README.md`).toBe(true);
    expect(existsSync(es), `${name}/README.es.md`).toBe(true);
    expect(firstLine(en)).toBe("[Español](README.es.md)");
    expect(firstLine(es)).toBe("[English](README.md)");
  });

  it.each(packages)("%s ships README.es.md", (name) => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, name, "package.json"), "utf8"));
    expect(manifest.files).toContain("README.es.md");
  });
});
