import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Action } from "../model/action";
import type { StrategyDocument } from "../model/document";
import { getPreset } from "./index";

// Reads the Mendoza strategy's own text (seed 000 in ../shared/seeds) and checks, action by action, that
// the preset puts it in the pillar and aspiration the document shows it under, with the owners, status
// and month the document gives. Skipped, with a message, when the seed is not on this machine.

const SEEDS = fileURLToPath(new URL("../../../../../shared/seeds", import.meta.url));
const seedFile = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.startsWith("000_")) : undefined;
const MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
const STATUS: Record<string, string> = {
  Iniciado: "in_progress",
  "No se ha iniciado": "not_started",
  Completo: "complete",
};

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
/** "... consolidando una estructura..." → "consolidando una estructura". */
const fragment = (s: string) => norm(s.replace(/^\.\.\.|\.\.\.$/g, ""));

/** "Mayo 2024" → "2024-05"; "Sept- Nov 2024" → "2024-09/2024-11". */
function month(text: string): string {
  const year = /\d{4}/.exec(text)?.[0] as string;
  const months = [...text.toLowerCase().matchAll(/[a-z]+/g)].map(
    (m) => `${year}-${String(MONTHS.indexOf(m[0].slice(0, 3)) + 1).padStart(2, "0")}`,
  );
  return months.join("/");
}

/** The document's owner column as owner references ("Data Champions; CGD" → role and committee). */
function owners(text: string, doc: StrategyDocument): string[] {
  const parts = text.split(";").flatMap((p) => {
    const m = /^(Data [Cc]hampions)\s+(\S.*)$/.exec(p.trim());
    return m ? [m[1] as string, m[2] as string] : [p.trim()];
  });
  return parts.map((p) => {
    if (/^data champions$/i.test(p)) return "role:data-champion";
    if (p === "CGD") return "committee:cgd";
    const role = doc.roles.find((r) => r.name.es === p);
    if (role) return `role:${role.id}`;
    if (p === "Personas a cargo de un área municipal") return "role:area-head";
    const person = doc.people.find((x) => x.name === p);
    return person ? `person:${person.id}` : `unknown:${p}`;
  });
}

interface SeedAction {
  title: string;
  pillar: string;
  aspiration: string;
  status: string;
  owners: string;
  month: string;
}

/** Each "¿Qué queremos hacer?" slide: the nearest pillar heading and aspiration above it, its actions, and
 * the rows of its "¿Quién lo hará y cuando?" table in the same order. */
function seedActions(text: string): SeedAction[] {
  const out: SeedAction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith("¿Qué queremos hacer?")) continue;
    let a = i;
    while (a > 0 && !lines[a]?.startsWith("Aspiración:")) a--;
    let h = a - 1;
    while (h > 0 && !lines[h]?.trim()) h--;
    let t = a + 1;
    while (!lines[t]?.trim()) t++;
    const aspiration = fragment(lines[t] as string);
    let j = i + 1;
    while (!lines[j]?.startsWith("Acciones")) j++;
    const titles: string[] = [];
    for (j++; lines[j]?.trim(); j++) titles.push(norm(lines[j] as string));
    while (!/^¿D[oó]nde estamos\?/.test(lines[j] ?? "")) j++;
    const rows: string[][] = [];
    for (j++; rows.length < titles.length; j++) {
      const cells = (lines[j] ?? "").split("\t").map(norm).filter(Boolean);
      if (cells.length === 3) rows.push(cells);
      if (j > lines.length) throw new Error(`no owner table for ${titles[0]}`);
    }
    titles.forEach((title, k) => {
      const [status, who, when] = rows[k] as [string, string, string];
      out.push({ title, pillar: norm(lines[h] as string), aspiration, status, owners: who, month: when });
    });
  }
  return out;
}

describe.skipIf(!seedFile)("Mendoza preset against the seed text", () => {
  const text = seedFile ? readFileSync(join(SEEDS, seedFile), "utf8") : "";
  const doc = getPreset("mendoza-2024-2026") as StrategyDocument;
  const found = seedActions(text);
  const byTitle = new Map(doc.actions.map((a) => [norm(a.title.es), a]));

  it("finds the document's 17 planned actions", () => {
    expect(found).toHaveLength(17);
  });

  it.each(found.map((s) => [s.title, s] as const))(
    "%s: pillar, aspiration, owners, status and month",
    (_, s) => {
      const action = byTitle.get(s.title) as Action;
      expect(action, s.title).toBeDefined();
      const pillar = doc.pillars.find((p) => p.id === action.pillarId);
      expect(norm(pillar?.title.es ?? "")).toBe(s.pillar);
      const aspiration = pillar?.aspirations.find((x) => x.id === action.aspirationId);
      expect(aspiration, `${action.id}.aspirationId`).toBeDefined();
      expect(norm(aspiration?.text.es ?? "")).toContain(s.aspiration);
      expect(action.owners.map((o) => `${o.kind}:${o.id}`)).toEqual(owners(s.owners, doc));
      expect(action.statedStatus).toBe(STATUS[s.status]);
      expect(action.deadline).toBe(month(s.month));
    },
  );

  it("keeps four pillars and what the document says, and adds nothing it does not", () => {
    expect(doc.pillars).toHaveLength(4);
    expect(norm(text)).toContain("Mejorar la calidad de los datos internos");
    expect(doc.strategy.goals.map((g) => g.es)).toEqual(["Mejorar la calidad de los datos internos"]);
    for (const a of doc.actions) {
      expect(a.dependsOn, a.id).toEqual([]);
      expect(a.history, a.id).toEqual([]);
      expect(a.statedStatus, a.id).toBeDefined();
    }
    const done = doc.actions.find((a) => a.asWritten?.section === "¿Qué ya hicimos?");
    expect(norm(text)).toContain(`¿Qué ya hicimos? Acciones ¿Donde estamos? ${done?.title.es} Completo`);
    expect(done?.statedStatus).toBe("complete");
  });
});

if (!seedFile) console.warn(`[strategy] skipped the seed checks: seed 000 not found in ${SEEDS}`);
