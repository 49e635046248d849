import { describe, expect, it } from "vitest";
import { describePortalError } from "../error-messages";
import { PortalError } from "../errors";
import { createHttp } from "./client";
import { fetchFollowing, RedirectError } from "./redirect";

/** A fake fetch: answers from a table of URL → response, and logs what each request carried. */
function fakeFetch(routes: Record<string, () => Response>) {
  const calls: Array<{ url: string; method: string; headers: Record<string, string>; body: unknown }> = [];
  const f = async (input: URL, init: RequestInit) => {
    calls.push({
      url: input.href,
      method: init.method ?? "GET",
      headers: { ...(init.headers as Record<string, string>) },
      body: init.body,
    });
    const route = routes[input.href];
    return route ? route() : new Response("no", { status: 404 });
  };
  return { f, calls };
}

const to =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });

describe("fetchFollowing", () => {
  it("keeps credentials on the same origin and on an http→https upgrade of the same host", async () => {
    const { f, calls } = fakeFetch({
      "http://a.gob.ar/x": to("https://a.gob.ar/x"),
      "https://a.gob.ar/x": to("/y", 301),
      "https://a.gob.ar/y": () => new Response("ok"),
    });
    const out = await fetchFollowing(f, new URL("http://a.gob.ar/x"), {
      method: "GET",
      headers: { authorization: "k" },
    });
    expect(calls.map((c) => c.headers.authorization)).toEqual(["k", "k", "k"]);
    expect(out.redirects.map((r) => r.crossOrigin)).toEqual([false, false]);
    expect(out.url.href).toBe("https://a.gob.ar/y");
  });

  it("drops every credential header at a new origin and never puts them back", async () => {
    const { f, calls } = fakeFetch({
      "https://a.gob.ar/x": to("https://b.com/x", 307),
      "https://b.com/x": to("https://a.gob.ar/z", 308),
      "https://a.gob.ar/z": () => new Response("ok"),
    });
    const out = await fetchFollowing(
      f,
      new URL("https://a.gob.ar/x"),
      { headers: { Authorization: "k", "X-App-Token": "t", Cookie: "c", "x-mine": "m", accept: "*/*" } },
      ["X-Mine"],
    );
    expect(calls[1]?.headers).toEqual({ accept: "*/*" });
    expect(calls[2]?.headers).toEqual({ accept: "*/*" });
    expect(out.redirects[0]?.dropped.sort()).toEqual(["authorization", "cookie", "x-app-token", "x-mine"]);
  });

  it("turns a POST into a GET without body on 303, and refuses non-http targets and endless loops", async () => {
    const { f, calls } = fakeFetch({
      "https://a.gob.ar/p": to("https://a.gob.ar/q", 303),
      "https://a.gob.ar/q": () => new Response("ok"),
      "https://a.gob.ar/file": to("file:///etc/passwd"),
      "https://a.gob.ar/loop": to("https://a.gob.ar/loop"),
    });
    await fetchFollowing(f, new URL("https://a.gob.ar/p"), {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(calls[1]).toMatchObject({ method: "GET", body: undefined, headers: {} });
    await expect(fetchFollowing(f, new URL("https://a.gob.ar/file"), {})).rejects.toBeInstanceOf(
      RedirectError,
    );
    await expect(fetchFollowing(f, new URL("https://a.gob.ar/loop"), {})).rejects.toThrow(/redirects/);
  });
});

describe("the HTTP client on a redirect it will not follow", () => {
  it("fails with the redirect kind, worded in each language without the engine's English", async () => {
    const { f } = fakeFetch({ "https://a.gob.ar/loop": to("https://a.gob.ar/loop") });
    const http = createHttp({ fetch: f as typeof fetch, retries: 0, rateLimit: false });
    const error = await http.json({ url: new URL("https://a.gob.ar/loop") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).kind).toBe("redirect");
    expect(describePortalError(error as PortalError, "es")).toContain("redirige demasiadas veces");
    expect(describePortalError(error as PortalError, "pt")).toContain("redireciona vezes demais");
    expect(describePortalError(error as PortalError, "es")).not.toMatch(/more than|redirects/);
  });
});
