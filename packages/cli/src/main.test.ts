import { CiudataError } from "@ciudata/core";
import { tableError } from "@ciudata/table";
import { afterEach, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { capture } from "../test-support/capture";
import { registerCommand } from "./commands";
import { defineCommand, helpText } from "./declare";
import { UsageError } from "./errors";
import { run } from "./main";
import { cliMessages } from "./messages/cli";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanups.splice(0)) undo();
});

const text = helpText(cliMessages, "helpSummary");
const ANY_ARGS = [{ name: "file", optional: true, variadic: true }] as const;

function addCommand(name: string, body: () => Promise<number>): void {
  cleanups.push(
    registerCommand(
      defineCommand({ name, summary: text, usage: text, args: ANY_ARGS, load: async () => body }),
    ),
  );
}

describe("help", () => {
  it.each([
    ["es", "herramientas para equipos de datos de ciudades", "Comandos:"],
    ["en", "tools for city data teams", "Commands:"],
    ["pt", "ferramentas para equipes de dados de cidades", "Comandos:"],
  ])("speaks %s with --lang", async (lang, tagline, heading) => {
    const c = capture();
    expect(await run(["--lang", lang, "--help"], c.io)).toBe(0);
    expect(c.out()).toContain(`ciudata ${pkg.version} — ${tagline}`);
    expect(c.out()).toContain(heading);
    expect(c.out()).toMatch(/^ {2}help {2}/m);
    expect(c.err()).toBe("");
  });

  it("shows the general help with no arguments, `help` and -h", async () => {
    const outputs = [];
    for (const argv of [[], ["help"], ["-h"]]) {
      const c = capture();
      expect(await run(argv, c.io)).toBe(0);
      outputs.push(c.out());
    }
    expect(new Set(outputs).size).toBe(1);
  });

  it("shows one command's help with `help <command>` and `<command> --help`", async () => {
    const a = capture({ LANG: "en_US.UTF-8" });
    const b = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["help", "help"], a.io)).toBe(0);
    expect(await run(["help", "--help"], b.io)).toBe(0);
    expect(a.out()).toContain("ciudata help [command]");
    expect(a.out()).toBe(b.out());
  });
});

describe("version", () => {
  it.each([["--version"], ["-v"], ["help", "-v"]])("prints the package version for %s", async (...argv) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(0);
    expect(c.out()).toBe(`${pkg.version}\n`);
  });
});

describe("language from the environment", () => {
  it.each([
    [{ LANG: "pt_BR.UTF-8" }, "Comandos:", "ferramentas"],
    [{ LANG: "en_US" }, "Commands:", "tools"],
    [{ LC_ALL: "en_GB.UTF-8", LANG: "pt_BR.UTF-8" }, "Commands:", "tools"],
    [{ LANG: "fr_FR.UTF-8" }, "Comandos:", "herramientas"],
    [{ LANG: "C" }, "Comandos:", "herramientas"],
    [{}, "Comandos:", "herramientas"],
  ])("%o", async (env, heading, word) => {
    const c = capture(env);
    await run([], c.io);
    expect(c.out()).toContain(heading);
    expect(c.out()).toContain(word);
  });

  it("lets --lang win over LANG, before or after the command", async () => {
    const c = capture({ LANG: "pt_BR.UTF-8" });
    await run(["help", "--lang=en"], c.io);
    expect(c.out()).toContain("Commands:");
  });
});

describe("user mistakes exit with 2", () => {
  it("unknown command, with a suggestion, in the user's language", async () => {
    const c = capture();
    expect(await run(["hlep"], c.io)).toBe(2);
    expect(c.err()).toContain("«hlep» no es un comando de ciudata. ¿Quiso decir «help»?");
    expect(c.err()).toContain("Más ayuda: ciudata help");
    expect(c.out()).toBe("");
  });

  it.each([
    [["--nope"], "No conozco la opción «--nope»."],
    [["--lang"], "Falta el valor de la opción «--lang»."],
    [["--lang", "fr"], "--lang no acepta «fr». Valores posibles: es, en, pt."],
    [["--lang", "ne"], "--lang no acepta «ne». ¿Quiso decir «en»?"],
    [["help", "--lagn", "en"], "No conozco la opción «--lagn». ¿Quiso decir «--lang»?"],
    [["help", "nada"], "«nada» no es un comando de ciudata."],
    [["help", "a", "b"], "Sobra el argumento «b»."],
    [["--help=yes"], "La opción «--help» no lleva valor"],
  ])("%j", async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err()).toContain(message);
  });

  it("shows the command's usage after its own usage error", async () => {
    addCommand("needs", async () => {
      throw new UsageError({ kind: "missing-argument", argument: "archivo" });
    });
    const c = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["needs"], c.io)).toBe(2);
    expect(c.err()).toBe(
      "ciudata: Missing argument <archivo>.\n\nUsage:\n  Show general help or help for one command\nMore help: ciudata help needs\n",
    );
  });

  it("input the library refuses (a CiudataError) is said in the user's language and exits 2, never as a bug", async () => {
    addCommand("refuses", async () => {
      throw new CiudataError([
        tableError("output-is-input", { params: { path: "x.csv", input: "x.csv" }, note: "output is input" }),
      ]);
    });
    for (const [lang, words] of [
      ["es", "es el mismo archivo que la entrada"],
      ["en", "is the same file as the input"],
      ["pt", "é o mesmo arquivo que a entrada"],
    ] as const) {
      const c = capture();
      expect(await run(["--lang", lang, "refuses"], c.io)).toBe(2);
      expect(c.err()).toContain(words);
      expect(c.err()).not.toMatch(/inesperada|unexpectedly|inesperad/);
    }
  });
});

describe("unexpected errors exit with 1", () => {
  it("say what to report, with no stack trace", async () => {
    addCommand("boom", async () => {
      throw new TypeError("kaput");
    });
    const c = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["boom", "x.csv"], c.io)).toBe(1);
    const err = c.err();
    expect(err).toContain("ciudata failed unexpectedly: kaput");
    expect(err).toContain("https://github.com/ciudata/ciudata/issues");
    expect(err).toContain("command: ciudata boom x.csv");
    expect(err).toContain(`version: ${pkg.version}`);
    expect(err).toContain(`Node: ${process.version}`);
    expect(err).toContain("CIUDATA_DEBUG=1");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("show the stack with CIUDATA_DEBUG=1", async () => {
    addCommand("boom", async () => {
      throw new Error("kaput");
    });
    const c = capture({ CIUDATA_DEBUG: "1" });
    expect(await run(["boom"], c.io)).toBe(1);
    expect(c.err()).toMatch(/\n\s+at /);
  });

  it("handle non-Error throws", async () => {
    addCommand("odd", () => Promise.reject("just a string"));
    const c = capture();
    expect(await run(["odd"], c.io)).toBe(1);
    expect(c.err()).toContain("ciudata falló de forma inesperada: just a string");
  });
});

describe("commands", () => {
  it("get positionals and their own flags, without the global ones", async () => {
    let seen: unknown;
    cleanups.push(
      registerCommand(
        defineCommand({
          name: "echo",
          summary: text,
          usage: text,
          args: [{ name: "words", variadic: true }],
          options: { upper: { type: "boolean", help: text } },
          load: async () => async (args, ctx) => {
            seen = { args, lang: ctx.lang };
            return 3;
          },
        }),
      ),
    );
    const c = capture();
    expect(await run(["--lang", "pt", "echo", "a", "--upper", "--", "--b"], c.io)).toBe(3);
    expect(seen).toEqual({ args: { positionals: ["a", "--b"], flags: { upper: true } }, lang: "pt" });
  });

  it("cannot be registered twice", () => {
    expect(() =>
      registerCommand(
        defineCommand({ name: "help", summary: text, usage: text, load: async () => async () => 0 }),
      ),
    ).toThrow();
  });
});
