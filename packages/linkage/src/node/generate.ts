// Writes generated registries and their truth as CSV files, streamed (a row is made, formatted and
// written, then dropped) and atomic (each file appears whole or not at all).

import { join } from "node:path";
import { writeFileAtomic } from "@ciudata/table/node";
import type { ErrorRates, ErrorTally } from "../generate/errors";
import { type GenerateOptions, planRegistries, planRegistry, type RegistryPlan } from "../generate/plan";

/** The files written and what they hold. */
export interface GeneratedFiles {
  /** The registries: `a.csv` and `b.csv`, or `registry.csv`. */
  registries: string[];
  /** `truth.csv`: `left,right`, one pair of ids of the same person per line. */
  truth: string;
  /** `truth-clusters.csv`: `id,cluster`, every row's person. */
  clusters: string;
  /** `manifest.json`: options, rows, truth pairs, error rates and injected counts. */
  manifest: string;
  rows: number[];
  truthPairs: number;
  rates: ErrorRates;
  errors: ErrorTally;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV line (RFC 4180 quoting, `\n` ends). Machine-made files: a phone such as "+52 55…" stays as
 * written, without a spreadsheet's formula quote; the same text as `writeCsv` of @ciudata/table with
 * `escapeFormulas: false` (tested), written directly because it runs two million times.
 */
const line = (cells: readonly string[]): string =>
  `${cells.map((c) => (NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")}\n`;

function* lines(header: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  yield line(header);
  for (const row of rows) yield line(row);
}

async function write(
  dir: string,
  plan: RegistryPlan,
  names: string[],
  options: GenerateOptions,
): Promise<GeneratedFiles> {
  const registries = names.map((n) => join(dir, n));
  for (const [i, s] of plan.sides.entries())
    await writeFileAtomic(registries[i] as string, lines(s.header, s.rows()));
  const truth = join(dir, "truth.csv");
  let truthPairs = 0;
  const counted = function* () {
    for (const pair of plan.truthPairs()) {
      truthPairs++;
      yield pair;
    }
  };
  await writeFileAtomic(truth, lines(["left", "right"], counted()));
  const clusters = join(dir, "truth-clusters.csv");
  await writeFileAtomic(clusters, lines(["id", "cluster"], plan.truthClusters()));
  const errors = plan.tally();
  const rows = plan.sides.map((s) => s.length);
  const manifest = join(dir, "manifest.json");
  const summary = {
    generator: "@ciudata/linkage generateRegistries",
    mode: plan.mode,
    options: { ...options, seed: plan.seed },
    files: { registries: names, truth: "truth.csv", clusters: "truth-clusters.csv" },
    rows,
    truthPairs,
    rates: plan.rates,
    errors,
  };
  await writeFileAtomic(manifest, `${JSON.stringify(summary, null, 2)}\n`);
  return { registries, truth, clusters, manifest, rows, truthPairs, rates: { ...plan.rates }, errors };
}

/**
 * Writes two generated registries into `dir`: `a.csv` (the CURP programme layout), `b.csv` (the other
 * layout), `truth.csv` (`left,right`: A id, B id of the same person), `truth-clusters.csv` (`id,cluster`)
 * and `manifest.json` (the options, the error rates and how many errors were injected). Rows are made and
 * written one at a time: a million rows per side take a few tens of megabytes.
 *
 * @example
 * ```ts
 * await writeRegistries("data/registros", { people: 1_000_000, seed: 1, overlap: 0.5 });
 * // data/registros/a.csv, b.csv, truth.csv, truth-clusters.csv, manifest.json
 * ```
 */
export function writeRegistries(dir: string, options: GenerateOptions): Promise<GeneratedFiles> {
  return write(dir, planRegistries(options), ["a.csv", "b.csv"], options);
}

/**
 * Writes one generated registry with duplicates within it into `dir`: `registry.csv`, `truth.csv`
 * (`left,right` pairs of ids of the same person), `truth-clusters.csv` and `manifest.json`.
 *
 * @example
 * ```ts
 * await writeRegistry("data/padron", { people: 900_000, duplicatesWithin: 0.1, layout: "a" });
 * ```
 */
export function writeRegistry(
  dir: string,
  options: GenerateOptions & { layout?: "a" | "b" },
): Promise<GeneratedFiles> {
  return write(dir, planRegistry(options), ["registry.csv"], options);
}
