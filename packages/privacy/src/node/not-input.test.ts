import { link, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNotInput } from "./not-input";

let d: string;
beforeAll(async () => {
  d = await mkdtemp(join(tmpdir(), "ciudata-not-input-"));
  await writeFile(join(d, "in.csv"), "a\n1\n");
  await symlink(d, join(d, "alias"));
  await symlink(join(d, "in.csv"), join(d, "in-link.csv"));
  await link(join(d, "in.csv"), join(d, "hard.csv"));
});
afterAll(() => rm(d, { recursive: true, force: true }));

describe("assertNotInput", () => {
  it("lets a new file or another existing file be the output", async () => {
    await expect(assertNotInput(join(d, "out.csv"), [join(d, "in.csv")])).resolves.toBeUndefined();
    await expect(assertNotInput(join(d, "missing", "out.csv"), [join(d, "in.csv")])).resolves.toBeUndefined();
  });

  it("refuses the input by another spelling, a linked folder, a symbolic link or a hard link", async () => {
    for (const out of ["in.csv", "alias/in.csv", "alias/../in.csv", "in-link.csv", "hard.csv"])
      await expect(assertNotInput(join(d, out), [join(d, "in.csv")]), out).rejects.toMatchObject({
        errors: [{ type: "privacy/output-is-input" }],
      });
  });
});
