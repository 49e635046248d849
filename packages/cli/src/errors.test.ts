import { CiudataError, createIssue, isCiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { issueText } from "./catalogs";
import { USAGE_ISSUE, UsageError } from "./errors";
import { asUsageError } from "./io";

describe("UsageError", () => {
  it("is a CiudataError carrying one cli/usage issue with the problem as params", () => {
    const error = new UsageError({ kind: "unknown-flag", flag: "--nope" });
    expect(error).toBeInstanceOf(CiudataError);
    expect(isCiudataError(error)).toBe(true);
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toMatchObject({
      type: USAGE_ISSUE,
      params: { kind: "unknown-flag", flag: "--nope" },
      note: "unknown-flag: --nope",
    });
    expect(error.message).toBe("unknown-flag: --nope");
  });

  it("keeps a custom message in every language as params", () => {
    const error = new UsageError({ kind: "custom", message: { es: "hola", en: "hello", pt: "olá" } });
    expect(error.errors[0].params).toEqual({ kind: "custom", es: "hola", en: "hello", pt: "olá" });
    expect(error.message).toBe("hello");
  });

  it("asUsageError carries a library error's issue, worded in every language, and leaves a UsageError as it is", () => {
    const usage = new UsageError({ kind: "missing-argument", argument: "file" });
    expect(asUsageError(usage)).toBe(usage);
    const plain = new Error("x");
    expect(asUsageError(plain)).toBe(plain);
    const lib = new CiudataError([
      createIssue("source-error", { params: { path: "a.csv", reason: "not-found", todo: "not-found" } }),
    ]);
    const converted = asUsageError(lib) as UsageError;
    expect(converted).toBeInstanceOf(UsageError);
    expect(converted.problem).toEqual({ kind: "issue", issue: lib.errors[0] });
    expect(converted.errors).toEqual(lib.errors);
    expect(issueText(converted.errors[0], "es")).toContain("revise la ruta");
    expect(issueText(converted.errors[0], "en")).toContain("check the path");
    expect(issueText(converted.errors[0], "pt")).toContain("verifique o caminho");
    expect(converted.cause).toBe(lib);
  });
});
