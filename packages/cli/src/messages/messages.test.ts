import { checkCatalogs, checkIssueCatalogs, LANGS, sampleParams, translator } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { issueCatalogs } from "../catalogs";
import type { UsageProblem } from "../errors";
import { anonymizeMessages } from "./anonymize";
import { cleanMessages } from "./clean";
import { cliMessages } from "./cli";
import { conformanceMessages } from "./conformance";
import { demoMessages } from "./demo";
import { detectedTextMessages } from "./detected-text";
import { disaggregationMessages } from "./disaggregation";
import { extractMessages } from "./extract";
import { hackathonMessages } from "./hackathon";
import { idMessages } from "./id";
import { inspectMessages } from "./inspect";
import { inventoryMessages } from "./inventory";
import { ioMessages } from "./io";
import { cliIssues } from "./issues";
import { limitsMessages } from "./limits";
import { linkMessages } from "./link";
import { portalMessages } from "./portal";
import { privacyMessages } from "./privacy";
import { publishMessages } from "./publish";
import { reportTextMessages } from "./report-text";
import { schemaMessages } from "./schema";
import { sheetMessages } from "./sheet";
import { statsMessages } from "./stats";
import { strategyMessages } from "./strategy";
import { suppressMessages } from "./suppress";
import { validateMessages } from "./validate";
import { watchMessages } from "./watch";

const catalogs = {
  anonymizeMessages,
  cleanMessages,
  cliMessages,
  conformanceMessages,
  demoMessages,
  detectedTextMessages,
  disaggregationMessages,
  extractMessages,
  hackathonMessages,
  idMessages,
  inspectMessages,
  inventoryMessages,
  ioMessages,
  limitsMessages,
  linkMessages,
  portalMessages,
  publishMessages,
  privacyMessages,
  reportTextMessages,
  schemaMessages,
  statsMessages,
  sheetMessages,
  strategyMessages,
  suppressMessages,
  validateMessages,
  watchMessages,
};

describe("CLI catalogs", () => {
  it.each(Object.entries(catalogs).filter(([name]) => name !== "cliMessages"))(
    "%s has every key in es, en and pt, and each renders",
    (_name, catalog) => {
      expect(checkCatalogs(catalog)).toEqual([]);
    },
  );

  it.each<UsageProblem>([
    { kind: "unknown-command", command: "x", suggestion: "y" },
    { kind: "unknown-flag", flag: "--x" },
    { kind: "missing-value", flag: "--x" },
    { kind: "bad-boolean", flag: "--x", value: "y" },
    { kind: "missing-argument", argument: "x" },
    { kind: "extra-argument", argument: "x" },
    { kind: "bad-choice", flag: "--lang", value: "fr", choices: "es, en, pt" },
    { kind: "unknown-flag", flag: "--fromat", suggestion: "--format" },
    { kind: "custom", message: { es: "a", en: "b", pt: "c" } },
  ])("cliMessages words the usage problem $kind in every language", (problem) => {
    const sample = (key: string) => (key === "usageProblem" ? problem : sampleParams());
    expect(checkCatalogs(cliMessages, sample)).toEqual([]);
  });

  it("words the CLI's own issue types in every language", () => {
    expect(checkIssueCatalogs(cliIssues)).toEqual([]);
    for (const catalog of issueCatalogs) expect(checkIssueCatalogs(catalog)).toEqual([]);
  });

  it("never shows another language's text: the usage error and the crash message differ per language", () => {
    const seen = LANGS.map((lang) =>
      translator(cliMessages, lang).t("usageProblem", { kind: "unknown-flag", flag: "--x" }),
    );
    expect(new Set(seen).size).toBe(3);
    expect(seen[0]).toBe("No conozco la opción «--x».");
  });

  it("agrees counts with their words", () => {
    expect(
      translator(reportTextMessages, "es").t("task", {
        name: "t",
        valid: false,
        rows: 1,
        errors: 1,
        warnings: 2,
      }),
    ).toBe("t: ✘ con errores — 1 fila, 1 error, 2 avisos");
    expect(translator(privacyMessages, "en").t("violatingK", { k: 2, records: 1, share: 0.25 })).toBe(
      "records violating 2-anonymity: 1 (25%)",
    );
  });
});
