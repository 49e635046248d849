import type { IncomingMessage, ServerResponse } from "node:http";
import { type Lang, resolveLang, translator } from "@ciudata/core";
import { openDataMessages } from "../messages/messages";

// The CKAN answer envelope and the language of answers, shared by the local portals.

/** The CKAN actions both local portals answer without a token (they only read). @internal */
export const READ_ACTIONS: ReadonlySet<string> = new Set([
  "package_search",
  "package_show",
  "package_list",
  "organization_list",
  "organization_show",
  "group_list",
  "group_show",
  "tag_list",
  "resource_show",
  "status_show",
  "datastore_search",
]);

/** Writes a JSON (or given) body with its status. @internal */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = "application/json; charset=utf-8",
): void {
  const data = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": type, "x-content-type-options": "nosniff" });
  res.end(data);
}

export type ServeMessages = (typeof openDataMessages)["es"];

/** The language each answer is written in, from its request's `Accept-Language` (Spanish when absent). */
export const answerLang = new WeakMap<ServerResponse, Lang>();

/**
 * The language a request asks for: the first of `Accept-Language` we speak (`pt-BR,pt;q=0.9` → `pt`).
 *
 * @example
 * ```ts
 * acceptedLang("en-US,en;q=0.9"); //=> "en"
 * ```
 */
export function acceptedLang(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  const ranked = value
    .split(",")
    .map((part, i) => {
      const [tag = "", ...rest] = part.split(";");
      const q = rest.map((r) => /^\s*q=([\d.]+)\s*$/.exec(r)?.[1]).find((x) => x !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag !== "" && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return resolveLang(...ranked.map((x) => x.tag));
}

/** A refusal message in the language of the answer (or in a language named). */
export function say<K extends keyof ServeMessages & string>(
  res: ServerResponse | Lang,
  key: K,
  ...params: ServeMessages[K] extends (p: infer P, ...rest: never[]) => string ? [P] : []
): string {
  const { t } = translator(openDataMessages, typeof res === "string" ? res : (answerLang.get(res) ?? "es"));
  return (t as (k: string, p?: unknown) => string)(key, params[0]);
}

/** `access-control-allow-origin` only for origins the user allowed, and only for reading. */
export function corsFor(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): void {
  res.setHeader("vary", "Origin");
  const origin = req.headers.origin;
  if (origin !== undefined && allowed.has(origin) && (req.method === "GET" || req.method === "HEAD"))
    res.setHeader("access-control-allow-origin", origin);
}

/** The Host names the loopback portal answers to: DNS-rebinding pages send their own name and are refused. */
export function loopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return true;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

export const okBody = (action: string, result: unknown) => ({
  help: `/api/3/action/help_show?name=${action}`,
  success: true,
  result,
});
export function errBody(action: string, type: string, message: string) {
  return { help: `/api/3/action/help_show?name=${action}`, success: false, error: { __type: type, message } };
}

/** The `rows` (at most 1000, CKAN's `rows_max`) and `start` of a `package_search`. @internal */
export function searchWindow(params: Record<string, unknown>): { rows: number; start: number } {
  const n = (k: string, fallback: number) => Number(params[k] ?? fallback) || 0;
  return { rows: Math.min(Math.max(0, n("rows", 10)), 1000), start: Math.max(0, n("start", 0)) };
}

/**
 * The action name and parameters of an Action API request (`/api/3/action/<name>`, GET query and POST
 * JSON object merged); `null` after answering a refusal (wrong method, an action not served, a bad
 * body); `undefined` when the path is not the Action API. @internal
 */
export function actionRequest(
  url: URL,
  method: string,
  body: string,
  res: ServerResponse,
  actions: ReadonlySet<string>,
): { name: string; params: Record<string, unknown> } | null | undefined {
  const m = /^\/api(?:\/3)?\/action\/([a-z_]+)$/.exec(url.pathname);
  if (!m) return undefined;
  const name = m[1] ?? "";
  if (method !== "GET" && method !== "POST") {
    send(res, 405, errBody(name, "Validation Error", say(res, "methodNotAllowed")));
    return null;
  }
  if (!actions.has(name)) {
    send(res, 403, errBody(name, "Authorization Error", say(res, "readOnly")));
    return null;
  }
  let params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (method === "POST" && body.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = null;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      send(res, 400, errBody(name, "Validation Error", say(res, "badBody")));
      return null;
    }
    params = { ...params, ...(parsed as Record<string, unknown>) };
  }
  return { name, params };
}

/**
 * Reads a request's body, at most `maxBytes` (over it: a CKAN-shaped 413 and the connection closed),
 * then runs `handle` on it; a failure of `handle` is answered as a CKAN-shaped 500 (or the connection
 * closed when the answer had started).
 *
 * @example
 * ```ts
 * withBody(req, res, 1_000_000, (body) => handle(url, method, body, res));
 * ```
 */
export function withBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  handle: (body: string, raw: Buffer) => Promise<void>,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on("data", (c: Buffer) => {
    if (over) return;
    size += c.byteLength;
    if (size > maxBytes) {
      over = true;
      res.setHeader("connection", "close");
      send(res, 413, errBody("unknown", "Validation Error", say(res, "bodyTooLarge", { max: maxBytes })));
      req.destroy();
    } else chunks.push(c);
  });
  req.on("end", () => {
    if (over) return;
    const raw = Buffer.concat(chunks);
    handle(raw.toString("utf8"), raw).catch(() => {
      if (!res.headersSent)
        send(res, 500, errBody("unknown", "Internal Server Error", say(res, "internalError")));
      else res.destroy();
    });
  });
}
