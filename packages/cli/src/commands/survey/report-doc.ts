// The survey and maturity reports as documents (text, Markdown, HTML), in the user's language.
import { type Lang, numberWords, translator } from "@ciudata/core";
import type {
  Label,
  MaturityReport,
  SelfAssessment,
  SurveyInstrument,
  SurveyReport,
  TierChange,
  TopicChange,
  TopicDemand,
} from "@ciudata/strategy";
import type { Block, Doc } from "../../doc";
import { surveyMessages } from "../../messages/survey";

const say = (label: Label | undefined, lang: Lang, fallback = "") => label?.[lang] ?? label?.es ?? fallback;

/** The demand of a survey (and by area, and against an earlier round) as a document. */
export function surveyDoc(
  instrument: SurveyInstrument,
  report: SurveyReport,
  changes: TopicChange[] | undefined,
  lang: Lang,
): Doc {
  const { t } = translator(surveyMessages, lang);
  const w = numberWords(lang);
  const label = (question: string, topic: string) => {
    const list = instrument.questions.find((q) => q.name === question)?.listName ?? "";
    return say(instrument.choiceLists[list]?.find((c) => c.name === topic)?.label, lang, topic);
  };
  const table = (question: string, topics: TopicDemand[]): Block => ({
    kind: "table",
    head: [t("topic"), t("count"), t("share")],
    rows: topics.map((x) => [
      label(question, x.topic),
      x.count === null ? t("hidden") : w.number(x.count),
      x.pct === null ? (x.count === null ? "—" : t("hidden")) : w.percent(x.pct / 100),
    ]),
  });
  const respondents =
    report.respondents === null ? t("respondentsHidden") : t("respondents", { n: report.respondents });
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: `${say(instrument.title, lang)} (${instrument.version}): ${respondents}. ${t("hiddenRule", { n: report.minCell })}`,
    },
  ];
  for (const q of report.questions)
    blocks.push({ kind: "heading", text: say(q.label, lang) }, table(q.question, q.topics));
  if (report.byArea) {
    const byLabel = say(instrument.questions.find((q) => q.name === report.byArea?.question)?.label, lang);
    for (const area of report.byArea.areas)
      for (const q of area.questions)
        blocks.push(
          {
            kind: "heading",
            text: `${t("area")} (${byLabel}): ${area.area ?? t("noArea")} — ${t("respondents", { n: area.respondents })}`,
          },
          table(q.question, q.topics),
        );
    // One count of hidden areas: split into small and larger ones, it could pin them (see protectCounts).
    const { hiddenAreas } = report.byArea;
    if (hiddenAreas)
      blocks.push({ kind: "paragraph", text: t("areasHidden", { count: hiddenAreas, n: report.minCell }) });
  }
  if (changes) {
    const n = (x: number | null) => (x === null ? t("hidden") : w.number(x));
    blocks.push(
      { kind: "heading", text: t("compareTitle") },
      {
        kind: "table",
        head: [t("topic"), t("before"), t("after"), t("change")],
        rows: changes.map((c) => [
          label(c.question, c.topic),
          n(c.before),
          n(c.after),
          c.change === null ? "—" : `${c.change > 0 ? "+" : ""}${w.number(c.change)}`,
        ]),
      },
    );
  }
  return { title: t("surveyTitle"), lang, blocks };
}

/** Maturity by component (and against an earlier round) as a document. */
export function maturityDoc(
  sa: SelfAssessment,
  report: MaturityReport,
  changes: TierChange[] | undefined,
  lang: Lang,
): Doc {
  const { t } = translator(surveyMessages, lang);
  const tier = (id: string | null) =>
    id === null ? "—" : say(sa.tiers.find((x) => x.id === id)?.title, lang, id);
  const blocks: Block[] = [{ kind: "paragraph", text: `${say(sa.title, lang)} (${sa.version})` }];
  if (report.responses === 0) blocks.push({ kind: "paragraph", text: t("noResponses") });
  else {
    blocks.push({
      kind: "paragraph",
      text: t("latest", { n: report.responses, date: report.submittedAt ?? "" }),
    });
    blocks.push({
      kind: "table",
      head: [t("component"), t("tier"), t("nextTier"), t("missing")],
      rows: report.components.map((c) => [
        `${say(c.title, lang)}${c.group === "practice" ? ` (${t("practice").toLowerCase()})` : ""}`,
        tier(c.tier),
        c.next === null ? t("top") : tier(c.next),
        c.missing.map((m) => say(m.label, lang)).join("; ") || "—",
      ]),
    });
  }
  if (changes)
    blocks.push(
      { kind: "heading", text: t("compareTitle") },
      {
        kind: "table",
        head: [t("component"), t("before"), t("after"), t("change")],
        rows: changes.map((c) => [
          say(sa.components.find((x) => x.id === c.id)?.title, lang, c.id),
          tier(c.before),
          tier(c.after),
          c.change === null ? "—" : `${c.change > 0 ? "+" : ""}${c.change}`,
        ]),
      },
    );
  return { title: t("maturityTitle"), lang, blocks };
}
