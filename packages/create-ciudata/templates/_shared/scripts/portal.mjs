// `npm run portal`: the local sample portal, the same one `ciudata portal serve` starts: a read-only
// CKAN API on this machine with a synthetic, Mendoza-flavoured catalog (no real person in it).
// It listens on the port of "portal" in ciudata.config.json (5000 by default). Ctrl+C stops it.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";

const config = JSON.parse(readFileSync(new URL("../ciudata.config.json", import.meta.url), "utf8"));
const url = new URL(process.env.CIUDATA_PORTAL || config.portal);
const local = ["127.0.0.1", "localhost"].includes(url.hostname);
const port = local && url.port ? Number(url.port) : 5000;

const dir = await mkdtemp(join(tmpdir(), "ciudata-portal-"));
await writeSampleSnapshot(dir);
const server = await servePortal(dir, { port });
console.log(`Portal local (solo lectura) · local portal (read-only): ${server.url}`);
if (!local) console.log(`ciudata.config.json → "portal": "${config.portal}" (not this local portal)`);

const stop = async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
