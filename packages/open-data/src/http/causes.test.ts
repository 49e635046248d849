import { createServer } from "node:net";
import { renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { json, serve } from "../../test-support/helpers";
import { describePortalError } from "../error-messages";
import { createPortal, detectPlatform, type PortalError } from "../index";
import { openDataIssues } from "../messages/issues";

// Finding 7 of issue #17: a portal nobody answers for was reported as "this platform does not offer
// that operation — name the platform". The cause (refused, DNS, TLS, timeout) comes before any guess.

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: PortalError) => e,
  );

/** A port on 127.0.0.1 nobody listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What Node's fetch throws when a name does not resolve (undici wraps the system error in `cause`). */
function dnsFailure(): typeof fetch {
  return async () => {
    throw new TypeError("fetch failed", {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND datos.ejemplo.invalid"), { code: "ENOTFOUND" }),
    });
  };
}

describe("a portal that cannot be reached is reported by its cause, not as an unknown platform", () => {
  it("connection refused: during detection and with the platform named, without retrying", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const detected = await fail(createPortal(url, { rateLimit: false }).search({ q: "barrios" }));
    expect(detected).toMatchObject({ kind: "network", networkCause: "refused" });
    expect(describePortalError(detected as PortalError, "en")).toContain("the connection was refused");
    expect(describePortalError(detected as PortalError, "es")).toContain("se rechazó la conexión");
    expect(describePortalError(detected as PortalError, "en")).not.toContain("platform");
    const named = await fail(createPortal(url, { platform: "ckan", rateLimit: false }).search());
    expect(named).toMatchObject({ kind: "network", networkCause: "refused", attempts: 1 });
  });

  it("a name that does not resolve is a DNS failure", async () => {
    const e = await fail(detectPlatform("https://datos.ejemplo.invalid", { fetch: dnsFailure() }));
    expect(e).toMatchObject({ kind: "network", networkCause: "dns" });
    expect(renderIssue((e as PortalError).errors[0], "pt", openDataIssues)).toContain(
      "o nome do servidor não foi encontrado (DNS)",
    );
  });

  it("https to a server that does not speak TLS is a TLS failure", async () => {
    const { url } = await serve((_req, res) => json(res, 200, {}));
    const e = await fail(detectPlatform(url.replace(/^http:/, "https:"), { rateLimit: false }));
    expect(e).toMatchObject({ kind: "network", networkCause: "tls" });
    expect(describePortalError(e as PortalError, "en")).toContain("the secure connection (TLS) failed");
  });

  it("a server that never answers is a timeout, found at the first probe", async () => {
    let requests = 0;
    const { url } = await serve(() => {
      requests++;
    });
    const e = await fail(detectPlatform(url, { timeout: 200, rateLimit: false }));
    expect(e).toMatchObject({ kind: "timeout" });
    expect(requests).toBe(1);
  });

  it("a portal whose every endpoint is blocked says so; one that answers otherwise is not recognised", async () => {
    const waf = await serve((_req, res) => {
      res.writeHead(403, { "content-type": "text/html" });
      res.end("<html><title>Acceso denegado</title></html>");
    });
    expect(await fail(detectPlatform(waf.url, { rateLimit: false }))).toMatchObject({ kind: "blocked" });
    const other = await serve((_req, res) => json(res, 200, { hola: "mundo" }));
    const e = await fail(detectPlatform(other.url, { rateLimit: false }));
    expect(e).toMatchObject({ kind: "undetected" });
    const en = describePortalError(e as PortalError, "en");
    expect(en).toContain("not like CKAN, OpenDataSoft, Socrata, ArcGIS or a data.json catalog");
    expect(en).not.toContain("does not offer that operation");
    expect(describePortalError(e as PortalError, "es")).toContain("no como CKAN");
  });
});
