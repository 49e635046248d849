import { type Lang, translator } from "@ciudata/core";
import { governanceMessages } from "../messages/governance";
import type { Owner } from "../model/action";
import type { Label } from "../model/common";
import type { StrategyDocument } from "../model/document";
import { daysBetween, staleness } from "../time/dates";
import { reportText } from "./labels";

type Doc = StrategyDocument;
/** How an owner reference is named in the report (a person's name, a role's or committee's label). */
export type OwnerName = (owner: Pick<Owner, "kind" | "id">) => string;

/** Why a committee or routine is flagged: an active series not held within its frequency as of the day. */
export interface NotHeld {
  /** The last day it was held on or before the report's day (`null`: never recorded). */
  last: string | null;
  /** Its frequency (`R/P1M`). */
  every: string;
  /** The day by which it should have been held again (`null` when it was never held and has no start day). */
  dueBy: string | null;
  daysLate: number | null;
  text: string;
}

/** A state and how to show it ("planned — as stated in the document (undated)" when the source gives no date). */
export interface ShownState {
  state: string;
  label: string;
  /** True when the state is the one the source document states without a date (never flagged then). */
  undated: boolean;
}

/** A committee in the report. */
export interface ReportCommittee {
  id: string;
  name: string;
  purpose: string | null;
  cadence: string | null;
  establishedAt: string | null;
  members: { name: string; role: string | null }[];
  /** Meetings held on or before the report's day. */
  meetingsHeld: number;
  lastMeeting: string | null;
  state: ShownState | null;
  notHeld: NotHeld | null;
}

/** A commitment in the report, with whether it is past its date. */
export interface ReportCommitment {
  id: string;
  meetingId: string;
  meetingDate: string;
  text: string;
  owner: string | null;
  due: string | null;
  status: "open" | "done" | "dropped";
  statusLabel: string;
  overdue: boolean;
  daysLate: number | null;
  /** Why it is flagged, when it is past its date. */
  flag: string | null;
}

/** The governance, training, platforms and routines sections of a strategy report. */
export interface GovernanceSections {
  committees: ReportCommittee[];
  /** Meetings held on or before the report's day, newest first. */
  meetings: { id: string; series: string; date: string; decisions: number; commitments: number }[];
  commitments: ReportCommitment[];
  training: {
    id: string;
    title: string;
    period: string | null;
    audience: string | null;
    state: ShownState;
    courses: {
      id: string;
      title: string;
      audience: string | null;
      hours: number | null;
      /** Sessions held on or before the report's day, and how many attended them (all sessions counted). */
      sessionsHeld: number;
      attendees: number;
      nextSession: string | null;
    }[];
  }[];
  platforms: {
    id: string;
    name: string;
    kind: string;
    ownerAreas: string[];
    holds: string[];
    state: ShownState;
  }[];
  routines: {
    id: string;
    name: string;
    kind: string;
    cadence: string | null;
    owner: string | null;
    lastHeld: string | null;
    state: ShownState;
    notHeld: NotHeld | null;
  }[];
  /** How many commitments are past their date and series not held within their frequency. */
  flagCount: number;
}

const pickLabel = (l: Label, lang: Lang) => l[lang] ?? l.es;

/**
 * The governance (committees with members and roles, meetings, commitments), training plans, platforms map
 * and data-use routines of a strategy as of a day, in a language: a commitment still open after its date and
 * an active committee or routine not held within its frequency are flagged; a state the source document gives
 * without a date is shown as such and never flagged. Pure.
 *
 * @example
 * ```ts
 * const s = governanceSections(doc, "2024-10-01", "es", (o) => o.id);
 * s.commitments.filter((c) => c.overdue).length;
 * ```
 */
export function governanceSections(
  doc: Doc,
  asOf: string,
  lang: Lang,
  ownerName: OwnerName,
): GovernanceSections {
  const { t } = translator(governanceMessages, lang);
  const undated = reportText(lang).undated;
  const shown = (
    state: string,
    asWritten: Record<string, string> | undefined,
    dated: boolean,
  ): ShownState => {
    // Facts from a source document (`asWritten`) with no date of their own are shown as stated, never flagged.
    const stated = asWritten !== undefined && !dated;
    const label = t(`state:${state}` as "state:planned");
    return { state, label: stated ? `${label} — ${undated}` : label, undated: stated };
  };
  const held = (seriesId: string, extra?: string) =>
    [...doc.meetings.filter((m) => m.seriesId === seriesId && m.date <= asOf).map((m) => m.date), extra]
      .filter((d): d is string => d !== undefined && d <= asOf)
      .sort();
  const notHeld = (
    cadence: string | undefined,
    dates: string[],
    start: string | undefined,
  ): NotHeld | null => {
    const last = dates.at(-1) ?? null;
    const from = last ?? start;
    // The rule of `watch` and the inventory: due one cadence after the last meeting (or the start day).
    const { due: dueBy, stale } = staleness(cadence, from, asOf);
    if (!stale || cadence === undefined) return null;
    // Never held and no start day: nothing to count from; flagged as never recorded.
    if (from === undefined || dueBy === null)
      return {
        last,
        every: cadence,
        dueBy: null,
        daysLate: null,
        text: t("flag:never-held", { every: cadence }),
      };
    const daysLate = daysBetween(dueBy, asOf);
    return {
      last,
      every: cadence,
      dueBy,
      daysLate,
      text: t("flag:not-held", { last: from, every: cadence, dueBy, daysLate }),
    };
  };

  const committees: ReportCommittee[] = doc.committees.map((c) => {
    const dates = held(c.id);
    const state =
      c.asWritten === undefined && c.establishedAt === undefined
        ? null
        : shown("established", c.asWritten, c.establishedAt !== undefined || dates.length > 0);
    const started = c.establishedAt !== undefined && c.establishedAt <= asOf;
    return {
      id: c.id,
      name: pickLabel(c.name, lang),
      purpose: c.purpose ? pickLabel(c.purpose, lang) : null,
      cadence: c.cadence ?? null,
      establishedAt: c.establishedAt ?? null,
      members: [
        ...c.members.map((m) => ({
          name: ownerName(
            m.personId !== undefined
              ? { kind: "person", id: m.personId }
              : { kind: "role", id: m.roleId as string },
          ),
          role: m.role ? pickLabel(m.role, lang) : null,
        })),
        ...c.memberIds.map((id) => ({ name: ownerName({ kind: "person", id }), role: null })),
      ],
      meetingsHeld: dates.length,
      lastMeeting: dates.at(-1) ?? null,
      state,
      // A committee is measured against its frequency once it exists (or once it has met).
      notHeld:
        state?.undated || (!started && !dates.length) ? null : notHeld(c.cadence, dates, c.establishedAt),
    };
  });
  const seriesName = new Map<string, string>([
    ...doc.committees.map((c) => [c.id, pickLabel(c.name, lang)] as const),
    ...doc.routines.map((r) => [r.id, pickLabel(r.name, lang)] as const),
  ]);
  const past = doc.meetings.filter((m) => m.date <= asOf);
  const meetings = [...past]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((m) => ({
      id: m.id,
      series: seriesName.get(m.seriesId) ?? m.seriesId,
      date: m.date,
      decisions: m.decisions.length,
      commitments: m.commitments.length,
    }));
  const commitments: ReportCommitment[] = past.flatMap((m) =>
    m.commitments.map((c) => {
      const status = c.closedAt !== undefined && c.closedAt <= asOf ? "done" : (c.status ?? "open");
      const owner =
        c.owner ?? (c.ownerId === undefined ? undefined : { kind: "person" as const, id: c.ownerId });
      const overdue = status === "open" && c.due !== undefined && c.due < asOf;
      const daysLate = overdue ? daysBetween(c.due as string, asOf) : null;
      return {
        id: c.id,
        meetingId: m.id,
        meetingDate: m.date,
        text: pickLabel(c.text, lang),
        owner: owner ? ownerName(owner) : null,
        due: c.due ?? null,
        status,
        statusLabel: t(`commitment:${status}`),
        overdue,
        daysLate,
        flag: overdue
          ? t("flag:commitment-overdue", { due: c.due as string, daysLate: daysLate as number })
          : null,
      };
    }),
  );
  const training = doc.trainingPlans.map((p) => {
    const sessions = p.sessions.filter((s) => s.date <= asOf);
    const state = p.state ?? (sessions.length ? "active" : "planned");
    return {
      id: p.id,
      title: pickLabel(p.title, lang),
      period: p.period ?? null,
      audience: p.audience ? pickLabel(p.audience, lang) : null,
      state: shown(state, p.asWritten, sessions.length > 0),
      courses: p.modules.map((m) => {
        const own = p.sessions.filter((s) => s.moduleId === m.id);
        const done = own.filter((s) => s.date <= asOf);
        return {
          id: m.id,
          title: pickLabel(m.title, lang),
          audience: m.audience ?? null,
          hours: m.hours ?? null,
          sessionsHeld: done.length,
          attendees: done.reduce((n, s) => n + (s.attendees ?? 0), 0),
          nextSession:
            own
              .map((s) => s.date)
              .filter((d) => d > asOf)
              .sort()[0] ?? null,
        };
      }),
    };
  });
  const areaName = (id: string) => ownerName({ kind: "org-unit", id });
  const platforms = doc.platforms.map((p) => ({
    id: p.id,
    name: pickLabel(p.name, lang),
    kind: p.kind,
    ownerAreas: p.orgUnitIds.map(areaName),
    holds: [
      ...p.holds.map((h) => pickLabel(h, lang)),
      ...doc.datasets.filter((d) => d.platformId === p.id).map((d) => d.title),
    ],
    state: shown(p.state, p.asWritten, p.from !== undefined),
  }));
  const routines = doc.routines.map((r) => {
    const dates = held(r.id, r.lastHeld);
    const state = shown(r.state ?? "active", r.asWritten, r.startDate !== undefined || dates.length > 0);
    return {
      id: r.id,
      name: pickLabel(r.name, lang),
      kind: r.kind,
      cadence: r.cadence ?? null,
      owner: r.owner ? ownerName(r.owner) : null,
      lastHeld: dates.at(-1) ?? null,
      state,
      notHeld: state.state !== "active" || state.undated ? null : notHeld(r.cadence, dates, r.startDate),
    };
  });
  const flagCount =
    commitments.filter((c) => c.overdue).length +
    committees.filter((c) => c.notHeld).length +
    routines.filter((r) => r.notHeld).length;
  return { committees, meetings, commitments, training, platforms, routines, flagCount };
}
