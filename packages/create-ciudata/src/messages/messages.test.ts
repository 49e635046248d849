import { checkCatalogs, checkIssueCatalogs, isCiudataError, LANGS, translator } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { UsageError, type UsageProblem, usageText } from "../errors";
import { createCiudataIssues, createCiudataMessages, langFromEnv } from "./index";

const PROBLEMS: readonly UsageProblem[] = [
  { kind: "unknown-flag", flag: "--x" },
  { kind: "missing-value", flag: "--portal" },
  { kind: "extra-argument", argument: "b" },
  { kind: "bad-lang", value: "fr" },
  { kind: "unknown-template", template: "web", available: ["dashboard", "analysis"] },
  { kind: "bad-portal", url: "ftp://x" },
  { kind: "bad-directory", directory: "?" },
  { kind: "not-empty", directory: "llena" },
  { kind: "not-a-directory", directory: "a.txt" },
];

describe("create-ciudata catalogs", () => {
  it("word every key and every usage issue in es, en and pt", () => {
    expect(checkCatalogs(createCiudataMessages)).toEqual([]);
    expect(checkIssueCatalogs(createCiudataIssues)).toEqual([]);
  });

  it("render every usage problem in every language, with its values", () => {
    for (const problem of PROBLEMS)
      for (const lang of LANGS) {
        const text = usageText(problem, lang);
        expect(text).not.toBe(`usage/${problem.kind}`);
        expect(createCiudataIssues[lang]).toHaveProperty([`usage/${problem.kind}`]);
      }
    const templates = PROBLEMS[4] as UsageProblem;
    expect(usageText(templates, "es")).toBe("«web» no es una plantilla: use dashboard o analysis.");
    expect(usageText(templates, "en")).toBe('"web" is not a template: use dashboard or analysis.');
    expect(usageText(templates, "pt")).toBe("«web» não é um modelo: use dashboard ou analysis.");
  });

  it("render the help in each language", () => {
    expect(translator(createCiudataMessages, "es").t("help")).toContain("Uso: npm create ciudata@latest");
    expect(translator(createCiudataMessages, "en").t("help")).toContain("Usage: npm create ciudata@latest");
    expect(translator(createCiudataMessages, "pt").t("help")).toContain("Opções:");
  });
});

describe("UsageError", () => {
  it("is a CiudataError carrying one usage issue, keeping the problem", () => {
    const error = new UsageError({ kind: "not-empty", directory: "llena" });
    expect(isCiudataError(error)).toBe(true);
    expect(error.name).toBe("UsageError");
    expect(error.problem).toEqual({ kind: "not-empty", directory: "llena" });
    expect(error.errors[0]).toMatchObject({ type: "usage/not-empty", params: { directory: "llena" } });
  });
});

describe("langFromEnv", () => {
  it("reads the first POSIX locale variable set", () => {
    expect(langFromEnv({ LANG: "pt_BR.UTF-8" })).toBe("pt");
    expect(langFromEnv({ LC_ALL: "en_US", LANG: "pt_BR" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "fr_FR", LANG: "en_US" })).toBe("es");
    expect(langFromEnv({})).toBe("es");
  });
});
