import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  detectPackageManager,
  fill,
  type MainIO,
  main,
  type Prompter,
  parseChallenge,
  parseFlags,
  runScript,
  scaffold,
  toProjectName,
  UsageError,
} from "./index";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "create-ciudata-unit-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `main` with captured output, no terminal and no install. */
async function run(argv: string[], io: Partial<MainIO> = {}) {
  let out = "";
  let err = "";
  const installs: string[] = [];
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    env: {},
    cwd: dir,
    interactive: false,
    install: async (command, args) => {
      installs.push([command, ...args].join(" "));
      return 0;
    },
    ...io,
  });
  return { code, out, err, installs };
}

describe("flags", () => {
  it("parses the folder, values (also with =) and booleans", () => {
    expect(
      parseFlags([
        "mi-tablero",
        "--template=analysis",
        "--portal",
        "https://datos.gob.ar",
        "-y",
        "--no-install",
      ]),
    ).toEqual({
      directory: "mi-tablero",
      template: "analysis",
      portal: "https://datos.gob.ar",
      yes: true,
      install: false,
      help: false,
      version: false,
    });
    expect(parseFlags(["--challenge", "Agua segura", "--lang", "pt"])).toMatchObject({
      challenge: "Agua segura",
      lang: "pt",
      install: true,
    });
  });

  it("throws usage errors for unknown flags, missing values and a second folder", () => {
    expect(() => parseFlags(["--templat", "x"])).toThrow(UsageError);
    expect(() => parseFlags(["--portal"])).toThrow(/missing-value/);
    expect(() => parseFlags(["--template", "--yes"])).toThrow(/missing-value/);
    expect(() => parseFlags(["a", "b"])).toThrow(/extra-argument/);
  });

  it("detects the package manager and writes its commands", () => {
    expect(detectPackageManager("pnpm/10.34.9 npm/? node/v20.20.2 linux x64")).toBe("pnpm");
    expect(detectPackageManager("yarn/1.22.22 npm/? node/v20.19.0 darwin arm64")).toBe("yarn");
    expect(detectPackageManager("bun/1.2.0")).toBe("bun");
    expect(detectPackageManager(undefined)).toBe("npm");
    expect(runScript("npm", "build")).toBe("npm run build");
    expect(runScript("yarn", "build")).toBe("yarn build");
    expect(runScript("npm", "start")).toBe("npm start");
  });

  it("names projects and challenges", () => {
    expect(toProjectName("/tmp/Tablero Reclamos")).toBe("tablero-reclamos");
    expect(toProjectName("/tmp/Año_2026/")).toBe("ano_2026");
    expect(toProjectName("/tmp/¿?")).toBeNull();
    expect(parseChallenge("Reclamos en la Cuarta Sección")).toEqual({
      id: "reclamos-en-la-cuarta-seccion",
      title: "Reclamos en la Cuarta Sección",
    });
    expect(parseChallenge("agua-segura")).toEqual({ id: "agua-segura", title: "agua-segura" });
    expect(parseChallenge("  ")).toBeNull();
  });
});

describe("usage errors", () => {
  it("exit with code 2 and a Spanish message that says what to do, never a stack trace", async () => {
    const unknown = await run(["x", "--template", "mapa", "--yes"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("«mapa» no es una plantilla: use dashboard o analysis.");
    expect(unknown.err).not.toMatch(/\n\s+at /);
    const flag = await run(["--sin-instalar"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("No conozco la opción «--sin-instalar».");
    const portal = await run(["x", "--portal", "ftp://datos", "--yes"]);
    expect(portal.code).toBe(2);
    expect(portal.err).toContain("no es una URL http(s)");
    const lang = await run(["--lang", "fr"]);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain("«fr» no es un idioma disponible");
  });

  it("speak English or Portuguese when asked", async () => {
    expect((await run(["x", "--template", "mapa", "--lang", "en"])).err).toContain(
      '"mapa" is not a template',
    );
    expect((await run(["x", "--template", "mapa"], { env: { LANG: "pt_BR.UTF-8" } })).err).toContain(
      "«mapa» não é um modelo",
    );
  });

  it("refuse a folder that is not empty and touch nothing in it", async () => {
    const taken = join(dir, "ocupada");
    await mkdir(taken);
    await writeFile(join(taken, "notas.txt"), "mías");
    const r = await run(["ocupada", "--yes", "--no-install"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ya existe y no está vacía. Elija otra carpeta o vacíela antes");
    expect(await readdir(taken)).toEqual(["notas.txt"]);
    await expect(scaffold({ directory: taken, template: "dashboard" })).rejects.toThrow(/not-empty/);
  });

  it("show help and version", async () => {
    expect((await run(["--help"])).out).toContain("--template dashboard|analysis");
    expect((await run(["--version"])).out).toBe("0.1.0\n");
  });
});

describe("scaffold", () => {
  it("fills the placeholders and renames the dotfiles", async () => {
    const r = await run([
      "Tablero Reclamos",
      "--template",
      "dashboard",
      "--portal",
      "https://datos.ejemplo.gob.ar/",
      "--challenge",
      'Reclamos "147"',
      "--yes",
      "--no-install",
    ]);
    expect(r.code).toBe(0);
    const project = join(dir, "Tablero Reclamos");
    const files = await readdir(project);
    expect(files).toContain(".gitignore");
    expect(files).not.toContain("_gitignore");
    const pkg = JSON.parse(await readFile(join(project, "package.json"), "utf8"));
    expect(pkg.name).toBe("tablero-reclamos");
    expect(pkg.devDependencies["@ciudata/open-data"]).toBe("^0.1.0");
    const config = JSON.parse(await readFile(join(project, "ciudata.config.json"), "utf8"));
    expect(config).toMatchObject({
      portal: "https://datos.ejemplo.gob.ar",
      dataset: "",
      challenge: { id: "reclamos-147", title: 'Reclamos "147"' },
    });
    const readme = await readFile(join(project, "README.md"), "utf8");
    expect(readme).toContain('**Reclamos "147"** (`reclamos-147`)');
    for (const file of ["package.json", "README.md", "index.html", "ciudata.config.json"]) {
      expect(await readFile(join(project, file), "utf8")).not.toMatch(/\{\{\w+\}\}/);
    }
    // No temporary folder is left next to the project.
    expect((await readdir(dir)).filter((f) => f.includes("create-ciudata-"))).toEqual([]);
    expect(r.out).toContain('cd "Tablero Reclamos"');
    expect(r.out).toContain("npm install");
  });

  it("uses the local portal's sample dataset, installs with the detected package manager", async () => {
    const r = await run(["analisis", "--template", "analysis", "--yes"], {
      env: { npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20.20.2 linux x64" },
    });
    expect(r.code).toBe(0);
    expect(r.installs).toEqual(["pnpm install"]);
    expect(r.out).toContain("pnpm portal");
    expect(r.out).toContain("pnpm start");
    const config = JSON.parse(await readFile(join(dir, "analisis", "ciudata.config.json"), "utf8"));
    expect(config).toMatchObject({
      portal: "http://127.0.0.1:5000",
      dataset: "registro-programa-alimentario-muestra",
      challenge: { id: "", title: "" },
    });
  });

  it("reports a failed install as exit 1 and keeps the project", async () => {
    const r = await run(["falla", "--yes"], { install: async () => 1 });
    expect(r.code).toBe(1);
    expect(r.err).toContain("No pude instalar las dependencias");
    expect(await readdir(join(dir, "falla"))).toContain("package.json");
  });

  it("asks for what is missing on a terminal", async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      intro: () => {},
      text: async (q) => {
        asked.push(q.message);
        if (q.message.includes("carpeta")) return "preguntado";
        if (q.message.includes("portal")) return "";
        return "Movilidad";
      },
      select: async (q) => {
        asked.push(q.message);
        return "analysis";
      },
    };
    const r = await run(["--no-install"], { interactive: true, prompter });
    expect(r.code).toBe(0);
    expect(asked).toHaveLength(4);
    const config = JSON.parse(await readFile(join(dir, "preguntado", "ciudata.config.json"), "utf8"));
    expect(config.challenge).toEqual({ id: "movilidad", title: "Movilidad" });
    const cancelled = await run(["--no-install"], {
      interactive: true,
      prompter: { ...prompter, text: async () => null },
    });
    expect(cancelled.code).toBe(130);
    expect(cancelled.err).toContain("Cancelado");
  });

  it("never leaves half a project when writing fails", async () => {
    await expect(
      scaffold({
        directory: "a-medias",
        template: "dashboard",
        cwd: dir,
        templatesDir: join(dir, "no-existe"),
      }),
    ).rejects.toThrow(/ENOENT/);
    const left = await readdir(dir);
    expect(left).not.toContain("a-medias");
    expect(left.filter((f) => f.includes("create-ciudata-"))).toEqual([]);
  });

  it("asks again at the prompt when the folder is taken", async () => {
    await mkdir(join(dir, "llena"));
    await writeFile(join(dir, "llena", "x.txt"), "x");
    const problems: (string | undefined)[] = [];
    const prompter: Prompter = {
      intro: () => {},
      text: async (q) => {
        if (q.message.includes("carpeta")) {
          problems.push(q.validate?.("llena"), q.validate?.("libre"));
          return "libre";
        }
        return "";
      },
      select: async () => "dashboard",
    };
    expect((await run(["--no-install"], { interactive: true, prompter })).code).toBe(0);
    expect(problems[0]).toContain("ya existe y no está vacía");
    expect(problems[1]).toBeUndefined();
  });

  it("escapes values for JSON and HTML", () => {
    expect(fill('{"n": "{{x}}"}', { x: 'a"b' }, "a.json")).toBe('{"n": "a\\"b"}');
    expect(fill("<title>{{x}}</title>", { x: "<b>" }, "index.html")).toBe("<title>&lt;b&gt;</title>");
    expect(fill("{{x}} {{y}}", { x: "1" }, "README.md")).toBe("1 {{y}}");
  });
});
