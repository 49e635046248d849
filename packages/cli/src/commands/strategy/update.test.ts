import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MENDOZA_2024_2026 } from "@ciudata/strategy";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

/** A folder holding Mendoza's strategy as a file a city team edits. */
async function strategyFile(): Promise<{ dir: string; file: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-strategy-update-"));
  const text = `${JSON.stringify(MENDOZA_2024_2026, null, 2)}\n`;
  await writeFile(join(dir, "estrategia.json"), text);
  return { dir, file: join(dir, "estrategia.json"), text };
}

async function cli(argv: string[], dir: string) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata strategy update", () => {
  it("records a change that strategy diff then shows, exactly, between the two dates", async () => {
    const { dir, file } = await strategyFile();
    const updated = await cli(
      [
        "strategy",
        "update",
        "estrategia.json",
        "--action",
        "protocolo-compartir-datos",
        "--status",
        "in_progress",
        "--date",
        "2024-11-04",
        "--note",
        "Primera reunión de validación",
        "--by",
        "candela-grec",
      ],
      dir,
    );
    expect(updated.err).toBe("");
    expect(updated.code).toBe(0);
    expect(updated.out).toBe(
      "Registrado en estrategia.json: «Validar el protocolo para compartir datos y flujograma toma de decisiones» pasa a «En curso» el 2024-11-04.\n",
    );
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.actions[1].history).toEqual([
      { status: "in_progress", at: "2024-11-04", by: "candela-grec", note: "Primera reunión de validación" },
    ]);
    expect(await readdir(dir)).toEqual(["estrategia.json"]); // no temporary file left behind

    const diff = await cli(
      [
        "strategy",
        "diff",
        "estrategia.json",
        "--from",
        "2024-11-01",
        "--to",
        "2024-11-30",
        "--format",
        "json",
      ],
      dir,
    );
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.out).statusChanges).toEqual([
      { actionId: "protocolo-compartir-datos", from: "not_started", to: "in_progress" },
    ]);
    const text = await cli(
      ["strategy", "diff", "estrategia.json", "--from", "2024-11-01", "--to", "2024-11-30", "--lang", "en"],
      dir,
    );
    expect(text.out).toContain(
      "Status changes (1):\n  - Validate the data-sharing protocol and the decision-making flowchart: Not started → In progress\n",
    );
    const before = await cli(
      [
        "strategy",
        "diff",
        "estrategia.json",
        "--from",
        "2024-10-01",
        "--to",
        "2024-11-03",
        "--format",
        "json",
      ],
      dir,
    );
    expect(JSON.parse(before.out).statusChanges).toEqual([]);
  });

  it("diff between two files (before and after an update) shows exactly that change", async () => {
    const { dir, text } = await strategyFile();
    await writeFile(join(dir, "antes.json"), text);
    const argv = ["--action", "esquemas-de-rutinas", "--status", "in_progress", "--date", "2024-11-12"];
    expect((await cli(["strategy", "update", "estrategia.json", ...argv], dir)).code).toBe(0);
    const d = await cli(
      ["strategy", "diff", "antes.json", "estrategia.json", "--as-of", "2024-11-15", "--format", "json"],
      dir,
    );
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out).statusChanges).toEqual([
      { actionId: "esquemas-de-rutinas", from: "not_started", to: "in_progress" },
    ]);
    const md = await cli(
      ["strategy", "diff", "antes.json", "estrategia.json", "--as-of", "2024-11-15", "--format", "md"],
      dir,
    );
    expect(md.out).toContain("Crear esquemas de rutinas de datos: No iniciada → En curso");
    const extra = await cli(["strategy", "check", "antes.json", "estrategia.json"], dir);
    expect(extra.code).toBe(2);
  });

  it("refuses an unknown action id in es, en and pt, with the closest ids, exit 2, the file untouched", async () => {
    const { dir, file, text } = await strategyFile();
    const argv = [
      "strategy",
      "update",
      "estrategia.json",
      "--action",
      "inventario-area",
      "--status",
      "complete",
    ];
    const expected = {
      es: "¿quiso decir «inventario-por-area»?",
      en: "did you mean “inventario-por-area”?",
      pt: "quis dizer «inventario-por-area»?",
    };
    for (const [lang, words] of Object.entries(expected)) {
      const r = await cli([...argv, "--date", "2024-11-01", "--lang", lang], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain("actions");
      expect(r.err).toContain(words);
      expect(r.out).toBe("");
    }
    expect(await readFile(file, "utf8")).toBe(text);
  });

  it("refuses a date before the last change unless --correct; the file untouched when refused", async () => {
    const { dir, file } = await strategyFile();
    const base = ["strategy", "update", "estrategia.json", "--action", "plan-de-capacitacion", "--status"];
    expect((await cli([...base, "complete", "--date", "2024-12-01"], dir)).code).toBe(0);
    const after = await readFile(file, "utf8");
    const refused = await cli([...base, "in_progress", "--date", "2024-10-15", "--lang", "en"], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("before the action's last recorded change");
    expect(refused.err).toContain("--correct");
    expect(await readFile(file, "utf8")).toBe(after);
    expect((await cli([...base, "in_progress", "--date", "2024-10-15", "--correct"], dir)).code).toBe(0);
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.actions[11].history.map((e: { at: string }) => e.at)).toEqual(["2024-12-01", "2024-10-15"]);
  });

  it("refuses bad input with exit 2 (or 1 for an invalid file), never writing", async () => {
    const { dir, file, text } = await strategyFile();
    const ok = ["--action", "mapeo-de-plataformas", "--status", "complete", "--date", "2024-11-30"];
    const cases: [string[], number][] = [
      [
        ["strategy", "update", "estrategia.json", "--action", "mapeo-de-plataformas", "--status", "complete"],
        2,
      ],
      [["strategy", "update", "estrategia.json", ...ok.slice(0, 4), "--date", "30/11/2024"], 2],
      [
        [
          "strategy",
          "update",
          "estrategia.json",
          ...ok.slice(0, 2),
          "--status",
          "done",
          "--date",
          "2024-11-30",
        ],
        2,
      ],
      [["strategy", "update", "estrategia.json", ...ok, "--by", "nadie"], 2],
      [["strategy", "update", "mendoza-2024-2026", ...ok], 2],
      [["strategy", "update", "no-existe.json", ...ok], 2],
    ];
    for (const [argv, code] of cases) {
      const r = await cli(argv, dir);
      expect(r.code, argv.join(" ")).toBe(code);
      expect(r.err, argv.join(" ")).not.toBe("");
    }
    expect(await readFile(file, "utf8")).toBe(text);
    await writeFile(file, '{"format": "ciudata-strategy", "version": 1}');
    const invalid = await cli(["strategy", "update", "estrategia.json", ...ok], dir);
    expect(invalid.code).toBe(1);
    expect(await readFile(file, "utf8")).toBe('{"format": "ciudata-strategy", "version": 1}');
  });
});
