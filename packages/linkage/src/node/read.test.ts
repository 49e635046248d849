import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CiudataError, renderIssue } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkageIssues } from "../messages/issues";
import { FEBRL_MAPPING } from "../standardise/mapping";
import { readRecords } from "./read";

const SHARED = process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const FEBRL = join(SHARED, "conformance/linkage");
const hasFebrl = existsSync(join(FEBRL, "febrl4a.csv"));
if (!hasFebrl)
  console.warn(`FEBRL read skipped: ${FEBRL} not found (set CIUDATA_SHARED to the shared folder)`);

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "linkage-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failure = async (p: Promise<unknown>): Promise<CiudataError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof CiudataError) return e;
    throw e;
  }
  throw new Error("did not throw");
};

describe("readRecords", () => {
  it.skipIf(!hasFebrl)("reads FEBRL 4 with trimmed values and rec_id as the id", async () => {
    const a = await readRecords(join(FEBRL, "febrl4a.csv"), FEBRL_MAPPING, { source: "a" });
    expect(a.ids).toHaveLength(5000);
    expect(a.ids[0]).toBe("rec-1070-org");
    expect(a.fields.given?.[0]).toBe("MICHAELA");
    expect(a.fields.surname1?.[0]).toBe("NEUMANN");
    expect(a.fields.birthDate?.[0]).toBe("1915-11-11");
    expect(a.fields.nationalId?.[0]).toBe("5304218");
    expect(a.fields.locality?.[0]).toBe("WINSTON HILLS");
    expect(a.fields.state?.[0]).toBe("NSW");
    expect(a.fields.address_1?.[0]).toBe("STANLEY STREET");
    // rec_id is never a matching field.
    expect(Object.keys(a.fields)).not.toContain("rec_id");
    expect(a.stats?.rows).toBe(5000);
    const b = await readRecords(join(FEBRL, "febrl4b.csv"), FEBRL_MAPPING, { source: "b" });
    expect(b.ids).toHaveLength(5000);
    // "rec-561-dup-0, elton, , 3, …": the missing surname is null, not "".
    expect(b.fields.surname1?.[b.ids.indexOf("rec-561-dup-0")]).toBeNull();
  });

  it("reads a Windows-1252 file with a semicolon and a BOM-less header", async () => {
    const path = join(dir, "padron.csv");
    await writeFile(path, Buffer.from("dni;apellido y nombre\n12.345.678;NÚÑEZ, José\n", "latin1"));
    const r = await readRecords(
      path,
      { nationalId: "dni", idType: "AR_DNI", fullName: "apellido y nombre" },
      { source: "a" },
    );
    expect(r.fields.nationalId).toEqual(["12345678"]);
    expect(r.fields.fullName).toEqual(["JOSE NUNEZ"]);
  });

  it("refuses an empty file and a header without rows as an empty side", async () => {
    const empty = join(dir, "empty.csv");
    await writeFile(empty, "");
    const headerOnly = join(dir, "header.csv");
    await writeFile(headerOnly, "nombre,fnac\n");
    for (const path of [empty, headerOnly]) {
      const e = await failure(readRecords(path, { fullName: "nombre" }, { source: "a" }));
      expect(e.errors[0].type).toBe("linkage/empty-side");
      expect(renderIssue(e.errors[0], "en", linkageIssues)).toContain(`${path} has no data rows`);
    }
  });

  it("names the missing column and the file's columns", async () => {
    const path = join(dir, "b.csv");
    await writeFile(path, "nombre,dni\nAna,1\n");
    const e = await failure(readRecords(path, { fullName: "nombre", birthDate: "fnac" }, { source: "b" }));
    expect(e.errors[0].type).toBe("linkage/missing-column");
    expect(e.errors[0].params).toMatchObject({ file: path, column: "fnac", columns: "nombre, dni" });
  });

  it("passes on the table's own error for a file that is not there", async () => {
    const e = await failure(readRecords(join(dir, "nope.csv"), { fullName: "nombre" }, { source: "a" }));
    expect(e.errors[0].type).toBe("source-error");
  });
});
