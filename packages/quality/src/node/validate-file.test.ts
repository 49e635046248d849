import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPath, parallelRows } from "@ciudata/table/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validate } from "../validate";
import { validateFile } from "./validate-file";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-quality-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "cuil", type: "string", constraints: { unique: true } },
    { name: "programa", type: "string" },
    { name: "monto", type: "number", constraints: { minimum: 0 } },
  ],
  primaryKey: ["id"],
  uniqueKeys: [["programa", "monto"]],
};

/** Ids repeat every 1,000 rows, CUILs every 700, program and amount pairs now and then. */
function rows(n: number): string {
  const out = ["id,cuil,programa,monto"];
  for (let i = 1; i <= n; i++) {
    const id = i % 1000 === 0 ? i - 500 : i % 1013 === 0 ? "" : i;
    const cuil = `20-${30_000_000 + (i % 700 === 0 ? i - 1 : i)}-4`;
    out.push(`${id},${cuil},Programa ${i % 7},${i % 997 === 0 ? -1 : (i % 5000) * 10}`);
  }
  return `${out.join("\n")}\n`;
}

describe("validateFile", () => {
  it("finds the same primary-key, unique and unique-keys errors as a one-pass read, with threads", async () => {
    const path = join(dir, "padron.csv");
    await writeFile(path, rows(30_000));
    const options = { schema, limitErrors: Number.POSITIVE_INFINITY };
    const once = await validate(await openPath(path), options);
    const parallel = await validate(await openPath(path), {
      ...options,
      rowRunner: parallelRows({ threads: 2, minBytes: 0 }),
    });
    expect(parallel.tasks[0]?.detected.threads).toBe(2);
    const count = (type: string) => parallel.tasks[0]?.errors.filter((e) => e.type === type).length;
    expect(count("primary-key")).toBeGreaterThan(20);
    expect(count("unique-error")).toBeGreaterThan(20);
    const strip = (r: typeof once) => JSON.stringify(r.tasks[0]?.errors);
    expect(strip(parallel)).toBe(strip(once));
    expect(parallel.tasks[0]?.stats.rows).toBe(30_000);
  });

  it("reads small files in one pass", async () => {
    const path = join(dir, "chico.csv");
    await writeFile(path, rows(100));
    const report = await validateFile(path, { schema });
    expect(report.tasks[0]?.detected.threads).toBeUndefined();
    expect(report.tasks[0]?.stats.rows).toBe(100);
  });
});
