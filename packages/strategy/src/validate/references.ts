import type { StrategyDocument } from "../model/document";
import { BUILTIN_ROLES } from "../model/org";
import { deadlineRange } from "../time/deadline";
import { exampleAt } from "./examples";
import { describeValue, formatPath, type StrategyIssue } from "./issue";

type Path = readonly PropertyKey[];

function issue(
  type: StrategyIssue["type"],
  path: Path,
  expected: string,
  detail: string,
  received: unknown,
  severity: StrategyIssue["severity"] = "error",
): StrategyIssue {
  const where = formatPath(path);
  const shown = describeValue(received);
  return {
    type,
    severity,
    path: where,
    expected,
    detail,
    received: shown,
    example: exampleAt(path),
    note: `${where}: expected ${expected} ${detail}, received ${shown}`,
  };
}

/**
 * Cross-reference checks on a document whose shape is valid: unique ids per collection, every reference
 * declared (pillars, owners, dependencies, indicators, datasets, org units…), no dependency cycle, and
 * (as warnings) deadlines outside the strategy's period.
 *
 * @example
 * ```ts
 * checkReferences(doc).filter((i) => i.severity === "error"); //=> [] for a consistent strategy
 * ```
 */
export function checkReferences(doc: StrategyDocument): StrategyIssue[] {
  const out: StrategyIssue[] = [];
  const ids = (key: string, items: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        out.push(issue("strategy/duplicate-id", [key, i, "id"], "unique-id", `(${key})`, item.id));
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

  doc.orgUnits.forEach((u, i) => ref(orgUnits, "orgUnits", ["orgUnits", i, "parentId"], u.parentId));
  doc.people.forEach((p, i) => ref(orgUnits, "orgUnits", ["people", i, "orgUnitId"], p.orgUnitId));
  doc.roleAssignments.forEach((a, i) => {
    ref(people, "people", ["roleAssignments", i, "personId"], a.personId);
    ref(roles, "roles", ["roleAssignments", i, "roleId"], a.roleId);
    ref(orgUnits, "orgUnits", ["roleAssignments", i, "orgUnitId"], a.orgUnitId);
  });
  doc.roadmap.forEach((r, i) => ref(pillars, "pillars", ["roadmap", i, "pillarId"], r.pillarId));

  const period = doc.strategy.period;
  doc.actions.forEach((a, i) => {
    ref(pillars, "pillars", ["actions", i, "pillarId"], a.pillarId);
    a.owners.forEach((o, j) => {
      const [set, name] = ownerSets[o.kind] as [ReadonlySet<string>, string];
      ref(set, name, ["actions", i, "owners", j, "id"], o.id);
    });
    a.dependsOn.forEach((d, j) => ref(actions, "actions", ["actions", i, "dependsOn", j], d));
    a.indicatorIds.forEach((d, j) => ref(indicators, "indicators", ["actions", i, "indicatorIds", j], d));
    a.history.forEach((e, j) => ref(people, "people", ["actions", i, "history", j, "by"], e.by));
    if (a.deadline !== undefined && period !== undefined) {
      const { from, to } = period;
      const range = deadlineRange(a.deadline);
      if (range.lastMonth < from || range.firstMonth > to)
        out.push(
          issue(
            "strategy/deadline-outside-period",
            ["actions", i, "deadline"],
            "within-period",
            `(${from}/${to})`,
            a.deadline,
            "warning",
          ),
        );
    }
  });
  out.push(...dependencyCycles(doc));

  doc.indicators.forEach((ind, i) => {
    ref(pillars, "pillars", ["indicators", i, "pillarId"], ind.pillarId);
    ref(datasets, "datasets", ["indicators", i, "sourceDatasetId"], ind.sourceDatasetId);
  });
  doc.observations.forEach((o, i) =>
    ref(indicators, "indicators", ["observations", i, "indicatorId"], o.indicatorId),
  );
  doc.datasets.forEach((d, i) => {
    ref(orgUnits, "orgUnits", ["datasets", i, "orgUnitId"], d.orgUnitId);
    ref(people, "people", ["datasets", i, "stewardId"], d.stewardId);
    ref(platforms, "platforms", ["datasets", i, "platformId"], d.platformId);
  });
  doc.platforms.forEach((p, i) =>
    p.orgUnitIds.forEach((u, j) => ref(orgUnits, "orgUnits", ["platforms", i, "orgUnitIds", j], u)),
  );
  doc.agreements.forEach((a, i) => {
    ref(orgUnits, "orgUnits", ["agreements", i, "providerId"], a.providerId);
    ref(orgUnits, "orgUnits", ["agreements", i, "recipientId"], a.recipientId);
    a.datasets.forEach((d, j) =>
      ref(datasets, "datasets", ["agreements", i, "datasets", j, "datasetId"], d.datasetId),
    );
  });
  doc.committees.forEach((c, i) =>
    c.memberIds.forEach((m, j) => ref(people, "people", ["committees", i, "memberIds", j], m)),
  );
  const series = new Set([...committees, ...routines]);
  doc.meetings.forEach((m, i) => {
    ref(series, "committees/routines", ["meetings", i, "seriesId"], m.seriesId);
    m.attendeeIds.forEach((p, j) => ref(people, "people", ["meetings", i, "attendeeIds", j], p));
  });
  doc.routines.forEach((r, i) =>
    r.indicatorIds.forEach((d, j) => ref(indicators, "indicators", ["routines", i, "indicatorIds", j], d)),
  );
  doc.trainingPlans.forEach((t, i) =>
    t.indicatorIds.forEach((d, j) =>
      ref(indicators, "indicators", ["trainingPlans", i, "indicatorIds", j], d),
    ),
  );
  doc.feedback.forEach((f, i) => {
    f.actionIds.forEach((d, j) => ref(actions, "actions", ["feedback", i, "actionIds", j], d));
    f.datasetIds.forEach((d, j) => ref(datasets, "datasets", ["feedback", i, "datasetIds", j], d));
  });
  doc.assessments.forEach((a, i) =>
    ref(frameworks, "frameworks", ["assessments", i, "frameworkId"], a.frameworkId),
  );
  return out;
}

/**
 * Dependency cycles among actions, each reported once at the first action of the cycle (in file order).
 *
 * @example
 * ```ts
 * dependencyCycles(doc)[0]?.detail; //=> "(a → b → a)"
 * ```
 */
export function dependencyCycles(doc: StrategyDocument): StrategyIssue[] {
  const index = new Map(doc.actions.map((a, i) => [a.id, i] as const));
  const deps = new Map(doc.actions.map((a) => [a.id, a.dependsOn.filter((d) => index.has(d))] as const));
  const state = new Map<string, 1 | 2>(); // 1 visiting, 2 done
  const out: StrategyIssue[] = [];
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
            `(${cycle.join(" → ")})`,
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
