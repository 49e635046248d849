import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGS } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { REPORT_FORMATS } from "../declare";
import { helpString } from "../help-text";
import { run } from "../main";
import { optionsOf, parseOptions } from "../parse";
import { commands } from "./index";

// Walks every command's declaration: its help in every language, the report options wherever a report
// is printed, "did you mean" for a misspelt option or value, and declarations that load no table code.

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A typo the suggestion should see through: the last letter doubled. */
const typo = (word: string) => `${word}${word.at(-1)}`;

async function cli(argv: string[], lang = "es") {
  const c = capture({ LANG: lang });
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** Commands whose --format is the format of the data they write (`extract --format jsonl`), not a report's. */
const DATA_FORMAT_COMMANDS = new Set(["extract", "survey"]);

describe.each(commands.map((c) => [c.name, c] as const))("ciudata %s", (name, command) => {
  it("has help in es, en and pt, naming every option it accepts", async () => {
    const texts = new Set<string>();
    for (const lang of LANGS) {
      const { code, out, err } = await cli([name, "--help", "--lang", lang]);
      expect(code).toBe(0);
      expect(err).toBe("");
      expect(out.startsWith(`${name} — ${helpString(command.summary, lang)}\n`)).toBe(true);
      for (const option of Object.keys(optionsOf(command))) expect(out).toContain(`--${option}`);
      texts.add(out);
    }
    expect(texts.size).toBe(LANGS.length);
  });

  it("accepts --format text|json|md|html, --json and --out wherever it prints a report, and only there", () => {
    const options = optionsOf(command);
    // A command that writes data and prints no report may name the data's format with --format.
    const dataFormat = DATA_FORMAT_COMMANDS.has(name);
    expect(Object.hasOwn(command.options ?? {}, "format")).toBe(dataFormat);
    expect(Object.hasOwn(command.options ?? {}, "json")).toBe(false);
    if (dataFormat) expect(command.report).toBeUndefined();
    if (!command.report) {
      expect(Object.hasOwn(options, "format")).toBe(dataFormat);
      expect(Object.hasOwn(options, "json")).toBe(false);
      return;
    }
    for (const format of REPORT_FORMATS)
      expect(parseOptions(["--format", format], options).flags.format).toBe(format);
    expect(parseOptions(["--json"], options).flags.json).toBe(true);
    expect(parseOptions(["--out", "informe.html"], options).flags.out).toBe("informe.html");
  });

  it("exits 2 with a “did you mean” for a misspelt option, in the user's language", async () => {
    const [option = "lang"] = Object.keys(command.options ?? {}).filter((o) => o.length > 3);
    const es = await cli([name, `--${typo(option)}`]);
    expect(es.code).toBe(2);
    expect(es.err).toContain(`¿Quiso decir «--${option}»?`);
    expect(es.out).toBe("");
    const en = await cli([name, `--${typo(option)}`], "en_US.UTF-8");
    expect(en.err).toContain(`Did you mean "--${option}"?`);
  });

  it("exits 2 with a “did you mean” for a misspelt value of every option and argument with choices", async () => {
    const enums = Object.entries(optionsOf(command)).filter(([, spec]) => spec.choices);
    for (const [option, spec] of enums) {
      const value = spec.choices?.[0] as string;
      const { code, err } = await cli([name, `--${option}`, typo(value)]);
      expect(code, `--${option} ${typo(value)}`).toBe(2);
      expect(err).toMatch(/¿Quiso decir «[^»]+»\?/);
      expect(err).toContain(`--${option} no acepta «${typo(value)}»`);
    }
    const first = command.args?.[0];
    if (first?.choices) {
      const value = first.choices[0] as string;
      const { code, err } = await cli([name, typo(value)]);
      expect(code).toBe(2);
      expect(err).toMatch(/¿Quiso decir «[^»]+»\?/);
    }
  });
});

/** The local files `file` imports statically (not `import()`), resolved to `.ts` files. */
function staticImports(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)]
    .filter((m) => !/^import\s+type\s|^export\s+type\s/.test(m[0]))
    .map((m) => m[1] as string);
  const local = specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => {
      const base = resolve(dirname(file), s);
      for (const candidate of [`${base}.ts`, join(base, "index.ts")]) {
        try {
          readFileSync(candidate);
          return candidate;
        } catch {}
      }
      return base;
    });
  return { local, packages: specifiers.filter((s) => !s.startsWith(".")) };
}

describe("start-up stays light", () => {
  it("loads no @ciudata package but the kernel, and no handler, before a command runs", () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const todo = [join(SRC, "bin.ts")];
    while (todo.length) {
      const file = todo.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const { local, packages: found } = staticImports(file);
      for (const p of found) packages.add(p);
      todo.push(...local);
    }
    expect([...packages].filter((p) => p.startsWith("@ciudata/") && p !== "@ciudata/core")).toEqual([]);
    expect([...packages].filter((p) => !p.startsWith("@ciudata/") && p !== "node:util")).toEqual([]);
    const handlers = [...seen].filter((f) => /commands\/[^/]+\/run\.ts$/.test(f) || f === join(SRC, "io.ts"));
    expect(handlers).toEqual([]);
    // Every registered command is reached through its declaration only.
    expect([...seen].filter((f) => f.endsWith("/command.ts")).length).toBe(commands.length);
  });
});
