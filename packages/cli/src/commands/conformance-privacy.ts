import { isAbsolute, resolve } from "node:path";
import type { ConformanceGroup } from "@ciudata/privacy";
import { runIdsConformance as idsSuite, runSdcConformance as sdcSuite } from "@ciudata/privacy/node";

/** What a privacy conformance run prints, and whether it passed. */
export interface PrivacyConformanceResult {
  /** Lines to print (each without `\n`), ending with `conformance: N passed, M failed`. */
  lines: string[];
  passed: number;
  failed: number;
  skipped: number;
  /** Exit code: 0 only when nothing failed. */
  exitCode: number;
}

const show = (v: unknown) => JSON.stringify(v);

/**
 * Formats groups of cases as the conformance command prints them: failed (and, with `verbose`, every)
 * case, one summary line per group, and `conformance: N passed, M failed`.
 *
 * @example
 * ```ts
 * conformanceLines([{ label: "ar.cuit", cases: [{ id: "x", status: "passed" }] }]).lines.at(-1);
 * //=> "conformance: 1 passed, 0 failed"
 * ```
 */
export function conformanceLines(
  groups: readonly ConformanceGroup[],
  verbose = false,
): PrivacyConformanceResult {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const g of groups) {
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const c of g.cases) {
      n[c.status]++;
      if (c.status === "failed" || verbose || (c.status === "skipped" && c.reason)) {
        const detail =
          c.status === "failed"
            ? ` expected ${show(c.expected)} got ${show(c.actual)}`
            : c.reason
              ? ` (${c.reason})`
              : "";
        lines.push(`${c.status.padEnd(7)} ${c.id}${detail}`);
      }
    }
    passed += n.passed;
    failed += n.failed;
    skipped += n.skipped;
    lines.push(
      `${g.label}: ${n.passed} passed, ${n.failed} failed${n.skipped ? `, ${n.skipped} skipped` : ""}`,
    );
  }
  lines.push(`conformance: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return { lines, passed, failed, skipped, exitCode: failed === 0 ? 0 : 1 };
}

/**
 * `ciudata conformance ids <vectors.json>`: every valid vector accepted, every invalid one rejected.
 *
 * @example
 * ```ts
 * const r = await runIdsConformance("../shared/conformance/ids/vectors.json", "/work/main");
 * for (const l of r.lines) io.stdout(`${l}\n`);
 * ```
 */
export async function runIdsConformance(
  file: string,
  cwd = process.cwd(),
  verbose = false,
): Promise<PrivacyConformanceResult> {
  return conformanceLines(await idsSuite(isAbsolute(file) ? file : resolve(cwd, file)), verbose);
}

/**
 * `ciudata conformance sdc <dir>`: every number equal to sdcMicro's.
 *
 * @example
 * ```ts
 * const r = await runSdcConformance("../shared/conformance/sdc", "/work/main");
 * ```
 */
export async function runSdcConformance(
  dir: string,
  cwd = process.cwd(),
  verbose = false,
): Promise<PrivacyConformanceResult> {
  return conformanceLines(await sdcSuite(isAbsolute(dir) ? dir : resolve(cwd, dir)), verbose);
}
