import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import { langFromEnv } from "./lang";
import { suggest } from "./suggest";
import type { FlagSpecs } from "./types";

const d = { es: "", en: "", pt: "" };
const specs: FlagSpecs = {
  json: { type: "boolean", short: "j", description: d },
  encoding: { type: "string", short: "e", description: d },
};

describe("parseArgs", () => {
  it("joins the values of a repeatable flag with commas, and keeps the last value of the others", () => {
    const more: FlagSpecs = { ...specs, limit: { type: "string", repeatable: true, description: d } };
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
