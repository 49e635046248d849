import { describe, expect, it } from "vitest";
import { DEFAULT_DIALECT } from "./defaults";
import { resolveDialect } from "./resolve";
import { checkDialect } from "./validate";

describe("resolveDialect", () => {
  it("applies Table Dialect v2 defaults", () => {
    expect(resolveDialect(undefined)).toEqual({ ...DEFAULT_DIALECT });
    expect(resolveDialect(undefined)).toMatchObject({
      delimiter: ",",
      quoteChar: '"',
      doubleQuote: true,
      header: true,
      headerRows: [1],
      headerJoin: " ",
      skipInitialSpace: false,
      lineTerminator: "\r\n",
    });
  });

  it("lets hint values win over sniffed ones", () => {
    const sniffed = { ...DEFAULT_DIALECT, delimiter: ";", headerRows: [3], commentRows: [1, 2] };
    const d = resolveDialect({ delimiter: "|", commentChar: "#" }, sniffed);
    expect(d.delimiter).toBe("|");
    expect(d.commentChar).toBe("#");
    expect(d.headerRows).toEqual([3]);
    expect(d.commentRows).toEqual([1, 2]);
  });

  it("derives header from headerRows and clears headerRows without header", () => {
    expect(resolveDialect({ headerRows: [3, 2, 3] }).headerRows).toEqual([2, 3]);
    expect(resolveDialect({ header: false }).headerRows).toEqual([]);
    expect(resolveDialect({ headerRows: [] }).header).toBe(false);
    expect(
      resolveDialect({ header: true }, { ...DEFAULT_DIALECT, header: false, headerRows: [] }).headerRows,
    ).toEqual([1]);
  });

  it("ignores invalid keys", () => {
    expect(resolveDialect({ delimiter: "\n" }).delimiter).toBe(",");
  });
});

describe("checkDialect", () => {
  it("reports dialect-error per invalid key and keeps the rest", () => {
    const { dialect, errors } = checkDialect({ delimiter: 3, header: false, quoteChar: "ab" });
    expect(dialect).toEqual({ header: false });
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.type === "dialect-error" && e.tags.includes("#dialect"))).toBe(true);
  });

  it("rejects a delimiter equal to the quote char and a non-object", () => {
    expect(checkDialect({ delimiter: '"' }).errors[0]?.params.key).toBe("delimiter");
    expect(checkDialect("csv").errors).toHaveLength(1);
    expect(checkDialect(undefined)).toEqual({ dialect: {}, errors: [] });
  });
});
