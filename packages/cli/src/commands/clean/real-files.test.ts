import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { changesMatchDiff, type LogEntry } from "./diff.test-helper";

const real = fileURLToPath(new URL("../../../../../../shared/data/real/", import.meta.url));
const present = existsSync(real);
if (!present) console.warn("[ciudata] skipping: ../shared/data/real is not present next to the repository");
const files = present ? readdirSync(real).filter((f) => /\.csv$/i.test(f)) : [];

/** Every step on, inner runs of spaces collapsed too. */
const PROFILE = {
  steps: {
    trim: { collapse: true },
    "blank-rows": true,
    "duplicate-rows": true,
    "decimal-comma": true,
    "iso-dates": true,
    disaggregation: true,
  },
};

/** The kinds of finding the steps above fix: none may be left in the cleaned file. */
const FIXED = new Set(["blank-row", "duplicate-row", "quality/whitespace", "encoding-error", "mojibake"]);

describe.skipIf(!present)("clean on every real file of ../shared/data/real", () => {
  it.each(files)(
    "%s: validate finds nothing clean fixes, and the log is exactly the difference",
    async (name) => {
      const d = await mkdtemp(join(tmpdir(), "ciudata-clean-real-"));
      await writeFile(join(d, "profile.json"), JSON.stringify(PROFILE));
      const [out, log] = [join(d, "clean.csv"), join(d, "log.json")];
      const c = capture();
      const code = await run(
        [
          "clean",
          join(real, name),
          "--out",
          out,
          "--log",
          log,
          "--profile",
          join(d, "profile.json"),
          "--mask-all",
        ],
        c.io,
      );
      expect(code, c.err()).toBe(0);
      const changes = JSON.parse(await readFile(log, "utf8")).changes as LogEntry[];

      const v = capture();
      await run(["validate", out, "--format", "json"], v.io);
      const report = JSON.parse(v.out());
      const left = report.tasks
        .flatMap((t: { errors: { type: string }[] }) => t.errors)
        .filter((e: { type: string }) => FIXED.has(e.type));
      expect(left.map((e: { type: string }) => e.type)).toEqual([]);

      // An independent reading (TextDecoder + papaparse) of the input and the output, cell by cell.
      const encoding = changes.find((e) => e.step === "encoding")?.before ?? "utf-8";
      const input = new TextDecoder(encoding).decode(await readFile(join(real, name)));
      expect(changesMatchDiff(input.replace(/^\ufeff/, ""), await readFile(out, "utf8"), changes)).toEqual(
        [],
      );
    },
    120_000,
  );
});
