import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import type { StrategyDocumentInput } from "../model/document";
import { getPreset } from "../presets";
import { loadStrategy, parseStrategy } from "../validate/parse";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { strategyReport } from "./snapshot";

/** The tiny strategy with a committee that meets monthly, two routines, a training plan and platforms. */
function governed(): StrategyDocumentInput {
  const doc = tinyStrategy();
  return {
    ...doc,
    people: [...(doc.people ?? []), { id: "beto", name: "Beto" }],
    committees: [
      {
        id: "cgd",
        name: { es: "Comité", en: "Committee" },
        members: [
          { personId: "ana", role: { es: "Presidenta", en: "Chair" } },
          { roleId: "data-champion", role: { es: "Integrantes", en: "Members" } },
        ],
        cadence: "R/P1M",
        establishedAt: "2024-01-15",
      },
    ],
    meetings: [
      {
        id: "r1",
        seriesId: "cgd",
        date: "2024-02-05",
        commitments: [
          {
            id: "c1",
            text: { es: "Publicar actas", en: "Publish minutes" },
            ownerId: "ana",
            due: "2024-03-01",
          },
          {
            id: "c2",
            text: { es: "Inventario piloto" },
            owner: { kind: "person", id: "beto" },
            due: "2024-03-15",
            closedAt: "2024-03-10",
          },
        ],
      },
      {
        id: "r2",
        seriesId: "cgd",
        date: "2024-03-04",
        commitments: [{ id: "c3", text: { es: "Definir protocolo" }, due: "2024-06-30" }],
      },
      // After the report's day: neither counted nor its commitments shown.
      { id: "r3", seriesId: "cgd", date: "2024-05-06" },
    ],
    routines: [
      {
        id: "stat-salud",
        name: { es: "Stat de salud", en: "Health stat" },
        kind: "stat",
        cadence: "R/P2W",
        owner: { kind: "person", id: "beto" },
        startDate: "2024-01-01",
        lastHeld: "2024-03-20",
      },
      {
        id: "rutina-futura",
        name: { es: "Rutina futura" },
        kind: "other",
        state: "planned",
        cadence: "R/P1M",
      },
    ],
    trainingPlans: [
      {
        id: "plan",
        title: { es: "Plan de capacitación", en: "Training plan" },
        period: "2024-03/2024-06",
        modules: [
          { id: "excel", title: { es: "Planillas" }, audience: "equipos", hours: 8 },
          { id: "sql", title: { es: "SQL" } },
        ],
        sessions: [
          { moduleId: "excel", date: "2024-03-05", attendees: 12 },
          { moduleId: "excel", date: "2024-03-19", attendees: 9 },
          { moduleId: "sql", date: "2024-05-02" },
        ],
      },
    ],
    platforms: [
      {
        id: "portal",
        name: { es: "Portal de datos" },
        kind: "portal",
        orgUnitIds: ["datos"],
        state: "existing",
        holds: [{ es: "Datos abiertos" }],
        from: "2020-01-01",
      },
    ],
    datasets: [
      {
        id: "reclamos",
        title: "Reclamos 147",
        orgUnitId: "datos",
        platformId: "portal",
        accessLevel: "public",
        state: "published",
      },
    ],
  };
}

const load = (input: StrategyDocumentInput) => loadStrategy(input);

describe("governance sections of the report", () => {
  it("counts meetings and flags the commitment past its date and the routine not held within its frequency", () => {
    const g = strategyReport(load(governed()), "2024-04-15", { lang: "es" }).governance;
    const [cgd] = g.committees;
    expect(cgd).toMatchObject({ meetingsHeld: 2, lastMeeting: "2024-03-04", cadence: "R/P1M" });
    expect(cgd?.members).toEqual([
      { name: "Ana", role: "Presidenta" },
      { name: "Data Champions (referentes de datos)", role: "Integrantes" },
    ]);
    // Monthly: due again by 2024-04-04, 11 days late on 2024-04-15.
    expect(cgd?.notHeld).toMatchObject({ last: "2024-03-04", dueBy: "2024-04-04", daysLate: 11 });
    expect(g.meetings.map((m) => m.date)).toEqual(["2024-03-04", "2024-02-05"]);
    expect(g.commitments.map((c) => [c.id, c.status, c.overdue, c.daysLate])).toEqual([
      ["c1", "open", true, 45],
      ["c2", "done", false, null],
      ["c3", "open", false, null],
    ]);
    expect(g.commitments[0]?.owner).toBe("Ana");
    expect(g.commitments[1]?.owner).toBe("Beto");
    const [stat, planned] = g.routines;
    // Every two weeks from 2024-03-20: due by 2024-04-03, 12 days late.
    expect(stat?.notHeld).toMatchObject({ last: "2024-03-20", dueBy: "2024-04-03", daysLate: 12 });
    expect(planned?.notHeld).toBeNull();
    expect(g.flagCount).toBe(3);
    const [excel, sql] = g.training[0]?.courses ?? [];
    expect(excel).toMatchObject({ sessionsHeld: 2, attendees: 21, hours: 8, nextSession: null });
    expect(sql).toMatchObject({ sessionsHeld: 0, attendees: 0, hours: null, nextSession: "2024-05-02" });
    expect(g.training[0]?.state).toMatchObject({ state: "active", undated: false });
    expect(g.platforms[0]).toMatchObject({
      ownerAreas: ["Dirección de Datos"],
      holds: ["Datos abiertos", "Reclamos 147"],
    });
  });

  it("raises no flag while everything is within its frequency and date", () => {
    const g = strategyReport(load(governed()), "2024-03-25", { lang: "es" }).governance;
    expect(g.flagCount).toBe(1);
    expect(g.commitments.filter((c) => c.overdue).map((c) => c.id)).toEqual(["c1"]);
    expect(g.committees[0]?.notHeld).toBeNull();
  });

  it("shows the same numbers in Markdown and HTML, in the report's language", () => {
    const r = strategyReport(load(governed()), "2024-04-15", { lang: "en" });
    const md = renderMarkdown(r);
    expect(md).toContain("## Governance");
    expect(md).toContain("**3 alerts on governance, training and routines**");
    expect(md).toContain(
      "| Publish minutes | Ana | 2024-03-01 | open | 45 days past its date (2024-03-01) |",
    );
    expect(md).toContain("Meetings: 2 · Last held: 2024-03-04");
    expect(md).toContain("not held since 2024-03-04 (every R/P1M; was due by 2024-04-04, 11 days late)");
    expect(md).toContain("| Planillas | equipos | 8 | 2 (21 attendees) | — |");
    expect(md).toContain("## Platforms map");
    expect(md).toContain("| Health stat | R/P2W | Beto | 2024-03-20 | active |");
    const html = renderHtml(r);
    expect(html).toContain("<h2>Data-use routines</h2>");
    expect(html).toContain('<td class="late">45 days past its date (2024-03-01)</td>');
  });

  it("says so when there are no meetings or commitments", () => {
    const doc = governed();
    const md = renderMarkdown(strategyReport(load({ ...doc, meetings: [] }), "2024-04-15", { lang: "es" }));
    expect(md).toContain("No hay reuniones registradas.");
    expect(md).toContain("No hay compromisos registrados.");
    expect(md).toContain("no se realiza desde 2024-01-15");
  });
});

describe("governance sections of the Mendoza preset", () => {
  const mendoza = () => {
    const doc = getPreset("mendoza-2024-2026");
    if (!doc) throw new Error("missing preset");
    return doc;
  };

  it("fills what the seed states, as stated and undated, with no alert", () => {
    const g = strategyReport(mendoza(), "2024-10-01", { lang: "es" }).governance;
    expect(g.flagCount).toBe(0);
    expect(g.committees[0]).toMatchObject({
      name: "Comité de Gobernanza de Datos (CGD)",
      members: [{ name: "Integrantes plenos del CGD", role: "Integrantes plenos" }],
      meetingsHeld: 0,
      state: { label: "creado — según el documento (sin fecha)", undated: true },
      notHeld: null,
    });
    expect(g.training[0]).toMatchObject({
      title: "Plan de capacitación en datos",
      period: "2024-09/2024-11",
      state: { label: "planificada — según el documento (sin fecha)", undated: true },
    });
    expect(g.platforms.map((p) => [p.id, p.state.state])).toEqual([
      ["portal-datos-abiertos", "existing"],
      ["plataformas-web", "existing"],
      ["chat-mini-ciudad", "planned"],
    ]);
    expect(g.routines.map((r) => [r.id, r.state.label, r.notHeld])).toEqual([
      ["rutinas-departamento-piloto", "planificada — según el documento (sin fecha)", null],
      ["rutinas-todas-las-areas", "planificada — según el documento (sin fecha)", null],
    ]);
    const md = renderMarkdown(strategyReport(mendoza(), "2024-10-01", { lang: "pt" }));
    expect(md).toContain("## Governança");
    expect(md).toContain("## Plano de capacitação");
    expect(md).toContain("## Mapa de plataformas");
    expect(md).toContain("## Rotinas de uso de dados");
    expect(md).not.toContain("alerta");
  });
});

describe("strategy check on the governance sections", () => {
  it("locates unknown members, owners, modules and commitment dates before their meeting", () => {
    const doc = governed();
    const bad: StrategyDocumentInput = {
      ...doc,
      committees: [{ id: "cgd", name: { es: "Comité" }, members: [{ roleId: "presidencia" }] }],
      meetings: [
        {
          id: "r1",
          seriesId: "cgd",
          date: "2024-02-05",
          commitments: [
            { id: "c1", text: { es: "X" }, owner: { kind: "person", id: "nadie" }, due: "2024-01-10" },
          ],
        },
      ],
      trainingPlans: [
        {
          id: "plan",
          title: { es: "Plan" },
          modules: [],
          sessions: [{ moduleId: "sql", date: "2024-03-01" }],
        },
      ],
    };
    const r = parseStrategy(bad);
    expect(r.ok).toBe(false);
    const paths = r.issues.filter((i) => i.severity === "error").map((i) => [i.type, i.params.path]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["strategy/missing-reference", "committees[0].members[0].roleId"],
        ["strategy/missing-reference", "meetings[0].commitments[0].owner.id"],
        ["strategy/date-order", "meetings[0].commitments[0].due"],
        ["strategy/missing-reference", "trainingPlans[0].sessions[0].moduleId"],
      ]),
    );
  });

  it("refuses a member that is both a person and a role", () => {
    const doc = governed();
    const r = parseStrategy({
      ...doc,
      committees: [{ id: "cgd", name: { es: "Comité" }, members: [{ personId: "ana", roleId: "owner" }] }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.params).toMatchObject({
      path: "committees[0].members[0]",
      expected: "person-or-role",
    });
  });
});
