import { CiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../report/localize";
import { parseTableSchema } from "../schema/parse";
import { createConstraintChecker } from "./constraints";
import { validateJsonSchema } from "./json-schema";
import { compilePattern, patternError, patternProblem } from "./safe-pattern";

const EVIL = `${"a".repeat(5000)}!`;

describe("compilePattern", () => {
  it("matches the whole value by default, a part when not anchored", () => {
    expect(compilePattern("a|b").test("ab")).toBe(false);
    expect(compilePattern("a|b").test("b")).toBe(true);
    expect(compilePattern("\\d{4}", { anchored: false }).test("CP 1414")).toBe(true);
    expect(compilePattern("^\\d{4}$", { anchored: false }).test("CP 1414")).toBe(false);
  });

  it("keeps plain patterns on the native engine and sends backtracking ones to RE2", () => {
    for (const p of [
      "[0-9]{2}-[0-9]{8}-[0-9]",
      "\\d+",
      "[A-Z]{3}\\d{1,4}",
      "(ab)+",
      "\\p{L}+",
      "(?<y>\\d{4})",
    ])
      expect(compilePattern(p).engine, p).toBe("native");
    for (const p of ["(a+)+$", "(a|a)*", "\\d+(-\\d+)*", "a*a*a*b", "(\\w+\\s?)+$", "(x+x+)+y"])
      expect(compilePattern(p).engine, p).toBe("re2");
    // Searching anywhere multiplies by the length: an unbounded repetition goes to RE2 unless at ^.
    expect(compilePattern("\\d+x", { anchored: false }).engine).toBe("re2");
    expect(compilePattern("^\\d+$", { anchored: false }).engine).toBe("native");
  });

  it.each([
    ["(a+)+$"],
    ["(a|a)*"],
    ["(a|aa)+"],
    ["(.*a){12}"],
    ["(\\w+\\s?)+$"],
    ["([a-zA-Z]+)*"],
    ["a*a*a*a*a*a*b"],
  ])("answers %s on a hostile value at once", (p) => {
    const started = performance.now();
    expect(compilePattern(p).test(EVIL)).toBe(false);
    expect(compilePattern(`^(?:${p})$`, { anchored: false }).test(EVIL)).toBe(false);
    expect(compilePattern(`(?:${p})!!`, { anchored: false }).test(EVIL)).toBe(false);
    // Generous: backtracking would take longer than the age of the universe here.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("keeps JavaScript's meaning when translated for RE2", () => {
    // `\s` is Unicode whitespace in JavaScript, ASCII in RE2.
    expect(compilePattern("(\\s*x)+").test("\u00a0x\u3000x")).toBe(true);
    expect(compilePattern("([^\\s]+\\S*)+").test("a\u00a0b")).toBe(false);
    // `.` does not match line ends in JavaScript (RE2's matches \r and U+2028).
    expect(compilePattern("(a.)+").test("a\r")).toBe(false);
    expect(compilePattern("(a.)+", { flags: "s" }).test("a\n")).toBe(true);
    expect(compilePattern("(A|B)+", { flags: "i" }).test("abAB")).toBe(true);
    expect(compilePattern("(\\p{Letter}+ ?)+").test("Ñandú Río")).toBe(true);
    expect(compilePattern("(\\p{Script=Greek}|x)+").test("αβx")).toBe(true);
    expect(compilePattern("(\\u00e9|\\u{1F600})+").test("é😀")).toBe(true);
    expect(compilePattern("(\\uD83D\\uDE00)+").test("😀😀")).toBe(true);
    expect(compilePattern("(?<n>[a-z]+-)+").test("ab-cd-")).toBe(true);
    expect(compilePattern("([[]+)+").test("[[")).toBe(true);
    expect(compilePattern("(\\d+\\.)+\\d+").test("1.2.3")).toBe(true);
  });

  it("refuses, with the reason, what RE2 cannot run when the native engine is not provably safe", () => {
    expect(patternProblem("(\\w+)+\\1")).toEqual({ reason: "backreference", detail: "\\1" });
    expect(patternProblem("(?<a>x+)+\\k<a>")).toEqual({ reason: "backreference", detail: "\\k<a>" });
    expect(patternProblem("(?=a)(a+)+")).toEqual({ reason: "lookaround", detail: "(?=" });
    expect(patternProblem("(a+)+(?<!b)")).toEqual({ reason: "lookaround", detail: "(?<!" });
    expect(patternProblem("[")?.reason).toBe("invalid");
    expect(() => compilePattern("(a+)+(?!b)")).toThrow(CiudataError);
    // RE2 writes bounded repetitions out: a pattern that grows past its budget is refused, not compiled for seconds.
    expect(patternProblem(`${"a{1000}".repeat(1000)}(b+)+`)?.reason).toBe("too-large");
    // Bounded ones still run as before, natively.
    expect(patternProblem("(a)\\1")).toBeNull();
    expect(patternProblem("(a*)\\1")).toEqual({ reason: "backreference", detail: "\\1" });
    expect(compilePattern("(?!0)\\d{5}").test("01234")).toBe(false);
    expect(compilePattern("(?!0)\\d{5}").test("12345")).toBe(true);
  });

  it("words the refusal in each language: where, the pattern, why and what to do", () => {
    const e = patternError(
      "(\\w+)+\\1",
      { reason: "backreference", detail: "\\1" },
      {
        path: "fields[0].constraints.pattern",
        field: "codigo",
      },
    );
    expect(e.type).toBe("pattern-error");
    expect(renderMessage(e, "es")).toContain("referencia a un grupo (\\1)");
    expect(renderMessage(e, "es")).toContain("fields[0].constraints.pattern");
    expect(renderMessage(e, "en")).toContain("what to do: rewrite it");
    expect(renderMessage(e, "pt")).toContain("o que fazer");
  });
});

describe("patterns in schemas", () => {
  it("refuses a pattern that cannot run safely with a located schema error", () => {
    const r = parseTableSchema({
      fields: [{ name: "codigo", type: "string", constraints: { pattern: "(a+)+\\1" } }],
    });
    expect(r.ok).toBe(false);
    const e = r.ok ? undefined : r.errors[0];
    expect(e?.type).toBe("pattern-error");
    expect(e?.params.path).toBe("fields[0].constraints.pattern");
    expect(e?.fieldName).toBe("codigo");
  });

  it("finds patterns inside a jsonSchema constraint", () => {
    const r = parseTableSchema({
      fields: [
        {
          name: "datos",
          type: "object",
          constraints: { jsonSchema: { properties: { id: { pattern: "(?=x)(a+)+" } } } },
        },
      ],
    });
    expect(r.ok ? [] : r.errors.map((e) => e.params.path)).toEqual([
      "fields[0].constraints.jsonSchema.properties.id.pattern",
    ]);
  });

  it("checks catastrophic patterns in linear time", () => {
    const check = createConstraintChecker({ name: "x", type: "string", constraints: { pattern: "(a+)+$" } });
    expect(check(EVIL)?.constraint).toBe("pattern");
    expect(check("aaaa")).toBeNull();
    expect(validateJsonSchema({ pattern: "^(a+)+$" }, EVIL)).toBe(false);
  });
});

describe("compilePattern agrees with JavaScript", () => {
  // Small patterns over a small alphabet, built from the constructs the translation touches.
  const atom = fc.constantFrom(
    "a",
    "b",
    ".",
    "\\s",
    "\\S",
    "\\d",
    "\\w",
    "[ab]",
    "[^a]",
    "[\\s1]",
    "\\u00e9",
    "\\p{L}",
    "\\P{Lu}",
    "\\p{Letter}",
    "\\x41",
    "[\\-a]",
    "[a-]",
    "[[]",
    "\\.",
  );
  const quant = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom("", "{2}", "?", "{1,2}") },
    { weight: 1, arbitrary: fc.constantFrom("*", "+", "*?", "+?") },
  );
  const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
  const seq = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
  const pattern = fc
    .tuple(seq, fc.option(seq), fc.constantFrom("", "", "", "+", "*", "?"), seq)
    .map(([a, b, q, c]) => `(?:${a}${b === null ? "" : `|${b}`})${q}${c}`);
  const text = fc
    .array(fc.constantFrom("a", "b", "A", "1", " ", "\u00a0", "\r", "\n", "é", "-", ".", "[", "_", "É"), {
      maxLength: 8,
    })
    .map((t) => t.join(""));

  it("on random patterns and values, whole-value and search", () => {
    const engines = { native: 0, re2: 0 };
    fc.assert(
      fc.property(
        pattern,
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (p, values, anchored) => {
          const native = new RegExp(anchored ? `^(?:${p})$` : p, "u");
          const safe = compilePattern(p, { anchored });
          engines[safe.engine]++;
          for (const v of values) expect(safe.test(v), `${p} on ${JSON.stringify(v)}`).toBe(native.test(v));
        },
      ),
      { numRuns: 400 },
    );
    // Both engines were put to the test.
    expect(engines.native).toBeGreaterThan(20);
    expect(engines.re2).toBeGreaterThan(20);
  });
});
