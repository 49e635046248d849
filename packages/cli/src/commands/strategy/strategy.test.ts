import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_STATUSES, MENDOZA_2024_2026, PRESETS } from "@ciudata/strategy";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { STRATEGY_PRESETS, STRATEGY_STATUSES } from "./command";

async function workdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-strategy-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

describe("ciudata strategy", () => {
  it("report --preset mendoza-2024-2026 --as-of 2024-10-01 --format json lists every action and the overdue ones", async () => {
    const c = capture();
    const code = await run(
      ["strategy", "report", "--preset", "mendoza-2024-2026", "--as-of", "2024-10-01", "--format", "json"],
      c.io,
    );
    expect(c.err()).toBe("2 avisos sobre la estrategia (detalle: «ciudata strategy check»).\n");
    expect(code).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.actions).toHaveLength(18);
    for (const a of report.actions)
      expect(a.asWritten.status).toMatch(/^(Iniciado|No se ha iniciado|Completo)$/);
    expect(report.actions.find((a: { id: string }) => a.id === "piloto-datos-desagregados")).toMatchObject({
      status: "not_started",
      asWritten: { owners: "Ary Salomón", deadline: "Agosto 2024" },
      overdue: true,
    });
    expect(report.overdue).toHaveLength(11);
  });

  it("check accepts a preset by name and reports a bad file with located errors in the user's language", async () => {
    const ok = capture();
    expect(await run(["strategy", "check", "san-antonio-pladeco"], ok.io)).toBe(0);
    expect(ok.out()).toContain("Estrategia válida");

    const bad = structuredClone(MENDOZA_2024_2026) as { actions: { deadline?: string }[] };
    (bad.actions[0] as { deadline?: string }).deadline = "Mayo 2024";
    const dir = await workdir({ "estrategia.json": JSON.stringify(bad) });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["strategy", "check", "estrategia.json", "--lang", "en"], c.io)).toBe(1);
    expect(c.err()).toContain(
      "At actions[0].deadline: Value that does not fit the strategy format; expected: a deadline YYYY-MM (end of that month)",
    );
    expect(c.err()).toContain('found: «"Mayo 2024"»');
  });

  it("status prints progress, overdue actions and next deadlines as text", async () => {
    const c = capture();
    expect(
      await run(["strategy", "status", "mendoza-2024-2026", "--as-of", "2024-10-01", "--lang", "pt"], c.io),
    ).toBe(0);
    expect(c.out()).toContain("Vencidas (11):");
    expect(c.out()).toContain("Próximos prazos:");
    expect(c.out()).toContain("2024-10-31 Aplicação do protocolo de segurança e privacidade");
  });

  it("writes an HTML report atomically with --out (format from the extension)", async () => {
    const dir = await workdir();
    const c = capture();
    c.io.cwd = dir;
    expect(
      await run(
        ["strategy", "report", "mendoza-2024-2026", "--as-of", "2024-10-01", "--out", "r.html"],
        c.io,
      ),
    ).toBe(0);
    const html = await readFile(join(dir, "r.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    expect(c.out()).toContain("Escrito:");
  });

  it("diff shows what changed between two dates", async () => {
    const c = capture();
    expect(
      await run(
        [
          "strategy",
          "diff",
          "mendoza-2024-2026",
          "--from",
          "2024-01-15",
          "--to",
          "2024-10-01",
          "--format",
          "json",
        ],
        c.io,
      ),
    ).toBe(0);
    const d = JSON.parse(c.out());
    expect(d.newlyOverdue).toHaveLength(11);
    // The document dates none of its statuses: they hold on both days, so no status changed.
    expect(d.statusChanges).toEqual([]);
  });

  it("usage mistakes exit 2 with a message", async () => {
    for (const argv of [
      ["strategy"],
      ["strategy", "publish", "x"],
      ["strategy", "status", "mendoza-2024-2026", "--as-of", "2024-13-01"],
      ["strategy", "report", "mendoza-2024-2026", "--format", "pdf"],
      ["strategy", "check", "no-existe.json"],
      ["strategy", "report", "--preset", "lima"],
    ]) {
      const c = capture();
      expect(await run(argv, c.io), argv.join(" ")).toBe(2);
      expect(c.err().length).toBeGreaterThan(0);
    }
  });

  it("declares exactly the presets and statuses @ciudata/strategy has", () => {
    expect([...STRATEGY_PRESETS].sort()).toEqual(Object.keys(PRESETS).sort());
    expect([...STRATEGY_STATUSES]).toEqual([...ACTION_STATUSES]);
  });

  it("prints the status as Markdown and the diff as one HTML page", async () => {
    const md = capture();
    expect(
      await run(
        ["strategy", "status", "mendoza-2024-2026", "--as-of", "2024-10-01", "--format", "md"],
        md.io,
      ),
    ).toBe(0);
    expect(md.out()).toMatch(/^# /);
    expect(md.out()).toContain("|");
    const dir = await workdir();
    const html = capture();
    html.io.cwd = dir;
    const argv = ["strategy", "diff", "mendoza-2024-2026", "--from", "2024-01-15", "--to", "2024-10-01"];
    expect(await run([...argv, "--out", "d.html", "--lang", "en"], html.io)).toBe(0);
    const page = await readFile(join(dir, "d.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain("<h2>Became overdue in the period (11)</h2>");
    expect(html.out()).toContain("Status changes (0):");
    expect(html.out()).toContain("Written:");
  });

  it("check prints its summary as JSON with --json", async () => {
    const c = capture();
    expect(await run(["strategy", "check", "mendoza-2024-2026", "--json"], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ valid: true, pillars: 4, actions: 18 });
  });

  it("check warns about the roadmap items that contradict their action's status (es, en, pt)", async () => {
    const texts: Record<string, string[]> = {
      es: ["La hoja de ruta contradice el estado de una acción", "roadmap[5].state"],
      en: ["The roadmap contradicts an action's status", "roadmap[1].state"],
      pt: ["O roteiro contradiz a situação de uma ação", "roadmap[5].state"],
    };
    for (const [lang, expected] of Object.entries(texts)) {
      const c = capture();
      expect(await run(["strategy", "check", "mendoza-2024-2026", "--lang", lang], c.io)).toBe(0);
      for (const text of expected) expect(c.err()).toContain(text);
      expect(c.err().match(/roadmap\[\d\]\.state/g)).toHaveLength(2);
    }
  });

  it("report --preset mendoza-2024-2026 shows 4 pillars, pillar 4 with its two aspirations", async () => {
    const c = capture();
    expect(
      await run(["strategy", "report", "--preset", "mendoza-2024-2026", "--as-of", "2024-10-01"], c.io),
    ).toBe(0);
    expect(c.out().match(/^## Eje \d/gm)).toEqual(["## Eje 1", "## Eje 2", "## Eje 3", "## Eje 4"]);
    expect(c.out()).toContain("Recolectar retroalimentación por parte de los residentes");
    expect(c.out()).toContain("según el documento (sin fecha)");
    expect(c.out()).not.toContain("sin novedades");
  });

  it.each([
    [["strategy", "status", "mendoza-2024-2026", "--as-fo", "2024-10-01"], "¿Quiso decir «--as-of»?"],
    [["strategy", "report", "mendoza-2024-2026", "--format", "htlm"], "¿Quiso decir «html»?"],
    [["strategy", "report", "--preset", "mendoza-2024-2025"], "¿Quiso decir «mendoza-2024-2026»?"],
    [["strategy", "stauts", "mendoza-2024-2026"], "¿Quiso decir «status»?"],
  ])("%j is a usage error with a suggestion", async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err()).toContain(message);
  });
});
