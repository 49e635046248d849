import { checkCatalogs, checkIssueCatalogs, isCiudataError, LANGS, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { describePortalError } from "../error-messages";
import { PortalError, type PortalErrorKind, portalIssueType } from "../errors";
import { catalogMessages } from "./catalog";
import { openDataIssues } from "./issues";
import { openDataMessages } from "./messages";
import { writeMessages } from "./write";

const KINDS: readonly PortalErrorKind[] = [
  "not_found",
  "forbidden",
  "rate_limited",
  "bad_query",
  "server",
  "network",
  "timeout",
  "blocked",
  "invalid_response",
  "redirect",
  "too_large",
  "aborted",
  "unsupported",
  "undetected",
];

describe("open-data catalogs", () => {
  it("word every key in es, en and pt", () => {
    expect(checkIssueCatalogs(openDataIssues)).toEqual([]);
    expect(checkCatalogs(openDataMessages)).toEqual([]);
    expect(checkCatalogs(writeMessages)).toEqual([]);
    expect(checkCatalogs(catalogMessages)).toEqual([]);
  });

  it("word every portal error kind in every language", () => {
    for (const kind of KINDS)
      for (const lang of LANGS)
        expect(openDataIssues[lang], `${kind} ${lang}`).toHaveProperty([portalIssueType(kind)]);
  });
});

describe("PortalError", () => {
  const error = new PortalError({
    kind: "not_found",
    method: "GET",
    url: "https://datos.gob.ar/api/3/action/package_show?id=x&token=SECRETO",
    status: 404,
    serverMessage: "Not found",
  });

  it("is a CiudataError carrying one located issue, with its fields kept", () => {
    expect(error).toBeInstanceOf(Error);
    expect(isCiudataError(error)).toBe(true);
    expect(error.name).toBe("PortalError");
    expect(error.kind).toBe("not_found");
    expect(error.status).toBe(404);
    expect(error.url).toBe("https://datos.gob.ar/api/3/action/package_show");
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toMatchObject({
      type: "portal/not-found",
      params: {
        method: "GET",
        status: 404,
        path: "GET https://datos.gob.ar/api/3/action/package_show (404)",
      },
    });
    expect(error.message).toBe(
      "not_found (GET https://datos.gob.ar/api/3/action/package_show → 404): Not found",
    );
  });

  it("renders in each language without the token", () => {
    expect(describePortalError(error)).toBe(
      "GET https://datos.gob.ar/api/3/action/package_show (404): el portal no encontró lo pedido: revise el identificador o la dirección — «Not found»",
    );
    expect(describePortalError(error, "en")).toContain("the portal did not find it");
    expect(describePortalError(error, "pt")).toContain("o portal não encontrou o pedido");
    for (const lang of LANGS) {
      const text = renderIssue(error.errors[0], lang, openDataIssues);
      expect(text).toContain("GET https://datos.gob.ar/api/3/action/package_show (404)");
      expect(text).not.toContain("SECRETO");
      expect(describePortalError(error, lang)).not.toContain("SECRETO");
    }
  });
});
