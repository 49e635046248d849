import { translator } from "@ciudata/core";
import type { CleanChange, CleanSummary } from "@ciudata/table";
import type { Outcome } from "../../declare";
import type { Block } from "../../doc";
import { cleanMessages } from "../../messages/clean";
import type { Lang } from "../../types";

/** What a run did, for the summary. */
export interface CleanRun {
  summary: CleanSummary;
  out: string;
  log: string | null;
  entries: number;
  files: readonly CleanChange[];
  /** Threads that cleaned the rows (1: one pass; more: byte ranges in worker threads, the same result). */
  threads: number;
}

/** The lines of the summary (Spanish first, as every message): rows, counts per step, values left, notes. */
export function summaryLines(
  lang: Lang,
  run: CleanRun,
): { head: string[]; counts: string[]; left: string[]; notes: string[] } {
  const { t, words: n } = translator(cleanMessages, lang);
  const { summary } = run;
  const head = [t("read", { rows: summary.rowsIn }), t("wrote", { rows: summary.rowsOut, out: run.out })];
  if (run.log) head.push(t("logWrote", { entries: run.entries, out: run.log }));
  const counts = Object.entries(summary.counts)
    .filter(([, count]) => count)
    .map(([step, count]) => `${t(`step.${step}` as "step.trim")}: ${n.number(count as number)}`);
  const left = Object.entries(summary.leftAsIs).map(
    ([step, count]) => `${step}: ${n.number(count as number)}`,
  );
  const notes = summary.notes.map((note) =>
    note.reason === "ambiguous-day-month"
      ? t("note.ambiguous-day-month", {
          column: note.column,
          format: (note.format ?? "%d/%m/%Y").replace("%d/%m", "%m/%d"),
        })
      : note.reason === "ambiguous-number"
        ? t("note.ambiguous-number", { column: note.column })
        : t("note.missing-column", { column: note.column, step: note.step }),
  );
  return { head, counts, left, notes };
}

/** The report `clean` prints: text, Markdown, HTML from one document, and JSON. */
export function summaryPrintable(lang: Lang, run: CleanRun): Outcome {
  const { t } = translator(cleanMessages, lang);
  const lines = summaryLines(lang, run);
  const sections: [string, string[]][] = [
    [t("counts"), lines.counts.length ? lines.counts : [t("nothing")]],
    [t("leftAsIs"), lines.left],
    [t("notes"), lines.notes],
  ];
  return {
    exitCode: 0,
    report: {
      json: () => ({
        out: run.out,
        log: run.log,
        entries: run.entries,
        files: run.files,
        threads: run.threads,
        ...run.summary,
      }),
      text: () =>
        `${[
          ...lines.head,
          ...sections.flatMap(([heading, items]) =>
            items.length ? [`\n${heading}:`, ...items.map((i) => `  ${i}`)] : [],
          ),
        ].join("\n")}\n`,
      doc: () => {
        const blocks: Block[] = [{ kind: "list", items: lines.head }];
        for (const [heading, items] of sections)
          if (items.length) blocks.push({ kind: "heading", text: heading }, { kind: "list", items });
        return { title: t("title"), lang, blocks };
      },
    },
  };
}
