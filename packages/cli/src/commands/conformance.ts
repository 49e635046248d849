import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runTableSuite } from "@ciudata/quality/node";
import { runCellCases } from "@ciudata/table";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { conformanceMessages } from "../messages/conformance";
import type { Command } from "../types";
import { userPath } from "./_io";
import { runOpendataConformance } from "./conformance-opendata";
import { runIdsConformance, runSdcConformance } from "./conformance-privacy";

const SUITES = ["frictionless", "ids", "sdc", "opendata"] as const;

interface CaseResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

const show = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x));

/**
 * `ciudata conformance frictionless <dir>`: runs the suite's cell cases (`expected.json`: `cellCases` and table `cases`)
 * and ends with `conformance: N passed, M failed, K skipped`. Exit 0 only when nothing failed.
 */
export const conformanceCommand: Command = {
  name: "conformance",
  summary: localized(conformanceMessages, "summary"),
  usage: localized(conformanceMessages, "usage"),
  flags: {
    verbose: {
      type: "boolean",
      description: localized(conformanceMessages, "flag.verbose"),
    },
  },
  async run(args, ctx) {
    const [suite, dir, extra] = args.positionals;
    if (suite === undefined) throw new UsageError({ kind: "missing-argument", argument: "suite" });
    if (!SUITES.includes(suite as (typeof SUITES)[number]))
      throw new UsageError({
        kind: "unknown-command",
        command: `conformance ${suite}`,
        suggestion: "frictionless",
      });
    if (dir === undefined) throw new UsageError({ kind: "missing-argument", argument: "dir" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    if (suite === "ids" || suite === "sdc") {
      const runner = suite === "ids" ? runIdsConformance : runSdcConformance;
      const result = await runner(dir, ctx.io.cwd, Boolean(args.flags.verbose));
      for (const line of result.lines) ctx.io.stdout(`${line}\n`);
      return result.exitCode;
    }
    if (suite === "opendata") {
      const results = await runOpendataConformance(dir, ctx.io.cwd);
      return printGroups([{ label: "opendata cases", results }], Boolean(args.flags.verbose), ctx.io.stdout);
    }
    const file = join(userPath(ctx, dir), "expected.json");
    let manifest: { cellCases?: unknown[] };
    try {
      manifest = JSON.parse(await readFile(file, "utf8"));
    } catch {
      throw new UsageError({
        kind: "custom",
        message: localized(conformanceMessages, "noSuite", { file }),
      });
    }
    const suiteDir = userPath(ctx, dir);
    const groups: Array<{ label: string; results: readonly CaseResult[] }> = [
      { label: "cell cases", results: runCellCases(manifest.cellCases ?? []) },
      { label: "table cases", results: await runTableSuite(suiteDir) },
    ];
    return printGroups(groups, Boolean(args.flags.verbose), ctx.io.stdout);
  },
};

/** Prints each group's failures (every case with `verbose`), its counts, and the closing total line. */
function printGroups(
  groups: ReadonlyArray<{ label: string; results: readonly CaseResult[] }>,
  verbose: boolean,
  write: (s: string) => void,
): number {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const group of groups) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const r of group.results) {
      counts[r.status]++;
      if (r.status === "failed" || verbose || (r.status === "skipped" && r.reason)) {
        const detail =
          r.status === "failed"
            ? ` expected ${show(r.expected)} got ${show(r.actual)}${r.reason ? ` (${r.reason})` : ""}`
            : r.reason
              ? ` (${r.reason})`
              : "";
        write(`${r.status.padEnd(7)} ${r.id}${detail}\n`);
      }
    }
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    write(
      `${group.label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}\n`,
    );
  }
  write(`conformance: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  return failed === 0 ? 0 : 1;
}
