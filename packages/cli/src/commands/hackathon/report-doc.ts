// The hackathon report as a document (text, Markdown and HTML come from it).
import { type Lang, numberWords, translator } from "@ciudata/core";
import {
  type ChallengeReport,
  describeLifecycle,
  type Hackathon,
  type HackathonReport,
  type RankedSubmission,
} from "@ciudata/hackathon";
import type { Block, Doc } from "../../doc";
import { hackathonMessages } from "../../messages/hackathon";

type T = ReturnType<typeof translator<(typeof hackathonMessages)["es"]>>["t"];

function tie(r: RankedSubmission, h: Hackathon, lang: Lang, t: T): string {
  if (r.decidedBy === null) return "";
  if (r.decidedBy === "shared") return t("tieShared");
  const c = h.rubric?.criteria.find((x) => x.id === r.decidedBy);
  return t("tieBy", { criterion: c ? (c.name[lang] ?? c.name.es) : r.decidedBy });
}

function challengeBlocks(h: Hackathon, c: ChallengeReport, asOf: string, lang: Lang): Block[] {
  const { t } = translator(hackathonMessages, lang);
  const w = numberWords(lang);
  const teamName = (id: string | null | undefined) => h.teams.find((x) => x.id === id)?.name ?? id ?? "";
  const subTitle = (id: string) => h.submissions.find((s) => s.id === id)?.title ?? id;
  const stage = describeLifecycle(c.lifecycle, asOf, lang);
  const blocks: Block[] = [
    { kind: "heading", text: `${c.challenge.title[lang] ?? c.challenge.title.es} (${c.challenge.id})` },
    { kind: "paragraph", text: `${t("stage")}: ${stage.stage} — ${stage.why}.` },
  ];
  const ranking = c.ranking;
  if (ranking === null) blocks.push({ kind: "paragraph", text: t("noRanking") });
  else {
    const total = (x: number | null) =>
      x === null ? t("noScore") : w.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    blocks.push({
      kind: "table",
      head: [t("position"), t("submission"), t("team"), t("total"), t("judgesCounted"), t("tie")],
      rows: ranking.ranking.map((r) => [
        String(r.position),
        subTitle(r.submission),
        teamName(r.team),
        total(r.total),
        String(r.judges.length),
        tie(r, h, lang, t),
      ]),
    });
    const filled = ranking.missing.filter((m) => m.handling === "filled").length;
    if (filled > 0) blocks.push({ kind: "paragraph", text: t("filled", { n: filled }) });
  }
  if (c.excluded.length)
    blocks.push({
      kind: "list",
      items: c.excluded.map((x) =>
        t("excluded", { judge: x.judge, submission: subTitle(x.submission), via: x.via, n: x.droppedValues }),
      ),
    });
  blocks.push({ kind: "paragraph", text: `${t("recommendations")}:` });
  blocks.push(
    c.recommendations.length
      ? {
          kind: "list",
          items: c.recommendations.map(
            (r) => `${teamName(r.team)} · ${subTitle(r.submission)} — ${r.judge}: «${r.text}»`,
          ),
        }
      : { kind: "paragraph", text: t("none") },
  );
  blocks.push({ kind: "paragraph", text: `${t("followUps")}:` });
  blocks.push(
    c.followUps.length
      ? {
          kind: "table",
          head: [t("commitment"), t("team"), t("owner"), t("due"), t("status")],
          rows: c.followUps.map((f) => [
            f.commitment[lang] ?? f.commitment.es,
            teamName(f.teamId),
            f.owner,
            f.due,
            `${t(`followUp:${f.status}`)}${f.overdue ? ` (${t("overdue")})` : ""}`,
          ]),
        }
      : { kind: "paragraph", text: t("none") },
  );
  return blocks;
}

/** The report of `hackathon report`: per challenge its stage, ranking, recommendations and follow-ups. */
export function reportDoc(h: Hackathon, report: HackathonReport, lang: Lang): Doc {
  const { t } = translator(hackathonMessages, lang);
  return {
    title: t("reportTitle", { title: h.title[lang] ?? h.title.es, asOf: report.asOf }),
    lang,
    blocks: report.challenges.flatMap((c) => challengeBlocks(h, c, report.asOf, lang)),
  };
}
