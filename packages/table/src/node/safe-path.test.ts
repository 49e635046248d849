import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../report/localize";
import { assertNotInput, resolveWithin, sameFile } from "./safe-path";

function tree() {
  const base = mkdtempSync(join(tmpdir(), "ciudata-safe-"));
  const root = join(base, "served");
  mkdirSync(join(root, "files"), { recursive: true });
  writeFileSync(join(root, "files", "a.csv"), "x\n1\n");
  writeFileSync(join(base, "secret.txt"), "secret");
  symlinkSync(join(base, "secret.txt"), join(root, "files", "out-link.csv"));
  symlinkSync(base, join(root, "up"));
  symlinkSync(join(root, "files", "a.csv"), join(root, "files", "in-link.csv"));
  return { base, root };
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof CiudataError) return String(error.errors[0]?.params.reason ?? error.errors[0]?.type);
    throw error;
  }
  return undefined;
}

describe("resolveWithin", () => {
  it("returns the real path of a file inside the folder, following links that stay inside", () => {
    const { root } = tree();
    expect(resolveWithin(root, "files/a.csv")).toMatch(/served\/files\/a\.csv$/);
    expect(resolveWithin(root, "files/in-link.csv")).toMatch(/served\/files\/a\.csv$/);
    expect(resolveWithin(root, "files/./../files/a.csv")).toMatch(/served\/files\/a\.csv$/);
  });

  it("refuses .., absolute paths, backslashes, NUL and links that lead out", () => {
    const { root } = tree();
    expect(reasonOf(() => resolveWithin(root, "../secret.txt"))).toBe("outside-root");
    expect(reasonOf(() => resolveWithin(root, "files/../../../../../../etc/passwd"))).toBe("outside-root");
    expect(reasonOf(() => resolveWithin(root, "..\\secret.txt"))).toBe("outside-root");
    expect(reasonOf(() => resolveWithin(root, "/etc/passwd"))).toBe("absolute");
    expect(reasonOf(() => resolveWithin(root, "C:/Windows/win.ini"))).toBe("absolute");
    expect(reasonOf(() => resolveWithin(root, "files/a.csv\0.png"))).toBe("nul-byte");
    expect(reasonOf(() => resolveWithin(root, "files/out-link.csv"))).toBe("outside-root");
    expect(reasonOf(() => resolveWithin(root, "up/secret.txt"))).toBe("outside-root");
    expect(reasonOf(() => resolveWithin(root, "files/none.csv", { mustExist: true }))).toBe("not-found");
  });

  it("explains the refusal in the user's language", () => {
    const { root } = tree();
    try {
      resolveWithin(root, "../secret.txt");
      expect.unreachable();
    } catch (error) {
      const e = (error as CiudataError).errors[0];
      if (e === undefined) throw error;
      expect(renderMessage(e, "es")).toContain("sale de la carpeta");
      expect(renderMessage(e, "en")).toContain("leaves the folder");
      expect(renderMessage(e, "pt")).toContain("sai da pasta");
    }
  });
});

describe("assertNotInput", () => {
  it("refuses an output that is the input, through another spelling, a symlinked folder or a hard link", () => {
    const { base, root } = tree();
    const input = join(root, "files", "a.csv");
    expect(() => assertNotInput(input, [input])).toThrow(CiudataError);
    expect(() => assertNotInput(join(root, "files", "..", "files", "a.csv"), [input])).toThrow(CiudataError);
    symlinkSync(join(root, "files"), join(base, "alias"));
    expect(() => assertNotInput(join(base, "alias", "a.csv"), [input])).toThrow(CiudataError);
    linkSync(input, join(base, "hard.csv"));
    expect(sameFile(join(base, "hard.csv"), input)).toBe(true);
    expect(() => assertNotInput(join(base, "hard.csv"), [input])).toThrow(CiudataError);
  });

  it("lets a different output through, also one that does not exist yet, and ignores URLs", () => {
    const { root } = tree();
    const input = join(root, "files", "a.csv");
    expect(() =>
      assertNotInput(join(root, "nuevo", "report.json"), [input, "https://x.test/a.csv", null]),
    ).not.toThrow();
    expect(() => assertNotInput(join(root, "files", "a.report.json"), [input])).not.toThrow();
  });
});
