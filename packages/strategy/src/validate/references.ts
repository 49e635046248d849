import type { Issue, Severity } from "@ciudata/core";
import { statusAt } from "../compute/status";
import type { StrategyDocument } from "../model/document";
import { BUILTIN_ROLES } from "../model/org";
import { deadlineRange } from "../time/deadline";
import { type StrategyIssueType, strategyIssue } from "./issue";

type Path = readonly PropertyKey[];

function issue(
  type: StrategyIssueType,
  path: Path,
  expected: string,
  detail: string,
  received: unknown,
  severity: Severity = "error",
): Issue {
  return strategyIssue(type, path, expected, { detail, received, severity });
}

/**
 * Cross-reference checks on a document whose shape is valid: unique ids per collection, every reference
 * declared (pillars, aspirations, owners, dependencies, indicators, datasets, org units…), no dependency
 * cycle, and (as warnings) deadlines outside the strategy's period and roadmap items whose state contradicts
 * their actions' latest status (a "planned" item whose action is complete, an "existing" one whose action
 * has not started).
 *
 * @example
 * ```ts
 * checkReferences(doc).filter((i) => i.severity === "error"); //=> [] for a consistent strategy
 * ```
 */
/** Calls `fn` for each item (a loop whose callbacks may return values). */
function each<T>(items: readonly T[], fn: (item: T, index: number) => unknown): void {
  for (let i = 0; i < items.length; i++) fn(items[i] as T, i);
}

export function checkReferences(doc: StrategyDocument): Issue[] {
  const out: Issue[] = [];
  const ids = (key: string, items: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    each(items, (item, i) => {
      if (seen.has(item.id))
        out.push(issue("strategy/duplicate-id", [key, i, "id"], "unique-id", key, item.id));
      seen.add(item.id);
    });
    return seen;
  };
  const orgUnits = ids("orgUnits", doc.orgUnits);
  const people = ids("people", doc.people);
  const roles = new Set([...Object.keys(BUILTIN_ROLES), ...ids("roles", doc.roles)]);
  const pillars = ids("pillars", doc.pillars);
  const actions = ids("actions", doc.actions);
  const indicators = ids("indicators", doc.indicators);
  const datasets = ids("datasets", doc.datasets);
  const platforms = ids("platforms", doc.platforms);
  ids("agreements", doc.agreements);
  const committees = ids("committees", doc.committees);
  const routines = ids("routines", doc.routines);
  ids("surveys", doc.surveys);
  ids("trainingPlans", doc.trainingPlans);
  ids("feedback", doc.feedback);
  const frameworks = ids("frameworks", doc.frameworks);
  ids("assessments", doc.assessments);
  ids("roadmap", doc.roadmap);
  ids("meetings", doc.meetings);

  const ref = (set: ReadonlySet<string>, collection: string, path: Path, value: string | undefined) => {
    if (value !== undefined && !set.has(value))
      out.push(issue("strategy/missing-reference", path, "existing", collection, value));
  };
  const ownerSets: Record<string, [ReadonlySet<string>, string]> = {
    person: [people, "people"],
    role: [roles, "roles"],
    committee: [committees, "committees"],
    "org-unit": [orgUnits, "orgUnits"],
  };

  each(doc.orgUnits, (u, i) => ref(orgUnits, "orgUnits", ["orgUnits", i, "parentId"], u.parentId));
  each(doc.people, (p, i) => ref(orgUnits, "orgUnits", ["people", i, "orgUnitId"], p.orgUnitId));
  each(doc.roleAssignments, (a, i) => {
    ref(people, "people", ["roleAssignments", i, "personId"], a.personId);
    ref(roles, "roles", ["roleAssignments", i, "roleId"], a.roleId);
    ref(orgUnits, "orgUnits", ["roleAssignments", i, "orgUnitId"], a.orgUnitId);
  });
  each(doc.roadmap, (r, i) => {
    ref(pillars, "pillars", ["roadmap", i, "pillarId"], r.pillarId);
    each(r.actionIds, (d, j) => ref(actions, "actions", ["roadmap", i, "actionIds", j], d));
  });
  out.push(...roadmapContradictions(doc));
  const aspirations = new Map(doc.pillars.map((p) => [p.id, new Set(p.aspirations.map((a) => a.id))]));

  const period = doc.strategy.period;
  each(doc.actions, (a, i) => {
    ref(pillars, "pillars", ["actions", i, "pillarId"], a.pillarId);
    const ofPillar = aspirations.get(a.pillarId);
    if (ofPillar)
      ref(ofPillar, `pillars[${a.pillarId}].aspirations`, ["actions", i, "aspirationId"], a.aspirationId);
    each(a.owners, (o, j) => {
      const [set, name] = ownerSets[o.kind] as [ReadonlySet<string>, string];
      ref(set, name, ["actions", i, "owners", j, "id"], o.id);
    });
    each(a.dependsOn, (d, j) => ref(actions, "actions", ["actions", i, "dependsOn", j], d));
    each(a.indicatorIds, (d, j) => ref(indicators, "indicators", ["actions", i, "indicatorIds", j], d));
    each(a.history, (e, j) => ref(people, "people", ["actions", i, "history", j, "by"], e.by));
    if (a.deadline !== undefined && period !== undefined) {
      const { from, to } = period;
      const range = deadlineRange(a.deadline);
      if (range.lastMonth < from || range.firstMonth > to)
        out.push(
          issue(
            "strategy/deadline-outside-period",
            ["actions", i, "deadline"],
            "within-period",
            `${from}/${to}`,
            a.deadline,
            "warning",
          ),
        );
    }
  });
  out.push(...dependencyCycles(doc));

  each(doc.indicators, (ind, i) => {
    ref(pillars, "pillars", ["indicators", i, "pillarId"], ind.pillarId);
    ref(datasets, "datasets", ["indicators", i, "sourceDatasetId"], ind.sourceDatasetId);
  });
  each(doc.observations, (o, i) =>
    ref(indicators, "indicators", ["observations", i, "indicatorId"], o.indicatorId),
  );
  each(doc.datasets, (d, i) => {
    ref(orgUnits, "orgUnits", ["datasets", i, "orgUnitId"], d.orgUnitId);
    ref(people, "people", ["datasets", i, "stewardId"], d.stewardId);
    ref(platforms, "platforms", ["datasets", i, "platformId"], d.platformId);
  });
  each(doc.platforms, (p, i) =>
    each(p.orgUnitIds, (u, j) => ref(orgUnits, "orgUnits", ["platforms", i, "orgUnitIds", j], u)),
  );
  each(doc.agreements, (a, i) => {
    ref(orgUnits, "orgUnits", ["agreements", i, "providerId"], a.providerId);
    ref(orgUnits, "orgUnits", ["agreements", i, "recipientId"], a.recipientId);
    each(a.datasets, (d, j) =>
      ref(datasets, "datasets", ["agreements", i, "datasets", j, "datasetId"], d.datasetId),
    );
  });
  const owner = (path: Path, o: { kind: string; id: string } | undefined) => {
    if (o === undefined) return;
    const [set, name] = ownerSets[o.kind] as [ReadonlySet<string>, string];
    ref(set, name, [...path, "id"], o.id);
  };
  each(doc.committees, (c, i) => {
    each(c.memberIds, (m, j) => ref(people, "people", ["committees", i, "memberIds", j], m));
    each(c.members, (m, j) => {
      ref(people, "people", ["committees", i, "members", j, "personId"], m.personId);
      ref(roles, "roles", ["committees", i, "members", j, "roleId"], m.roleId);
    });
  });
  const series = new Set([...committees, ...routines]);
  each(doc.meetings, (m, i) => {
    ref(series, "committees/routines", ["meetings", i, "seriesId"], m.seriesId);
    each(m.attendeeIds, (p, j) => ref(people, "people", ["meetings", i, "attendeeIds", j], p));
    each(m.commitments, (c, j) => {
      const at = ["meetings", i, "commitments", j];
      ref(people, "people", [...at, "ownerId"], c.ownerId);
      owner([...at, "owner"], c.owner);
      // A commitment is made at its meeting: due or closed before it is a typing mistake.
      for (const key of ["due", "closedAt"] as const) {
        const day = c[key];
        if (day !== undefined && day < m.date)
          out.push(issue("strategy/date-order", [...at, key], "on-or-after", m.date, day));
      }
    });
  });
  each(doc.routines, (r, i) => {
    each(r.indicatorIds, (d, j) => ref(indicators, "indicators", ["routines", i, "indicatorIds", j], d));
    owner(["routines", i, "owner"], r.owner);
    each(r.participantIds, (p, j) => ref(people, "people", ["routines", i, "participantIds", j], p));
  });
  each(doc.trainingPlans, (t, i) => {
    each(t.indicatorIds, (d, j) => ref(indicators, "indicators", ["trainingPlans", i, "indicatorIds", j], d));
    each(t.actionIds, (d, j) => ref(actions, "actions", ["trainingPlans", i, "actionIds", j], d));
    const modules = new Set(t.modules.map((m) => m.id));
    each(t.sessions, (x, j) =>
      ref(
        modules,
        `trainingPlans[${t.id}].modules`,
        ["trainingPlans", i, "sessions", j, "moduleId"],
        x.moduleId,
      ),
    );
    each(t.sessions, (x, j) =>
      each(x.orgUnitIds, (u, k) =>
        ref(orgUnits, "orgUnits", ["trainingPlans", i, "sessions", j, "orgUnitIds", k], u),
      ),
    );
  });
  each(doc.feedback, (f, i) => {
    each(f.actionIds, (d, j) => ref(actions, "actions", ["feedback", i, "actionIds", j], d));
    each(f.datasetIds, (d, j) => ref(datasets, "datasets", ["feedback", i, "datasetIds", j], d));
  });
  each(doc.assessments, (a, i) =>
    ref(frameworks, "frameworks", ["assessments", i, "frameworkId"], a.frameworkId),
  );
  return out;
}

/**
 * Roadmap items whose state contradicts the latest status of an action they name in `actionIds` (its last
 * history event, or the status the document states without a date): a "planned" item whose action is
 * complete, or an "existing" item whose action has not started. Warnings, one per pair.
 *
 * @example
 * ```ts
 * roadmapContradictions(parseStrategy(MENDOZA_2024_2026).document).map((i) => i.params.path);
 * //=> ["roadmap[1].state", "roadmap[5].state"]
 * ```
 */
export function roadmapContradictions(doc: StrategyDocument): Issue[] {
  const out: Issue[] = [];
  const byId = new Map(doc.actions.map((a) => [a.id, a]));
  each(doc.roadmap, (r, i) => {
    for (const id of r.actionIds) {
      const a = byId.get(id);
      if (!a) continue;
      const status = statusAt(a, "9999-12-31", doc.city.timeZone);
      const clash =
        (r.state === "planned" && status === "complete") ||
        (r.state === "existing" && status === "not_started");
      if (!clash) continue;
      const found = issue(
        "strategy/roadmap-contradiction",
        ["roadmap", i, "state"],
        `roadmap-${r.state}`,
        `${id}: ${status}`,
        r.state,
        "warning",
      );
      // The example is the state the action's status implies.
      const fix = `"state": "${r.state === "planned" ? "existing" : "planned"}"`;
      out.push({ ...found, params: { ...found.params, example: fix } });
    }
  });
  return out;
}

/**
 * Dependency cycles among actions, each reported once at the first action of the cycle (in file order).
 *
 * @example
 * ```ts
 * dependencyCycles(doc)[0]?.params.detail; //=> "a → b → a"
 * ```
 */
export function dependencyCycles(doc: StrategyDocument): Issue[] {
  const index = new Map(doc.actions.map((a, i) => [a.id, i] as const));
  const deps = new Map(doc.actions.map((a) => [a.id, a.dependsOn.filter((d) => index.has(d))] as const));
  const state = new Map<string, 1 | 2>(); // 1 visiting, 2 done
  const out: Issue[] = [];
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 1);
    stack.push(id);
    for (const d of deps.get(id) ?? []) {
      const s = state.get(d);
      if (s === 1) {
        const cycle = [...stack.slice(stack.indexOf(d)), d];
        const at = index.get(d) as number;
        out.push(
          issue(
            "strategy/dependency-cycle",
            ["actions", at, "dependsOn"],
            "acyclic",
            cycle.join(" → "),
            doc.actions[at]?.dependsOn,
          ),
        );
      } else if (s === undefined) visit(d);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const a of doc.actions) if (!state.has(a.id)) visit(a.id);
  return out;
}
