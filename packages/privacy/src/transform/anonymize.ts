import { CiudataError, createIssue } from "@ciudata/core";
import { formatCsvRow, type OpenedSource, type SourceInput } from "@ciudata/table";
import { requireColumns } from "../read/columns";
import { type StreamRowsOptions, streamRows } from "../read/rows";
import { riskFeeder } from "../risk/measure";
import { missingTest } from "../risk/missing";
import type { RiskReport } from "../risk/types";
import { type CellTransform, compileTransform } from "./cell";
import { type Plan, parsePlan } from "./plan";
import { suppressionLevels, topUp } from "./suppression-levels";

/** Options of {@link anonymize}. */
export interface AnonymizeOptions extends StreamRowsOptions {
  /** The master key (bytes or text), already read from where the plan says. Never logged or reported. */
  key?: Uint8Array | string;
  /** Output delimiter (default `,`). */
  delimiter?: string;
  /**
   * Prefix `'` to output cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…; plain numbers are
   * left alone). Default `true`; `false` for files only another program reads.
   */
  escapeFormulas?: boolean;
}

/** What {@link anonymize} did: no raw values, no key. */
export interface AnonymizeReport {
  rows: number;
  /** Output columns, in order. */
  columns: string[];
  dropped: string[];
  actions: Record<string, string>;
  /** Cells blanked by local suppression, per quasi-identifier. */
  suppressions: Record<string, number>;
  /** Risk over the quasi-identifiers before (raw) and after (as written); null without `kAnonymity`. */
  before: RiskReport | null;
  after: RiskReport | null;
  /**
   * With `kAnonymity`: the classes of the WRITTEN table still smaller than k (`null` without
   * `kAnonymity`; `classes: 0` when k is reached). Values of generalised quasi-identifiers are shown as
   * written (bands, prefixes), suppressed cells as the suppression marker; any other value is hidden whole (`•••`).
   */
  belowK: BelowK | null;
}

/** The classes that still break k after anonymisation (see {@link AnonymizeReport.belowK}). */
export interface BelowK {
  k: number;
  /** Classes smaller than k. */
  classes: number;
  /** Records in them. */
  records: number;
  /** Up to 20 of those classes, smallest first: size and quasi-identifier values (hidden whole unless generalised or suppressed). */
  examples: Array<{ size: number; values: Record<string, string> }>;
}

/** What an example of a class below k shows instead of a value that was neither generalised nor suppressed. */
const HIDDEN = "•••";
/** How many classes below k {@link AnonymizeReport.belowK} lists. */
const BELOW_K_EXAMPLES = 20;

const SEP = "\u001f";
const isBlank = (cells: readonly string[]) => cells.length === 0 || cells.every((c) => c === "");

/**
 * Applies an anonymisation plan while streaming the table, handing the output CSV to `write` in chunks
 * (the input is never modified). With `kAnonymity`, a first read counts the equivalence classes of the
 * transformed quasi-identifiers and plans local suppression (least important QIs first); the second read
 * writes. Returns a before/after risk report. Throws `CiudataError` for an invalid plan or unknown column.
 *
 * @example
 * ```ts
 * let out = "";
 * const report = await anonymize(() => csvText, { columns: { nombre: { action: "drop" } } }, {}, (s) => { out += s; });
 * ```
 */
export async function anonymize(
  open: () => SourceInput | OpenedSource | Promise<SourceInput | OpenedSource>,
  planInput: unknown,
  options: AnonymizeOptions,
  write: (chunk: string) => void | Promise<void>,
): Promise<AnonymizeReport> {
  const parsed = parsePlan(planInput);
  if (!parsed.ok)
    throw new CiudataError(parsed.errors as [(typeof parsed.errors)[number], ...typeof parsed.errors]);
  const plan: Plan = parsed.plan;
  const master = typeof options.key === "string" ? new TextEncoder().encode(options.key) : options.key;
  const readOpts: StreamRowsOptions = {
    ...(options.dialect ? { dialect: options.dialect } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  };

  // The transforms, by column position.
  const first = await streamRows(await open(), readOpts);
  const labels = first.labels;
  const named = Object.keys(plan.columns);
  const idx = requireColumns(labels, named);
  const transforms: (CellTransform | null)[] = labels.map(() => null);
  const actions: Record<string, string> = {};
  for (let i = 0; i < named.length; i++) {
    const t = plan.columns[named[i] as string];
    if (!t) continue;
    transforms[idx[i] as number] = await compileTransform(t, master);
    actions[labels[idx[i] as number] as string] =
      t.action === "generalize" ? `generalize:${t.method}` : t.action;
  }
  const dropIdx = new Set(
    named.filter((n) => plan.columns[n]?.action === "drop").map((n) => labels.indexOf(n)),
  );
  const outLabels = labels.filter((_, i) => !dropIdx.has(i));

  const transformRow = async (cells: readonly string[]): Promise<string[]> => {
    const out = new Array<string>(labels.length);
    for (let i = 0; i < labels.length; i++) {
      const cell = cells[i] ?? "";
      const f = transforms[i];
      out[i] = f ? await f(cell) : cell;
    }
    return out;
  };

  // k-anonymity: QIs in importance order (most important first).
  const k = plan.kAnonymity;
  const order = k ? (k.importance ?? k.qi) : [];
  const qiIdx = k ? requireColumns(labels, order) : [];
  if (k && order.some((q) => plan.columns[q]?.action === "drop"))
    throw new CiudataError([
      createIssue("privacy/invalid-plan", {
        tags: ["#schema"],
        params: { path: "kAnonymity.qi", expected: "kept-quasi-identifier" },
        note: "kAnonymity.qi: a quasi-identifier cannot be dropped and measured",
      }),
    ]);
  // Classes as the risk measure counts them: trimmed, every missing token (``, `NA`, `s/d`…) one value.
  const isMissing = missingTest();
  const norm = (cell: string) => (isMissing(cell) ? "" : cell.trim());
  const keyOf = (row: readonly string[]) => qiIdx.map((i) => norm(row[i] ?? "")).join(SEP);
  const mark = k ? norm(k.suppressed) : "";
  let levels = new Map<string, number>();
  let donors = new Map<string, number>();
  let before: RiskReport | null = null;
  let rowsIter = first.rows;
  if (k) {
    const counts = new Map<string, number>();
    const risk = riskFeeder(
      { qi: order, k: k.k, ...(plan.sensitive ? { sensitive: plan.sensitive } : {}) },
      labels,
    );
    for await (const batch of first.rows)
      for (const row of batch) {
        if (isBlank(row.cells)) continue;
        risk.feed(row.cells);
        const key = keyOf(await transformRow(row.cells));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    before = risk.finish();
    levels = suppressionLevels(counts, order.length, k.k, mark);
    donors = topUp(counts, levels, order.length, k.k, mark);
    rowsIter = (await streamRows(await open(), readOpts)).rows;
  }

  const suppressions: Record<string, number> = Object.fromEntries(order.map((q) => [q, 0]));
  const after = k
    ? riskFeeder(
        {
          qi: order,
          k: k.k,
          ...(plan.sensitive ? { sensitive: plan.sensitive.filter((s) => outLabels.includes(s)) } : {}),
        },
        outLabels,
      )
    : null;
  const written = new Map<string, number>();
  const dialect = { delimiter: options.delimiter ?? ",", escapeFormulas: options.escapeFormulas ?? true };
  await write(`${formatCsvRow(outLabels, dialect)}\n`);
  let rows = 0;
  let buffer = "";
  for await (const batch of rowsIter) {
    for (const row of batch) {
      if (isBlank(row.cells)) continue;
      const out = await transformRow(row.cells);
      if (k) {
        const key = keyOf(out);
        let level = levels.get(key) ?? 0;
        const spare = donors.get(key);
        if (spare) {
          donors.set(key, spare - 1);
          level = order.length;
        }
        for (let j = order.length - level; j < order.length; j++) {
          const i = qiIdx[j] as number;
          if (out[i] !== k.suppressed) {
            out[i] = k.suppressed;
            suppressions[order[j] as string] = (suppressions[order[j] as string] ?? 0) + 1;
          }
        }
        const outKey = keyOf(out);
        written.set(outKey, (written.get(outKey) ?? 0) + 1);
      }
      const cells = dropIdx.size ? out.filter((_, i) => !dropIdx.has(i)) : out;
      after?.feed(cells);
      buffer += `${formatCsvRow(cells, dialect)}\n`;
      rows++;
    }
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = "";
    }
  }
  if (buffer) await write(buffer);
  return {
    rows,
    columns: outLabels,
    dropped: [...dropIdx].map((i) => labels[i] as string),
    actions,
    suppressions,
    before,
    after: after ? after.finish() : null,
    belowK: k ? belowKOf(written, order, k.k, mark, plan) : null,
  };
}

/** The written classes smaller than k, with values hidden whole unless the plan generalises their column. */
function belowKOf(
  written: ReadonlyMap<string, number>,
  order: readonly string[],
  k: number,
  mark: string,
  plan: Plan,
): BelowK {
  const small: Array<[string, number]> = [];
  let records = 0;
  for (const entry of written)
    if (entry[1] < k) {
      small.push(entry);
      records += entry[1];
    }
  small.sort((a, b) => a[1] - b[1]);
  const examples = small.slice(0, BELOW_K_EXAMPLES).map(([key, size]) => {
    const parts = key.split(SEP);
    const values: Record<string, string> = {};
    order.forEach((q, j) => {
      const v = parts[j] ?? "";
      // Generalised values and the suppression marker are what the output shows anyway; any other value is
      // hidden whole (maskCell keeps short values such as an age or a postcode readable).
      values[q] = v === mark || v === "" || plan.columns[q]?.action === "generalize" ? v : HIDDEN;
    });
    return { size, values };
  });
  return { k, classes: small.length, records, examples };
}

/**
 * {@link anonymize} over text or bytes in memory, returning the output CSV with the report.
 *
 * @example
 * ```ts
 * const { csv } = await anonymizeTable("edad,sexo\n37,F\n", { columns: { edad: { action: "generalize", method: "age-band", width: 10 } } });
 * csv; //=> "edad,sexo\n30-39,F\n"
 * ```
 */
export async function anonymizeTable(
  input: string | Uint8Array,
  plan: unknown,
  options: AnonymizeOptions = {},
): Promise<{ csv: string; report: AnonymizeReport }> {
  let csv = "";
  const report = await anonymize(
    () => input,
    plan,
    options,
    (s) => {
      csv += s;
    },
  );
  return { csv, report };
}
