import { describe, expect, it } from "vitest";
import { UsageError } from "../errors";
import { LIMIT_OPTION } from "../options";
import { parseOptions as parseArgs } from "../parse";
import { parseLimits, readLimits } from "./_limits";

const messageOf = (fn: () => unknown): { es: string; en: string; pt: string } => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const problem = (error as UsageError).problem;
    if (problem.kind !== "custom") throw new Error(`unexpected ${problem.kind}`);
    return problem.message;
  }
  throw new Error("no error");
};

describe("--limit name=value", () => {
  it("reads the library names, their short kebab forms and units", () => {
    expect(parseLimits("maxColumns=40000")).toEqual({ maxColumns: 40_000 });
    expect(
      parseLimits("columns=40000,record-size=64MiB,header-size=2MB,download=2GB,json-depth=200"),
    ).toEqual({
      maxColumns: 40_000,
      maxRecordSize: 64 * 1024 * 1024,
      maxHeaderSize: 2_000_000,
      maxDownloadBytes: 2_000_000_000,
      maxJsonDepth: 200,
    });
    expect(parseLimits("MaxRecordSize=1kib, columns = 100k")).toEqual({
      maxRecordSize: 1024,
      maxColumns: 100_000,
    });
    expect(parseLimits("columns=100_000")).toEqual({ maxColumns: 100_000 });
    expect(parseLimits("max-columns=9,max_json_depth=10")).toEqual({ maxColumns: 9, maxJsonDepth: 10 });
    expect(parseLimits("record-size=1.5MiB")).toEqual({ maxRecordSize: 1_572_864 });
  });

  it("lifts a limit with none or infinity", () => {
    expect(parseLimits("download=none,columns=Infinity")).toEqual({
      maxDownloadBytes: Number.POSITIVE_INFINITY,
      maxColumns: Number.POSITIVE_INFINITY,
    });
  });

  it("is repeatable: every --limit given counts, the last one wins for the same name", () => {
    const args = parseArgs(
      ["a.csv", "--limit", "columns=5", "--limit=record-size=1MiB", "--limit", "columns=7"],
      LIMIT_OPTION,
    );
    expect(readLimits(args)).toEqual({ maxColumns: 7, maxRecordSize: 1024 * 1024 });
    expect(readLimits(parseArgs(["a.csv"], LIMIT_OPTION))).toEqual({});
  });

  it("refuses an unknown name with a suggestion, in every language", () => {
    const m = messageOf(() => parseLimits("colums=3"));
    expect(m.es).toContain("--limit no conoce el límite «colums». ¿Quiso decir «columns»?");
    expect(m.en).toContain('--limit does not know the limit "colums". Did you mean "columns"?');
    expect(m.pt).toContain('Quis dizer "columns"?');
    expect(messageOf(() => parseLimits("maxColumn=3")).en).toContain('Did you mean "maxColumns"?');
    expect(messageOf(() => parseLimits("max-record-sise=3")).en).toContain('Did you mean "maxRecordSize"?');
    const none = messageOf(() => parseLimits("nope=3"));
    expect(none.en).not.toContain("Did you mean");
    expect(none.en).toContain("Names: columns, record-size, header-size, download, json-depth");
  });

  it("refuses values that are not positive whole numbers, and entries without =", () => {
    for (const bad of [
      "columns=abc",
      "columns=0",
      "columns=-5",
      "columns=",
      "record-size=12XB",
      "columns=0.4",
    ]) {
      const m = messageOf(() => parseLimits(bad));
      expect(m.en).toContain("expects a positive whole number");
      expect(m.es).toContain("espera un número entero positivo");
    }
    expect(messageOf(() => parseLimits("40000")).en).toContain("--limit expects name=value");
  });
});
