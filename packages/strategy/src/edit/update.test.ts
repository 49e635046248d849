import { describe, expect, it } from "vitest";
import { diffStrategy, diffStrategyVersions } from "../compute/diff";
import { statusAt } from "../compute/status";
import { MENDOZA_2024_2026 } from "../presets";
import { renderIssue } from "../validate/issue";
import { loadStrategy } from "../validate/parse";
import { closestIds, updateAction } from "./update";

const mendoza = () => structuredClone(MENDOZA_2024_2026);

describe("updateAction", () => {
  it("appends one event to the action's history, changes nothing else and leaves its input alone", () => {
    const input = mendoza();
    const before = JSON.stringify(input);
    const r = updateAction(input, {
      actionId: "protocolo-compartir-datos",
      status: "in_progress",
      at: "2024-11-04",
      note: "Primera reunión de validación",
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(JSON.stringify(input)).toBe(before);
    const action = r.document.actions.find((a) => a.id === "protocolo-compartir-datos");
    expect(action?.history).toEqual([
      { status: "in_progress", at: "2024-11-04", note: "Primera reunión de validación" },
    ]);
    const written = r.strategy.actions?.map((a) => a.history ?? []).filter((h) => h.length);
    expect(written).toEqual([[r.event]]);
    // Before the event the document's undated status holds; from that day on, the new one.
    expect(statusAt(action as never, "2024-11-03", "America/Argentina/Mendoza")).toBe("not_started");
    expect(statusAt(action as never, "2024-11-04", "America/Argentina/Mendoza")).toBe("in_progress");
    expect(diffStrategy(r.document, "2024-11-01", "2024-11-30").statusChanges).toEqual([
      { actionId: "protocolo-compartir-datos", from: "not_started", to: "in_progress" },
    ]);
  });

  it("reads JSON text and keeps appending (same day allowed)", () => {
    const first = updateAction(JSON.stringify(mendoza()), {
      actionId: "comite-de-gobernanza",
      status: "complete",
      at: "2024-03-10",
    });
    if (!first.ok) throw new Error("refused");
    const second = updateAction(first.strategy, {
      actionId: "comite-de-gobernanza",
      status: "on_hold",
      at: "2024-03-10T18:00:00-03:00",
    });
    expect(second.ok && second.document.actions[3]?.history.map((e) => e.status)).toEqual([
      "complete",
      "on_hold",
    ]);
  });

  it("refuses a date before the last change unless it is a correction", () => {
    const first = updateAction(mendoza(), {
      actionId: "plan-de-capacitacion",
      status: "complete",
      at: "2024-12-01",
    });
    if (!first.ok) throw new Error("refused");
    const late = { actionId: "plan-de-capacitacion", status: "in_progress", at: "2024-10-15" } as const;
    const refused = updateAction(first.strategy, late);
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.type, i.params.path, i.params.detail])).toEqual([
      ["strategy/update-before-last", "actions[11].history[1].at", "2024-12-01"],
    ]);
    expect(renderIssue(refused.issues[0] as never, "en")).toContain("--correct");
    const corrected = updateAction(first.strategy, { ...late, correct: true });
    expect(corrected.ok && corrected.document.actions[11]?.history).toHaveLength(2);
  });

  it("refuses an unknown action id with the closest ids, in es, en and pt", () => {
    const r = updateAction(mendoza(), { actionId: "inventario-area", status: "complete", at: "2024-11-01" });
    expect(r.ok).toBe(false);
    const issue = r.issues[0];
    expect(issue?.type).toBe("strategy/unknown-action");
    expect(issue?.params.closest).toBe("inventario-por-area");
    expect(renderIssue(issue as never, "es")).toBe(
      'En actions: no hay ninguna acción con ese id; ¿quiso decir «inventario-por-area»?; se esperaba: el id de una acción del archivo; ejemplo válido: "id": "inventario-por-area"; se encontró: «"inventario-area"».',
    );
    expect(renderIssue(issue as never, "en")).toContain("did you mean “inventario-por-area”?");
    expect(renderIssue(issue as never, "pt")).toContain("quis dizer «inventario-por-area»?");
  });

  it("refuses a date that is not one, a status that does not exist and a `by` nobody declared", () => {
    const base = { actionId: "mapeo-de-plataformas", status: "complete", at: "2024-11-30" } as const;
    const bad = [
      updateAction(mendoza(), { ...base, at: "30/11/2024" }),
      updateAction(mendoza(), { ...base, status: "done" as never }),
      updateAction(mendoza(), { ...base, by: "nadie" }),
    ];
    const errors = bad.map((r) => r.issues.filter((i) => i.severity === "error"));
    expect(errors.map((issues) => issues.map((i) => `${i.type} ${i.params.path}`))).toEqual([
      ["strategy/schema actions[14].history[0].at"],
      ["strategy/schema actions[14].history[0].status"],
      ["strategy/missing-reference actions[14].history[0].by"],
    ]);
    const ok = updateAction(mendoza(), { ...base, by: "ary-salomon" });
    expect(ok.ok).toBe(true);
  });

  it("refuses to touch a strategy that is not valid", () => {
    const input = mendoza() as { pillars: unknown[] };
    input.pillars = [];
    const r = updateAction(input, { actionId: "mapeo-de-plataformas", status: "complete", at: "2024-11-30" });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.type).toBe("strategy/schema");
  });
});

describe("closestIds", () => {
  it("suggests near and containing ids, nearest first, and nothing for a stranger", () => {
    const ids = ["inventario-por-area", "comite-de-gobernanza", "plan-de-capacitacion", "replicar-rutinas"];
    expect(closestIds("comite-gobernanza", ids)).toEqual(["comite-de-gobernanza"]);
    expect(closestIds("plan-capacitacion", ids)).toEqual(["plan-de-capacitacion"]);
    expect(closestIds("rutinas", ids)).toEqual(["replicar-rutinas"]);
    expect(closestIds("zzz", ids)).toEqual([]);
  });
});

describe("diffStrategyVersions", () => {
  it("shows the change between the file before and after an update, on the same day", () => {
    const before = loadStrategy(mendoza());
    const r = updateAction(mendoza(), {
      actionId: "replicar-rutinas",
      status: "cancelled",
      at: "2024-11-20",
    });
    if (!r.ok) throw new Error("refused");
    const d = diffStrategyVersions(before, r.document, "2024-12-01");
    expect(d.statusChanges).toEqual([{ actionId: "replicar-rutinas", from: "not_started", to: "cancelled" }]);
    expect(d.noLongerOverdue).toEqual(["replicar-rutinas"]);
    expect(diffStrategyVersions(before, r.document, "2024-11-19").statusChanges).toEqual([]);
  });
});
