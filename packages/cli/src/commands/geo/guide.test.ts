import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// The worked guide "¿Llega el programa a cada barrio?" (docs/es/geo-barrios.md, docs/en/geo-barrios.md)
// runs its own commands: every `ciudata …` line of an `sh` block is run on the real Buenos Aires files,
// and every line of the `text` block after it (but `…`) must be in what the command printed — so the
// numbers the guide quotes still hold.

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const SHARED = process.env.CIUDATA_SHARED ?? join(ROOT, "..", "shared");
const FILES = {
  "ar_caba_barrios.geojson": join(SHARED, "data/geo/ar_caba_barrios.geojson"),
  "ar_caba_gcba_sitios_wifi.csv": join(SHARED, "data/real/ar_caba_gcba_sitios_wifi.csv"),
  "ar_caba_gcba_hospitales.csv": join(SHARED, "data/real/ar_caba_gcba_hospitales.csv"),
  "ar_indec_censo2010_poblacion_sexo_por_departamento.csv": join(
    SHARED,
    "data/real/ar_indec_censo2010_poblacion_sexo_por_departamento.csv",
  ),
};
const present = Object.values(FILES).every((f) => existsSync(f));
if (!present)
  console.warn(
    `geo guide test skipped: the real files are not in ${SHARED} (set CIUDATA_SHARED to the shared folder)`,
  );

/** The guide's steps: each command line of an `sh` block, and the lines of the `text` block after it. */
function steps(markdown: string): { commands: string[]; expected: string[] }[] {
  const blocks = [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    body: (m[2] as string).replace(/\\\n\s*/g, ""),
  }));
  const out: { commands: string[]; expected: string[] }[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== "sh") return;
    const next = blocks[i + 1];
    out.push({
      commands: block.body.split("\n").filter((l) => l.startsWith("ciudata ")),
      expected:
        next?.lang === "text"
          ? next.body
              .split("\n")
              .map((l) => l.trim())
              .filter((l) => l !== "" && l !== "…")
          : [],
    });
  });
  return out;
}

let dir = "";
beforeAll(async () => {
  if (!present) return;
  dir = await mkdtemp(join(tmpdir(), "ciudata-geo-guide-"));
  for (const [name, target] of Object.entries(FILES)) await symlink(target, join(dir, name));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs one command line of the guide in the folder of the files (`> file` writes standard output there). */
async function runLine(line: string, lang: string): Promise<{ code: number; printed: string }> {
  const [command = "", redirect] = line.split(" > ");
  const c = capture({ LANG: lang });
  c.io.cwd = dir;
  const code = await run(command.trim().split(/\s+/).slice(1), c.io);
  if (redirect !== undefined) await writeFile(join(dir, redirect.trim()), c.out());
  return { code, printed: c.out() + c.err() };
}

describe.skipIf(!present).each([
  ["es", "es_AR.UTF-8"],
  ["en", "en_US.UTF-8"],
])("the worked guide geo-barrios (%s)", (doc, lang) => {
  const guide = readFileSync(join(ROOT, "docs", doc, "geo-barrios.md"), "utf8");
  const all = steps(guide);

  it("has the commands of the three steps", () => {
    const commands = all.flatMap((s) => s.commands.map((c) => c.split(" ").slice(0, 3).join(" ")));
    expect(commands).toEqual(
      expect.arrayContaining(["ciudata geo check", "ciudata geo assign", "ciudata geo coverage"]),
    );
    expect(all.some((s) => s.commands.some((c) => c.includes("--format html")))).toBe(true);
    expect(all.flatMap((s) => s.expected).length).toBeGreaterThan(30);
  });

  it("prints what the guide quotes", async () => {
    for (const step of all) {
      let printed = "";
      for (const line of step.commands) {
        const r = await runLine(line, lang);
        // geo check exits 1 when it finds problems (the real files have some); never 2.
        expect(r.code, line).toBeLessThanOrEqual(1);
        printed += r.printed;
      }
      for (const expected of step.expected) expect(printed, step.commands.join("\n")).toContain(expected);
    }
    const pages = all.flatMap((s) => s.commands.map((c) => c.split(" > ")[1]).filter((f) => f !== undefined));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(readFileSync(join(dir, page.trim()), "utf8")).toContain("<svg");
  }, 600_000);
});
