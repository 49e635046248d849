import { maskValue } from "@ciudata/core";
import {
  type ComparisonSpec,
  type LinkResult,
  type Records,
  recordKey,
  type ScoredPair,
} from "@ciudata/linkage";
import type { RawRow } from "@ciudata/table";
import { formatCsvRow } from "@ciudata/table";
import { gammaId } from "./levels";

// The data files of a run: pairs (CSV or JSONL: ids, weight, probability, rule, level per comparison),
// groups (source, id, cluster_id), the left table with the group and match added, and the clerical-review
// band with masked values side by side and an empty `decision` column. Only the review file shows values,
// and those masked whole.

/** How CSV cells are written: formula-leading text escaped unless the user asked not to. */
export interface CsvOptions {
  escapeFormulas: boolean;
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "");
const csv = (cells: readonly string[], o: CsvOptions) =>
  `${formatCsvRow(cells, { escapeFormulas: o.escapeFormulas })}\r\n`;

/**
 * One CSV record with its line end (`\r\n`), formula-leading text escaped unless asked not to.
 *
 * @example
 * ```ts
 * csvLine(["a", "=1+1"], { escapeFormulas: true }); //=> "a,'=1+1\r\n"
 * ```
 */
export const csvLine = csv;

/** The name of the rule that found a pair (`decision`: a decided pair no rule found). */
const ruleName = (result: LinkResult, pair: ScoredPair) =>
  pair.rule < 0 ? "decision" : (result.blocking[pair.rule]?.rule ?? String(pair.rule));

/** `link` (at or above the threshold, kept by one-to-one, or decided a match) or `review`. */
const status = (pair: ScoredPair) => (pair.link ? "link" : "review");

/** A person's decision on the pair, as written in the files: `yes`, `no` or empty. */
const decided = (pair: ScoredPair) => (pair.decision === undefined ? "" : pair.decision ? "yes" : "no");

/**
 * `pairs.csv`: one line per pair at or above the review band, strongest first; no personal value.
 *
 * @example
 * ```ts
 * pairsCsv(result, { escapeFormulas: true }); // "left_id,right_id,weight,probability,status,rule,surname,…\r\n12,40,…"
 * ```
 */
export function pairsCsv(result: LinkResult, o: CsvOptions): string {
  const head = [
    "left_id",
    "right_id",
    "weight",
    "probability",
    "status",
    "rule",
    ...result.specs.map((s) => s.name),
    "decision",
  ];
  let out = csv(head, o);
  for (const p of result.pairs)
    out += csv(
      [
        p.left,
        p.right,
        fixed(p.weight, 4),
        fixed(p.probability, 6),
        status(p),
        ruleName(result, p),
        ...result.specs.map((s, i) => gammaId(s, p.gammas[i] ?? -1)),
        decided(p),
      ],
      o,
    );
  return out;
}

/**
 * `pairs.jsonl`: the same pairs, one JSON object a line, with each comparison's level and contribution.
 *
 * @example
 * ```ts
 * pairsJsonl(result).split("\n")[0]; // '{"left":"12","right":"40","weight":14.2,…}'
 * ```
 */
export function pairsJsonl(result: LinkResult): string {
  return result.pairs
    .map((p) =>
      JSON.stringify({
        left: p.left,
        right: p.right,
        weight: p.weight,
        probability: p.probability,
        status: status(p),
        rule: ruleName(result, p),
        levels: Object.fromEntries(result.specs.map((s, i) => [s.name, gammaId(s, p.gammas[i] ?? -1)])),
        contributions: Object.fromEntries(result.specs.map((s, i) => [s.name, p.contributions[i] ?? 0])),
        ...(p.decision === undefined ? {} : { decision: p.decision }),
      }),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/**
 * Each record's group: `source:id` → cluster id. Records in no group of the result form their own
 * group, named like the model names groups (the smallest member key).
 *
 * @example
 * ```ts
 * clusterOf(result, [left, right]).get("a.csv\u0000rec-1"); //=> "rec-1"
 * ```
 */
export function clusterOf(result: LinkResult, sides: readonly Records[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of result.clusters) for (const m of c.members) map.set(key(m.source, m.id), c.id);
  for (const side of sides)
    for (const id of side.ids)
      if (!map.has(key(side.source, id))) map.set(key(side.source, id), singletonId(side, id));
  return map;
}

const key = (source: string, id: string) => `${source}\u0000${id}`;

/** The group id of a record linked to nobody: its own key, as the library names groups. */
const singletonId = (side: Records, id: string) => recordKey(side.source, id);

/**
 * `clusters.csv`: every record of every side with its group id.
 *
 * @example
 * ```ts
 * clustersCsv(result, [left, right], o); // "source,id,cluster_id\r\na.csv,rec-1,…"
 * ```
 */
export function clustersCsv(result: LinkResult, sides: readonly Records[], o: CsvOptions): string {
  const groups = clusterOf(result, sides);
  let out = csv(["source", "id", "cluster_id"], o);
  for (const side of sides)
    for (const id of side.ids) out += csv([side.source, id, groups.get(key(side.source, id)) ?? ""], o);
  return out;
}

/**
 * `linked.csv`, streamed: the left table as read, with `cluster_id` and (two-source linkage) the
 * `matched_id` of its best link on the right added. Data rows are matched to records by their row number.
 *
 * @example
 * ```ts
 * await writeFileAtomic(path, linkedCsv(result, left, right, table.labels, table.rows(), o));
 * ```
 */
export async function* linkedCsv(
  result: LinkResult,
  left: Records,
  right: Records | null,
  labels: readonly string[],
  rows: AsyncIterable<RawRow>,
  o: CsvOptions,
): AsyncGenerator<string> {
  const groups = clusterOf(result, right ? [left, right] : [left]);
  const byRow = new Map<number, number>();
  for (const [i, row] of left.rows.entries()) byRow.set(row, i);
  const best = new Map<string, string>();
  if (right) for (const p of result.pairs) if (p.link && !best.has(p.left)) best.set(p.left, p.right);
  yield csv([...labels, "cluster_id", ...(right ? ["matched_id"] : [])], o);
  let dataRow = 0;
  let chunk = "";
  for await (const row of rows) {
    dataRow++;
    const i = byRow.get(dataRow);
    const id = i === undefined ? undefined : left.ids[i];
    const cluster = id === undefined ? "" : (groups.get(key(left.source, id)) ?? "");
    const cells = [...row.cells, cluster, ...(right ? [id === undefined ? "" : (best.get(id) ?? "")] : [])];
    chunk += csv(cells, o);
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** The fields shown side by side in the review file: those the comparisons read, in order. */
function reviewFields(specs: readonly ComparisonSpec[]): string[] {
  return [...new Set(specs.flatMap((s) => s.fields))];
}

/**
 * `review.csv`: the clerical band (pairs below the threshold, from `reviewFrom`, not decided yet), with each comparison's
 * level, the standardised values of both records masked whole, side by side, and an empty `decision`
 * column to fill with si/no, yes/no or sim/não.
 *
 * @example
 * ```ts
 * reviewCsv(result, left, right, o); // "left_id,right_id,probability,…,decision\r\n…"
 * ```
 */
export function reviewCsv(result: LinkResult, left: Records, right: Records, o: CsvOptions): string {
  const fields = reviewFields(result.specs);
  const leftIndex = new Map(left.ids.map((id, i) => [id, i]));
  const rightIndex = new Map(right.ids.map((id, i) => [id, i]));
  const value = (side: Records, index: Map<string, number>, id: string, field: string) => {
    const i = index.get(id);
    const v = i === undefined ? null : (side.fields[field]?.[i] ?? null);
    return v === null ? "" : maskValue(v);
  };
  const head = [
    "left_id",
    "right_id",
    "probability",
    "weight",
    ...result.specs.map((s) => s.name),
    ...fields.flatMap((f) => [`left_${f}`, `right_${f}`]),
    "decision",
  ];
  let out = csv(head, o);
  for (const p of result.pairs) {
    if (p.link || p.decision !== undefined) continue;
    out += csv(
      [
        p.left,
        p.right,
        fixed(p.probability, 6),
        fixed(p.weight, 4),
        ...result.specs.map((s, i) => gammaId(s, p.gammas[i] ?? -1)),
        ...fields.flatMap((f) => [value(left, leftIndex, p.left, f), value(right, rightIndex, p.right, f)]),
        "",
      ],
      o,
    );
  }
  return out;
}
