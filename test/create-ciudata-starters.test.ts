import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../packages/create-ciudata/src/index";
import { type Loopback, servePortal, writeSampleSnapshot } from "../packages/open-data/src/node/index";
import { hasChromium, launchChromium, serveStatic, watchErrors } from "./support/browser";

// The acceptance test of the starters, as a hackathon participant gets them: the workspace packages are
// packed into tarballs (pnpm pack rewrites `workspace:` ranges), each template is scaffolded with the real
// CLI against a local portal on 127.0.0.1, its @ciudata/* dependencies point at the tarballs, and then the
// project's own install (third-party packages from the pnpm store), build and tests must pass.
// The built dashboard is then opened in Debian's Chromium.

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKED = ["core", "table", "open-data", "quality", "privacy", "disaggregation", "geo"];
const SLOW = 5 * 60_000;
const SCREENSHOTS = join(ROOT, "test-results", "create-ciudata");

/** pnpm: the one running this process when started by `pnpm test`, else `pnpm` from the PATH. */
function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath ?? "";
  if (/pnpm(\.c?js)?$/.test(execPath) && /\.c?js$/.test(execPath)) return [process.execPath, execPath];
  return [process.platform === "win32" ? "pnpm.cmd" : "pnpm"];
}

/** The environment without what the outer pnpm and vitest set (the project runs as if typed by hand). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|VITEST|NODE_ENV$|TEST$|NODE_OPTIONS$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, CI: "1", NO_COLOR: "1" };
}

/** Runs a command; resolves with its exit code and output (never rejects). */
function exec(command: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const [cmd = "", ...args] = command;
    let output = "";
    const child = spawn(cmd, args, { cwd, env: cleanEnv(), shell: process.platform === "win32" });
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}

async function must(command: string[], cwd: string): Promise<string> {
  const { code, output } = await exec(command, cwd);
  if (code !== 0)
    throw new Error(`${command.join(" ")} failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`);
  return output;
}

const pnpm = pnpmCommand();
let work = "";
let portal: Loopback;
const tarballs: Record<string, string> = {};
const timings: Record<string, number> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "create-ciudata-starters-"));
  // Builds what is missing (the root `pnpm test` builds first, so usually nothing).
  for (const name of [...PACKED, "create-ciudata"]) {
    const dir = join(ROOT, "packages", name);
    if (!existsSync(join(dir, "dist"))) {
      console.warn(`[create-ciudata] building packages/${name} first (no dist/)`);
      await must([...pnpm, "run", "build"], dir);
    }
  }
  const out = join(work, "tarballs");
  await mkdir(out);
  for (const name of PACKED)
    await must([...pnpm, "pack", "--pack-destination", out], join(ROOT, "packages", name));
  for (const file of await readdir(out)) {
    const name = file.replace(/^ciudata-/, "").replace(/-\d+\.\d+\.\d+.*\.tgz$/, "");
    tarballs[`@ciudata/${name}`] = `file:${join(out, file)}`;
  }
  expect(Object.keys(tarballs)).toHaveLength(PACKED.length);
  await writeSampleSnapshot(join(work, "portal"));
  portal = await servePortal(join(work, "portal"), { port: 0 });
}, SLOW);

afterAll(async () => {
  await portal?.close();
  if (work) await rm(work, { recursive: true, force: true });
  if (Object.keys(timings).length > 0)
    console.info(`[create-ciudata] timings (ms): ${JSON.stringify(timings)}`);
});

/** Points the project's @ciudata/* dependencies at the tarballs (pnpm.overrides also covers transitive ones). */
async function useTarballs(project: string): Promise<void> {
  const file = join(project, "package.json");
  const pkg = JSON.parse(await readFile(file, "utf8"));
  pkg.pnpm = { ...pkg.pnpm, overrides: tarballs };
  await writeFile(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

async function installBuildTest(project: string, scripts: string[], label: string): Promise<string> {
  let output = "";
  const started = Date.now();
  output += await must([...pnpm, "install", "--prefer-offline"], project);
  timings[`${label} install`] = Date.now() - started;
  for (const script of scripts) {
    const t = Date.now();
    output += await must([...pnpm, "run", script], project);
    timings[`${label} ${script}`] = Date.now() - t;
  }
  return output;
}

describe("the dashboard starter", () => {
  const project = () => join(work, "tablero");

  it(
    "scaffolds with the built CLI, installs from the tarballs, builds and passes its tests",
    async () => {
      // The real bin, as `npm create ciudata` runs it.
      const bin = join(ROOT, "packages", "create-ciudata", "dist", "cli.js");
      const created = await must(
        [
          process.execPath,
          bin,
          "tablero",
          "--template",
          "dashboard",
          "--yes",
          "--no-install",
          "--portal",
          portal.url,
          "--challenge",
          "Reclamos en la Cuarta Sección",
        ],
        work,
      );
      expect(created).toContain("Listo: el proyecto está en");
      await useTarballs(project());
      const output = await installBuildTest(project(), ["build", "test"], "dashboard");
      expect(output).toContain("240 filas en src/data/snapshot.json");
      const snapshot = JSON.parse(await readFile(join(project(), "src", "data", "snapshot.json"), "utf8"));
      expect(snapshot.dataset.name).toBe("solicitudes-ciudadanas-2026");
      expect(snapshot.challenge).toEqual({
        id: "reclamos-en-la-cuarta-seccion",
        title: "Reclamos en la Cuarta Sección",
      });
      expect(snapshot.quality.dimensions.map((d: { id: string }) => d.id)).toContain("validity");
      expect(existsSync(join(project(), "dist", "index.html"))).toBe(true);
      expect(output).toMatch(/Tests\s+\d+ passed/);
    },
    SLOW,
  );

  it(
    "keeps the snapshot with a warning when the portal is down, and fails clearly when there is none",
    async () => {
      const config = join(project(), "ciudata.config.json");
      const settings = JSON.parse(await readFile(config, "utf8"));
      await writeFile(config, JSON.stringify({ ...settings, portal: "http://127.0.0.1:9" }));
      const kept = await exec([...pnpm, "run", "snapshot"], project());
      expect(kept.code).toBe(0);
      expect(kept.output).toContain("Sigo con la copia anterior");
      await rm(join(project(), "src", "data", "snapshot.json"));
      const failed = await exec([...pnpm, "run", "snapshot"], project());
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain("npm run portal");
      expect(failed.output).toContain("portal serve");
      await writeFile(config, `${JSON.stringify(settings, null, 2)}\n`);
      await must([...pnpm, "run", "snapshot"], project());
    },
    SLOW,
  );

  const browserReady = hasChromium("[create-ciudata] the dashboard browser test");

  it.skipIf(!browserReady)(
    "renders the charts and the quality badges in Chromium, with no console error",
    async () => {
      const dist = join(project(), "dist");
      expect(existsSync(join(dist, "index.html")), "the build test above must pass first").toBe(true);
      const server = await serveStatic(dist);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
        const errors = watchErrors(page);
        await page.goto(server.url);
        await page.waitForSelector(".card svg", { timeout: 30_000 });
        const seen = await page.evaluate(() => ({
          title: document.querySelector("h1")?.textContent,
          bars: document.querySelectorAll('.card svg g[aria-label="bar"] rect').length,
          lines: document.querySelectorAll('.card svg g[aria-label="line"] path').length,
          badges: [...document.querySelectorAll(".badge")].map((b) => ({
            dimension: (b as HTMLElement).dataset.dimension,
            score: b.querySelector(".badge__score")?.textContent,
          })),
          challenge: document.querySelector(".challenge")?.textContent,
        }));
        expect(seen.title).toBe("Solicitudes ciudadanas 2026 (muestra sintética)");
        expect(seen.bars).toBeGreaterThan(3);
        expect(seen.lines).toBeGreaterThan(0);
        expect(seen.badges).toHaveLength(8);
        expect(seen.badges.find((b) => b.dimension === "validity")?.score).toMatch(/^\d+$/);
        expect(seen.badges.filter((b) => /^\d+$/.test(b.score ?? "")).length).toBeGreaterThanOrEqual(4);
        expect(seen.challenge).toContain("Reclamos en la Cuarta Sección");
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, "dashboard.png"), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    SLOW,
  );
});

describe("the analysis starter", () => {
  it(
    "scaffolds through main(), installs from the tarballs, runs and passes its tests against the local portal",
    async () => {
      let out = "";
      const code = await main(
        [
          "analisis",
          "--template",
          "analysis",
          "--yes",
          "--no-install",
          "--portal",
          portal.url,
          "--lang",
          "es",
        ],
        { cwd: work, stdout: (s) => (out += s), stderr: (s) => (out += s), env: {}, interactive: false },
      );
      expect(code, out).toBe(0);
      const project = join(work, "analisis");
      await useTarballs(project);
      const output = await installBuildTest(project, ["start", "test"], "analysis");
      expect(output).toContain("out/report.md");
      const report = await readFile(join(project, "out", "report.md"), "utf8");
      expect(report).toContain("# Informe: Registro de un programa alimentario (muestra sintética)");
      expect(report).toContain("## Cantidad por seccion");
      expect(output).toMatch(/# pass 3/);
    },
    SLOW,
  );
});
