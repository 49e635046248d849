import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach } from "vitest";
import { type Loopback, listenLoopback } from "../src/node/index";

/** A request the test server saw. */
export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

const open: Loopback[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((lb) => lb.close()));
});

/** Starts a loopback server for one test (closed after it); `seen` logs every request. */
export async function serve(
  handler: (req: Seen, res: ServerResponse) => void | Promise<void>,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const lb = await listenLoopback((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const u = new URL(req.url ?? "/", "http://127.0.0.1");
      const s: Seen = {
        method: req.method ?? "GET",
        path: u.pathname,
        query: u.searchParams,
        headers: req.headers,
        body,
      };
      seen.push(s);
      Promise.resolve(handler(s, res)).catch((e) => {
        res.destroy(e as Error);
      });
    });
  });
  open.push(lb);
  return { url: lb.url, seen };
}

/** Sends JSON with a status. */
export function json(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(data);
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
}

/** A CKAN success envelope. */
export const ok = (result: unknown) => ({ help: "x", success: true, result });
