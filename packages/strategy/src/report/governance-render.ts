import { escapeHtml, type Lang, translator } from "@ciudata/core";
import { governanceMessages } from "../messages/governance";
import { formatNumber } from "./format";
import type { GovernanceSections } from "./governance";

// The report's governance, training, platforms and routines sections as tables: one list of rows per
// section, rendered to Markdown or HTML, so the two formats always show the same numbers.

interface Table {
  heading: string;
  /** A line under the heading (the committee's members, a plan's period…). */
  intro?: string;
  columns: string[];
  rows: string[][];
  /** Said instead of the table when there are no rows. */
  empty?: string;
  /** Row indexes whose last cell is an alert. */
  flagged?: number[];
}

function tables(g: GovernanceSections, lang: Lang): { title: string; tables: Table[] }[] {
  const { t } = translator(governanceMessages, lang);
  const none = t("none");
  const num = (n: number) => formatNumber(n, lang);
  const out: { title: string; tables: Table[] }[] = [];
  if (g.committees.length || g.meetings.length || g.commitments.length) {
    const list: Table[] = g.committees.map((c) => ({
      heading: `${t("committee")}: ${c.name}`,
      intro: [
        c.purpose,
        c.state ? `${t("state")}: ${c.state.label}` : null,
        `${t("cadence")}: ${c.cadence ?? none}`,
        `${t("established")}: ${c.establishedAt ?? none}`,
        `${t("meetings")}: ${num(c.meetingsHeld)}`,
        `${t("lastHeld")}: ${c.lastMeeting ?? none}`,
        c.notHeld ? `**${t("flags")}:** ${c.notHeld.text}` : null,
      ]
        .filter((x): x is string => x !== null)
        .join(" · "),
      columns: [t("members"), t("role")],
      rows: c.members.map((m) => [m.name, m.role ?? none]),
      empty: none,
    }));
    list.push(
      {
        heading: t("meetings"),
        columns: [t("date"), t("committee"), t("commitments")],
        rows: g.meetings.map((m) => [m.date, m.series, num(m.commitments)]),
        empty: t("noMeetings"),
      },
      {
        heading: t("commitments"),
        columns: [t("commitment"), t("owner"), t("due"), t("state"), t("flags")],
        rows: g.commitments.map((c) => [
          c.text,
          c.owner ?? none,
          c.due ?? none,
          c.statusLabel,
          c.flag ?? none,
        ]),
        empty: t("noCommitments"),
        flagged: g.commitments.flatMap((c, i) => (c.overdue ? [i] : [])),
      },
    );
    out.push({ title: t("governance"), tables: list });
  }
  if (g.training.length)
    out.push({
      title: t("training"),
      tables: g.training.map((p) => ({
        heading: p.title,
        intro: [
          `${t("state")}: ${p.state.label}`,
          p.period,
          p.audience ? `${t("audience")}: ${p.audience}` : null,
        ]
          .filter((x): x is string => x !== null)
          .join(" · "),
        columns: [t("course"), t("audience"), t("hours"), t("sessions"), t("nextSession")],
        rows: p.courses.map((c) => [
          c.title,
          c.audience ?? none,
          c.hours === null ? none : num(c.hours),
          `${num(c.sessionsHeld)} (${num(c.attendees)} ${t("attendees")})`,
          c.nextSession ?? none,
        ]),
        empty: t("noCourses"),
      })),
    });
  if (g.platforms.length)
    out.push({
      title: t("platforms"),
      tables: [
        {
          heading: "",
          columns: [t("platform"), t("kind"), t("ownerArea"), t("holds"), t("state")],
          rows: g.platforms.map((p) => [
            p.name,
            p.kind,
            p.ownerAreas.join("; ") || none,
            p.holds.join("; ") || none,
            p.state.label,
          ]),
        },
      ],
    });
  if (g.routines.length)
    out.push({
      title: t("routines"),
      tables: [
        {
          heading: "",
          columns: [t("routine"), t("cadence"), t("owner"), t("lastHeld"), t("state"), t("flags")],
          rows: g.routines.map((r) => [
            r.name,
            r.cadence ?? none,
            r.owner ?? none,
            r.lastHeld ?? none,
            r.state.label,
            r.notHeld?.text ?? none,
          ]),
          flagged: g.routines.flatMap((r, i) => (r.notHeld ? [i] : [])),
        },
      ],
    });
  if (out.length && g.flagCount) {
    const first = out[0] as { tables: Table[] };
    first.tables.unshift({
      heading: "",
      intro: `**${t("flagCount", { count: g.flagCount })}**`,
      columns: [],
      rows: [],
    });
  }
  return out;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/**
 * The governance, training plan, platforms map and routines sections as Markdown lines (none when the
 * strategy has none of them).
 *
 * @example
 * ```ts
 * governanceMarkdown(report.governance, "es").join("\n").includes("## Gobernanza"); //=> true for Mendoza
 * ```
 * @internal
 */
export function governanceMarkdown(g: GovernanceSections, lang: Lang): string[] {
  const out: string[] = [];
  for (const section of tables(g, lang)) {
    out.push("", `## ${section.title}`);
    for (const tb of section.tables) {
      if (tb.heading) out.push("", `### ${tb.heading}`);
      if (tb.intro) out.push("", tb.intro);
      if (!tb.columns.length) continue;
      if (!tb.rows.length) {
        if (tb.empty) out.push("", tb.empty);
        continue;
      }
      out.push("", `| ${tb.columns.join(" | ")} |`, `|${tb.columns.map(() => "---").join("|")}|`);
      for (const r of tb.rows) out.push(`| ${r.map(cell).join(" | ")} |`);
    }
  }
  return out;
}

/**
 * The same sections as HTML (every text escaped; a flagged row's alert in the report's "late" style).
 *
 * @example
 * ```ts
 * governanceHtml(report.governance, "en").includes("<h2>Governance</h2>"); //=> true for Mendoza
 * ```
 * @internal
 */
export function governanceHtml(g: GovernanceSections, lang: Lang): string {
  const e = escapeHtml;
  const h: string[] = [];
  const bold = (s: string) => e(s).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  for (const section of tables(g, lang)) {
    h.push(`<h2>${e(section.title)}</h2>`);
    for (const tb of section.tables) {
      if (tb.heading) h.push(`<h3>${e(tb.heading)}</h3>`);
      if (tb.intro) h.push(`<p>${bold(tb.intro)}</p>`);
      if (!tb.columns.length) continue;
      if (!tb.rows.length) {
        if (tb.empty) h.push(`<p>${e(tb.empty)}</p>`);
        continue;
      }
      const flagged = new Set(tb.flagged ?? []);
      h.push(
        `<table><thead><tr>${tb.columns.map((c) => `<th>${e(c)}</th>`).join("")}</tr></thead><tbody>`,
        ...tb.rows.map(
          (r, i) =>
            `<tr>${r.map((c, k) => `<td${flagged.has(i) && k === r.length - 1 ? ' class="late"' : ""}>${e(c)}</td>`).join("")}</tr>`,
        ),
        "</tbody></table>",
      );
    }
  }
  return h.join("");
}
