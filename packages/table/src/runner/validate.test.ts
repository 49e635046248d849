import { describe, expect, it } from "vitest";
import { tableError } from "../report/error";
import { flatten } from "../report/report";
import type { Check } from "./check";
import { inspectTable } from "./inspect";
import { validateTable } from "./validate";

const keys = ["rowNumber", "fieldNumber", "type"] as const;

/** windows-1252 bytes of a string made of Latin-1 characters. */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("validateTable: structure and labels", () => {
  it("reports blank and duplicate labels, short, blank and long rows like frictionless-py", async () => {
    const report = await validateTable("id,name,,name\n1,english\n1,english\n\n2,german,1,2,3\n");
    expect(flatten(report, [...keys])).toEqual([
      [null, 3, "blank-label"],
      [null, 4, "duplicate-label"],
      [2, 3, "missing-cell"],
      [2, 4, "missing-cell"],
      [3, 3, "missing-cell"],
      [3, 4, "missing-cell"],
      [4, null, "blank-row"],
      [5, 5, "extra-cell"],
    ]);
    expect(report.valid).toBe(false);
  });

  it("treats a row of empty cells as blank and skips its cell errors", async () => {
    const report = await validateTable("id,name,age\n1,John,30\n,,\n", {
      schema: {
        fields: [
          { name: "id", type: "integer", constraints: { required: true } },
          { name: "name" },
          { name: "age", type: "integer" },
        ],
      },
    });
    expect(flatten(report, [...keys])).toEqual([[3, null, "blank-row"]]);
  });

  it("compares labels with the schema by position", async () => {
    const report = await validateTable("id,nombre,extra\n1,Ana,x\n", {
      schema: { fields: [{ name: "id", type: "integer" }, { name: "name" }] },
    });
    expect(flatten(report, [...keys])).toEqual([
      [null, 2, "incorrect-label"],
      [null, 3, "extra-label"],
      [2, 3, "extra-cell"],
    ]);
  });
});

describe("validateTable: types and constraints", () => {
  const schema = {
    fields: [
      { name: "id", type: "integer" },
      { name: "fecha", type: "date", format: "%d/%m/%Y" },
      { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
      { name: "sexo", type: "string", constraints: { enum: ["F", "M", "X"] } },
    ],
    missingValues: ["", "s/d"],
  };

  it("casts Latin American formats and locates what fails", async () => {
    const csv = "id;fecha;monto;sexo\n1;31/12/2024;1.234,56;F\n2;31/02/2024;10,5;M\n3;s/d;abc;Q\n";
    const report = await validateTable(csv, { schema });
    expect(flatten(report, [...keys])).toEqual([
      [3, 2, "type-error"],
      [4, 3, "type-error"],
      [4, 4, "constraint-error"],
    ]);
    const first = report.tasks[0]?.errors[0];
    expect(first?.message).toContain("Fila 3, columna 2 (fecha)");
    expect(first?.message).toContain("31/12/2024");
  });

  it("speaks the user's language", async () => {
    const report = await validateTable("id\nx\n", {
      schema: { fields: [{ name: "id", type: "integer" }] },
      lang: "en",
    });
    expect(report.tasks[0]?.errors[0]?.message).toMatch(
      /^Row 2, column 1 \(id\): the value does not have the column's type or format; expected: integer/,
    );
  });

  it("masks cells by default and reveals them only when asked", async () => {
    const input = "dni\nJuan Pérez\n";
    const schema1 = { fields: [{ name: "dni", type: "integer" }] };
    const masked = await validateTable(input, { schema: schema1 });
    expect(masked.tasks[0]?.errors[0]?.cell).toBe("Jxxx Xxxxx");
    expect(JSON.stringify(masked)).not.toContain("Pérez");
    const raw = await validateTable(input, { schema: schema1, revealCells: true });
    expect(raw.tasks[0]?.errors[0]?.cell).toBe("Juan Pérez");
  });

  it("picks, skips and limits errors", async () => {
    const csv = "a,b\nx,1\ny,2,3\n\n";
    const schema1 = {
      fields: [
        { name: "a", type: "integer" },
        { name: "b", type: "integer" },
      ],
    };
    const picked = await validateTable(csv, { schema: schema1, pickErrors: ["blank-row", "#label"] });
    expect(flatten(picked, [...keys])).toEqual([[4, null, "blank-row"]]);
    const skipped = await validateTable(csv, { schema: schema1, skipErrors: ["type-error"] });
    expect(flatten(skipped, [...keys])).toEqual([
      [3, 3, "extra-cell"],
      [4, null, "blank-row"],
    ]);
    const limited = await validateTable(csv, { schema: schema1, limitErrors: 1 });
    expect(limited.tasks[0]?.errors).toHaveLength(1);
    expect(limited.tasks[0]?.warnings).toContain("reached error limit: 1");
  });

  it("reports an invalid schema with located errors instead of throwing", async () => {
    const report = await validateTable("a\n1\n", { schema: { fields: [{ name: "a", type: "numero" }] } });
    expect(report.valid).toBe(false);
    expect(report.tasks[0]?.errors[0]?.type).toBe("schema-error");
    expect(String(report.tasks[0]?.errors[0]?.params.path)).toContain("fields");
  });
});

describe("validateTable: bytes", () => {
  it("reads windows-1252 and reports what it detected", async () => {
    const report = await validateTable(latin1("apellido;barrio\nNUÑEZ;Centro\nIBÁÑEZ;Bombal\n"));
    const task = report.tasks[0];
    expect(task?.detected.encoding).toMatch(/windows-1252|iso-8859-1/);
    expect(task?.detected.delimiter).toBe(";");
    expect(task?.stats.rows).toBe(2);
    expect(report.valid).toBe(true);
  });

  it("gives a format-error for an HTML page saved as .csv", async () => {
    const report = await validateTable(
      new TextEncoder().encode("<!DOCTYPE html><html><body>Portal</body></html>"),
    );
    expect(flatten(report, ["type"])).toEqual([["format-error"]]);
  });

  it("turns a source that cannot be downloaded into a report", async () => {
    const failing = (async () =>
      new Response("nope", { status: 404, statusText: "Not Found" })) as typeof fetch;
    const report = await validateTable(new URL("http://127.0.0.1:9/datos.csv"), { fetch: failing });
    expect(report.valid).toBe(false);
    expect(report.errors[0]?.type).toBe("scheme-error");
  });
});

describe("one-pass runner", () => {
  it("runs extra checks in the same read, each contributing to one report", async () => {
    let rowsSeen = 0;
    const counter: Check = {
      name: "count",
      onRow() {
        rowsSeen++;
      },
    };
    const tooYoung: Check = {
      name: "demo/too-young",
      onRow(row, ctx) {
        const edad = row.values[1];
        if (typeof edad === "number" && edad < 18)
          ctx.report(
            tableError("demo/too-young", { rowNumber: row.rowNumber, fieldNumber: 2, params: { edad } }),
          );
      },
      onFinish(ctx) {
        ctx.report(
          tableError("demo/done", { severity: "warning", params: { labels: ctx.labels.join("|") } }),
        );
      },
    };
    const report = await validateTable("nombre,edad\nAna,30\nLeo,12\n", {
      schema: { fields: [{ name: "nombre" }, { name: "edad", type: "integer" }] },
      checks: [counter, tooYoung],
    });
    expect(rowsSeen).toBe(2);
    expect(flatten(report, [...keys], { includeWarnings: true })).toEqual([
      [3, 2, "demo/too-young"],
      [null, null, "demo/done"],
    ]);
  });
});

describe("inspectTable", () => {
  it("says what it detected and infers an editable schema", async () => {
    const info = await inspectTable(
      "Padrón de ejemplo\nid;fecha;monto;activo\n1;01/02/2024;1.234,56;si\n2;15/03/2024;99,9;no\n3;s/d;10,0;si\n",
    );
    expect(info.detected.delimiter).toBe(";");
    expect(info.rows).toBe(3);
    expect(info.columns).toBe(4);
    expect(info.labels).toEqual(["id", "fecha", "monto", "activo"]);
    const types = info.schema?.fields.map((f) => [f.name, f.type]);
    expect(types).toEqual([
      ["id", "integer"],
      ["fecha", "date"],
      ["monto", "number"],
      ["activo", "boolean"],
    ]);
  });

  it("counts blank lines apart from data rows, also past the error limit (issue #17, finding 3)", async () => {
    const csv = "id,barrio\n1,Centro\n,\n,\n2,Once\n,\n3,Palermo\n";
    const info = await inspectTable(csv);
    expect([info.rows, info.blankRows]).toEqual([3, 3]);
    expect(info.report.tasks[0]?.stats.rows).toBe(6);
    // The error list is capped at one blank-row; the count of blank lines is not.
    const capped = await inspectTable(csv, { limitErrors: 1 });
    expect([capped.rows, capped.blankRows]).toEqual([3, 3]);
  });
});

describe("validateTable without a schema: inference from a bounded sample, in the same read", () => {
  it("infers from the first rows only; a later row that contradicts the sample's type is a type-error there", async () => {
    const body = Array.from({ length: 1500 }, (_, i) => `${i + 1},${((i * 37) % 900) + 100}`);
    body[1199] = "1200,siete";
    const report = await validateTable(`id,cantidad\n${body.join("\n")}\n`);
    const task = report.tasks[0];
    expect(task?.detected.schemaInferred).toBe(true);
    const schema = task?.detected.schema as { fields: { type: string }[] } | undefined;
    expect(schema?.fields.map((f) => f.type)).toEqual(["integer", "integer"]);
    expect(flatten(report, [...keys])).toEqual([[1201, 2, "type-error"]]);
    expect(task?.stats.rows).toBe(1500);
  });

  it("reads the rows past the sample with the schema of the sample (inferSample sets its size)", async () => {
    const report = await validateTable("n\n1\n2\nx\n", { inferSample: 2 });
    expect(flatten(report, [...keys])).toEqual([[4, 1, "type-error"]]);
  });
});
