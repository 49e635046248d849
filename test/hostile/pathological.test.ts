// Issue #14: every command on a 1 MB line of `a,a,…`, a 150,000-column header, a catastrophic
// pattern and a schema nested 200,000 deep ends by itself, with a clear message or an answer, in
// bounded memory, and leaves its input as it was. Runs the built CLI (`pnpm test` builds first) in
// child processes to read their peak RSS. Wall time is measured by `node bench/hostile.mjs`, not here.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, hostileCases, runCase, writeHostileInputs } from "../../bench/hostile.mjs";

const built = existsSync(BIN);
if (!built) console.warn(`skipping pathological-input tests: ${BIN} is missing (run pnpm build)`);

const dir = mkdtempSync(join(tmpdir(), "ciudata-pathological-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = writeHostileInputs(dir);
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const CRASH = /falló de forma inesperada|failed unexpectedly|falhou inesperadamente|FATAL ERROR|\n\s+at /;

describe.skipIf(!built)("pathological input: every command ends, in bounded memory", () => {
  it.each(hostileCases(files).map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const before = sha(c.input);
      // A 4-minute kill switch only catches a hang; the bench shows these take seconds.
      const r = await runCase(c, dir, { timeoutMs: 240_000 });
      expect(r.signal, `${r.argv.join(" ")} was killed: it did not end`).toBeNull();
      expect([0, 1, 2], r.stderr).toContain(r.code);
      expect(r.stderr).not.toMatch(CRASH);
      expect(r.rssMb, "peak RSS").not.toBeNull();
      expect(r.rssMb ?? Number.POSITIVE_INFINITY, "peak RSS in MB").toBeLessThan(500);
      expect(sha(c.input)).toBe(before);
    },
    300_000,
  );
});
