import { describe, expect, it } from "vitest";
import { helpText } from "./declare";
import { UsageError } from "./errors";
import { langFromEnv } from "./lang";
import { cliMessages } from "./messages/cli";
import { checkArguments, type OptionSpecs, parseOptions as parseArgs } from "./parse";
import { suggest } from "./suggest";

const d = helpText(cliMessages, "flagHelp");
const specs: OptionSpecs = {
  json: { type: "boolean", short: "j", help: d },
  encoding: { type: "string", short: "e", help: d },
  format: { type: "string", choices: ["text", "json", "md", "html"], help: d },
};

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).problem;
  }
  throw new Error("no error");
};

describe("parseOptions (node:util.parseArgs under the declarations)", () => {
  it("joins the values of a repeatable option with commas, and keeps the last value of the others", () => {
    const more: OptionSpecs = { ...specs, limit: { type: "string", multiple: true, help: d } };
    expect(
      parseArgs(["--limit", "a=1", "--limit=b=2", "-e", "latin1", "--encoding", "utf-8"], more).flags,
    ).toEqual({
      limit: "a=1,b=2",
      encoding: "utf-8",
    });
  });

  it("reads --flag value, --flag=value, switches, aliases and --", () => {
    expect(parseArgs(["a", "--encoding", "latin1", "-j", "b", "--", "--json", "-"], specs)).toEqual({
      positionals: ["a", "b", "--json", "-"],
      flags: { encoding: "latin1", json: true },
      rest: [],
    });
    expect(parseArgs(["--encoding=a=b", "--json=false", "-e", "utf-8"], specs).flags).toEqual({
      encoding: "utf-8",
      json: false,
    });
  });

  it("keeps `-` and negative numbers as values", () => {
    expect(parseArgs(["-", "-3"], specs).positionals).toEqual(["-", "-3"]);
    expect(parseArgs(["--encoding", "-"], specs).flags.encoding).toBe("-");
  });

  it("stops at the first positional when asked", () => {
    expect(parseArgs(["-j", "cmd", "--x", "y"], specs, { stopAtPositional: true })).toEqual({
      positionals: [],
      flags: { json: true },
      rest: ["cmd", "--x", "y"],
    });
  });

  it.each([
    [["--nope"], "unknown-flag"],
    [["-x"], "unknown-flag"],
    [["--constructor"], "unknown-flag"],
    [["--encoding"], "missing-value"],
    [["--encoding", "--json"], "missing-value"],
    [["--json=yes"], "bad-boolean"],
  ])("rejects %j as %s", (argv, kind) => {
    const error = (() => {
      try {
        parseArgs(argv, specs);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problem.kind).toBe(kind);
  });

  it("suggests the option meant by a misspelt one", () => {
    expect(problemOf(() => parseArgs(["--fromat", "json"], specs))).toEqual({
      kind: "unknown-flag",
      flag: "--fromat",
      suggestion: "--format",
    });
    expect(problemOf(() => parseArgs(["--zzzzzz"], specs))).toEqual({
      kind: "unknown-flag",
      flag: "--zzzzzz",
    });
  });

  it("accepts only the declared values of an option, suggesting the closest", () => {
    expect(parseArgs(["--format=md"], specs).flags.format).toBe("md");
    expect(problemOf(() => parseArgs(["--format", "jsno"], specs))).toEqual({
      kind: "bad-choice",
      flag: "--format",
      value: "jsno",
      choices: "text, json, md, html",
      suggestion: "json",
    });
  });
});

describe("checkArguments", () => {
  const args = [
    { name: "subcommand", choices: ["check", "status"] },
    { name: "file", optional: true },
  ] as const;
  it("accepts the declared arguments and refuses missing, extra and unknown ones", () => {
    expect(() => checkArguments(["check", "a.json"], args)).not.toThrow();
    expect(() => checkArguments(["status"], args)).not.toThrow();
    expect(problemOf(() => checkArguments([], args))).toEqual({
      kind: "missing-argument",
      argument: "subcommand",
    });
    expect(problemOf(() => checkArguments(["check", "a", "b"], args))).toEqual({
      kind: "extra-argument",
      argument: "b",
    });
    expect(problemOf(() => checkArguments(["chekc"], args))).toMatchObject({
      kind: "bad-choice",
      flag: "<subcommand>",
      suggestion: "check",
    });
    expect(() => checkArguments(["a", "b", "c"], [{ name: "files", variadic: true }])).not.toThrow();
  });
});

describe("langFromEnv", () => {
  it.each([
    [{ LANG: "pt_BR.UTF-8" }, "pt"],
    [{ LANG: "pt" }, "pt"],
    [{ LANG: "en_US" }, "en"],
    [{ LANG: "es_AR.UTF-8" }, "es"],
    [{ LANG: "de_DE" }, "es"],
    [{ LANG: "" }, "es"],
    [{ LC_ALL: "pt_PT", LANG: "en_US" }, "pt"],
    [{ LC_MESSAGES: "en_US", LANG: "pt_BR" }, "en"],
    [{}, "es"],
  ])("%o → %s", (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});

describe("suggest", () => {
  it("finds close names only", () => {
    expect(suggest("hepl", ["help", "inspect"])).toBe("help");
    expect(suggest("INSPECT", ["help", "inspect"])).toBe("inspect");
    expect(suggest("validar", ["help", "inspect"])).toBeUndefined();
  });
});
