// What the browser tests share: where Debian's Chromium is, how it is launched headless, a static server
// for a built page on 127.0.0.1, and the console errors of a page.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`), or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether Chromium is installed; when it is not, says which tests skip and why.
 *
 * @example
 * ```ts
 * describe.skipIf(!hasChromium("[ciudata] the examples' browser tests"))("…", () => {});
 * ```
 */
export function hasChromium(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(`${what}: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

/** Launches Chromium headless with the flags CI needs (no sandbox, no GPU, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A static file server for a built page (`dist/`) on 127.0.0.1 and a free port; `url` ends with `/`. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Collects a page's console errors and uncaught errors, from now on. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/**
 * Bundles `@ciudata/<name>` packages from source for the browser and serves them on 127.0.0.1 as
 * `/<name>.js`, with `page` as every other path. Returns the base URL and a `close`.
 *
 * @example
 * ```ts
 * const served = await servePackages(["table"], PAGE); // served.base + "/table.js"
 * ```
 */
export async function servePackages(
  names: readonly string[],
  page: string,
): Promise<{ base: string; close: () => Promise<void> }> {
  const { build } = await import("esbuild");
  const scripts: Record<string, string> = {};
  for (const name of names) {
    const out = await build({
      entryPoints: [new URL(`../../packages/${name}/src/index.ts`, import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["@ciudata/source"],
      logLevel: "silent",
    });
    scripts[`/${name}.js`] = out.outputFiles[0]?.text ?? "";
  }
  const server = createServer((req, res) => {
    const js = scripts[req.url ?? ""];
    if (js !== undefined) res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
