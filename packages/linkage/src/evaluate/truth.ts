import { CiudataError, createIssue } from "@ciudata/core";

/**
 * What is known to be true: pairs of ids (`left` of the left side, `right` of the right side; both of the
 * one side for dedupe), or each id's cluster (any records with the same cluster are the same person).
 */
export type Truth =
  | { pairs: readonly (readonly [string, string])[] }
  | { clusters: readonly (readonly [string, string])[] };

/**
 * Reads a truth CSV: a header and two columns, either `left,right` (pairs of ids) or `id,cluster`
 * (a second column named `cluster`, `cluster_id`, `entity` or `grupo` means cluster assignments).
 * Cells may be quoted; blank lines are skipped.
 *
 * @example
 * ```ts
 * parseTruth("left,right\na1,b7\n"); //=> { pairs: [["a1", "b7"]] }
 * parseTruth("id,cluster\na1,1\nb7,1\n"); //=> { clusters: [["a1", "1"], ["b7", "1"]] }
 * ```
 */
export function parseTruth(text: string, options: { file?: string } = {}): Truth {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\n|\r/u);
  const rows = lines.filter((l) => l.trim() !== "").map(splitLine);
  const header = rows.shift();
  if (header === undefined || header.length < 2) {
    throw new CiudataError([
      createIssue("linkage/truth-format", {
        params: { file: options.file ?? "truth" },
        note: "a truth file needs a header and two columns (left,right or id,cluster)",
      }),
    ]);
  }
  const values = rows.map((r) => [r[0] ?? "", r[1] ?? ""] as const);
  return /^(cluster(_?id)?|entity(_?id)?|grupo)$/iu.test((header[1] as string).trim())
    ? { clusters: values }
    : { pairs: values };
}

/** One cell: quoted (doubled quotes inside) or bare, then its separator or the end of the line. */
const CELL = /\s*(?:"((?:[^"]|"")*)"|([^,;\t]*))\s*([,;\t]|$)/uy;

function splitLine(line: string): string[] {
  const cells: string[] = [];
  CELL.lastIndex = 0;
  for (;;) {
    const m = CELL.exec(line);
    if (m === null) break;
    cells.push(m[1] === undefined ? (m[2] ?? "").trim() : m[1].replaceAll('""', '"'));
    if (m[3] === "") break;
  }
  return cells;
}
