import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact";

describe("redactUrl", () => {
  it("drops query string, fragment and credentials", () => {
    expect(redactUrl(new URL("https://user:secret@datos.gob.ar/a/b.csv?token=abc&key=1#x"))).toBe(
      "https://datos.gob.ar/a/b.csv",
    );
    expect(redactUrl("http://127.0.0.1:8080/x.csv?apikey=zz")).toBe("http://127.0.0.1:8080/x.csv");
  });

  it("keeps only the media type of a data: URL", () => {
    expect(redactUrl(new URL("data:text/csv;charset=utf-8,secret%2Cdata"))).toBe(
      "data:text/csv;charset=utf-8,…",
    );
  });

  it("never returns a query string from an unparsable URL", () => {
    expect(redactUrl("not a url?token=1")).toBe("not a url");
  });
});
