import { describe, expect, it } from "vitest";
import { compileDateFormat, detectDateFormat, isDateFormat } from "./dates";

const ref = { referenceYear: 2026 };

describe("compileDateFormat", () => {
  it("reads the declared format, any separator standing for any other", () => {
    const parse = compileDateFormat("dd/MM/yyyy", ref);
    expect(parse("07/03/1990")).toBe("1990-03-07");
    expect(parse("7-3-1990")).toBe("1990-03-07");
    expect(parse("07.03.1990")).toBe("1990-03-07");
    expect(parse("07/03/1990 00:00:00")).toBe("1990-03-07");
  });

  it("keeps a day/month ambiguity as written under the declared format", () => {
    expect(compileDateFormat("dd/MM/yyyy", ref)("03/07/1990")).toBe("1990-07-03");
    expect(compileDateFormat("MM/dd/yyyy", ref)("03/07/1990")).toBe("1990-03-07");
  });

  it("reads compact, two-digit-year and month-name formats", () => {
    expect(compileDateFormat("yyyyMMdd", ref)("19151111")).toBe("1915-11-11");
    expect(compileDateFormat("ddMMyyyy", ref)("07031990")).toBe("1990-03-07");
    expect(compileDateFormat("dd/MM/yy", ref)("07/03/90")).toBe("1990-03-07");
    expect(compileDateFormat("dd/MM/yy", ref)("07/03/15")).toBe("2015-03-07");
    expect(compileDateFormat("d MMM yyyy", ref)("7 mar 1990")).toBe("1990-03-07");
    expect(compileDateFormat("d 'de' MMMM 'de' yyyy", ref)("7 de marzo de 1990")).toBe("1990-03-07");
    expect(compileDateFormat("dd-MMM-yy", ref)("07-ABR-85")).toBe("1985-04-07");
  });

  it("refuses what is not a calendar date or a birth year", () => {
    const parse = compileDateFormat("dd/MM/yyyy", ref);
    expect(parse("31/02/1990")).toBeNull();
    expect(parse("29/02/1991")).toBeNull();
    expect(parse("29/02/1992")).toBe("1992-02-29");
    expect(parse("07/13/1990")).toBeNull();
    expect(parse("07/03/1790")).toBeNull();
    expect(parse("07/03/2090")).toBeNull();
    expect(parse("1990-03-07")).toBeNull();
  });

  it("says which formats it reads", () => {
    expect(isDateFormat("yyyy-MM-dd")).toBe(true);
    expect(isDateFormat("dd/MM")).toBe(false);
    expect(isDateFormat("dd/MM/yyyy HH:mm")).toBe(false);
    expect(() => compileDateFormat("qq")).toThrow(RangeError);
  });
});

describe("detectDateFormat", () => {
  it("chooses the format that reads most values and counts the rest", () => {
    const d = detectDateFormat(["25/12/1985", "07/03/1990", "1/1/2001", "no sé"], ref);
    expect(d.format).toBe("dd/MM/yyyy");
    expect(d.parsed).toBe(3);
    expect(d.unparsed).toBe(1);
  });

  it("recognises month-first columns and ISO dates", () => {
    expect(detectDateFormat(["12/25/1985", "03/07/1990"], ref).format).toBe("MM/dd/yyyy");
    expect(detectDateFormat(["1985-12-25", "1990-03-07"], ref).format).toBe("yyyy-MM-dd");
    expect(detectDateFormat(["19851225", "19900307"], ref).format).toBe("yyyyMMdd");
  });

  it("prefers day before month when every value reads both ways, and reports the tie", () => {
    const d = detectDateFormat(["03/07/1990", "01/02/1985"], ref);
    expect(d.format).toBe("dd/MM/yyyy");
    expect(d.tied).toEqual(["MM/dd/yyyy"]);
  });

  it("does not depend on the order of the values", () => {
    const values = ["12/25/1985", "03/07/1990", "01/13/2000", "07/03/1990"];
    expect(detectDateFormat([...values].reverse(), ref)).toEqual(detectDateFormat(values, ref));
  });
});
