import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A server on 127.0.0.1 with its base URL and a `close` that also drops open connections. */
export interface Loopback {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 and a free port (port 0 unless given). Loopback only: never reachable from the network.
 *
 * @example
 * ```ts
 * const lb = await listenLoopback((req, res) => res.end("{}"));
 * await fetch(lb.url); await lb.close();
 * ```
 */
export async function listenLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port = 0,
): Promise<Loopback> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
