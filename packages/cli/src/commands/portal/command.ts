import { defineCommand, helpTexts } from "../../declare";
import { portalMessages } from "../../messages/portal";
import { MASK_ALL_OPTION } from "../../options";

const help = helpTexts(portalMessages);

/** What `ciudata portal` does: its first argument. */
export const PORTAL_ACTIONS = [
  "search",
  "show",
  "rows",
  "download",
  "validate",
  "mirror",
  "serve",
  "publish",
] as const;

/** The platforms `--platform` names (the `PLATFORMS` of `@ciudata/open-data`, checked by a test). */
export const PORTAL_PLATFORMS = ["ckan", "dcat", "socrata", "opendatasoft", "arcgis"] as const;

/**
 * `ciudata portal search|show|rows|download|validate|mirror|serve|publish`: one client for CKAN/Andino, DCAT,
 * Socrata, OpenDataSoft and ArcGIS portals, an offline mirror and a local read-only portal.
 * Keys go in `CIUDATA_PORTAL_TOKEN`, never on the command line.
 */
export const portalCommand = defineCommand({
  name: "portal",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "action", choices: PORTAL_ACTIONS },
    { name: "url", optional: true, variadic: true },
  ],
  options: {
    platform: { type: "string", choices: PORTAL_PLATFORMS, help: help("flag.platform") },
    org: { type: "string", help: help("flag.org") },
    query: { type: "string", value: "text", help: help("flag.query") },
    // search and rows: how many to show; validate: the reader limits (name=value), as in every command.
    limit: { type: "string", multiple: true, value: "20|name=value", help: help("flag.limit") },
    out: { type: "string", value: "file|dir", help: help("flag.out") },
    export: { type: "string", value: "csv", help: help("flag.export") },
    "max-mb": { type: "string", value: "N", help: help("flag.maxMb") },
    "allow-origin": { type: "string", value: "origin", help: help("flag.allowOrigin") },
    timeout: { type: "string", value: "seconds", help: help("flag.timeout") },
    port: { type: "string", value: "5000", help: help("flag.port") },
    host: { type: "string", value: "127.0.0.1", help: help("flag.host") },
    database: { type: "string", value: "postgres://…", help: help("flag.database") },
    sample: { type: "boolean", help: help("flag.sample") },
    for: { type: "string", value: "seconds", help: help("flag.for") },
    to: { type: "string", value: "url", help: help("flag.to") },
    "token-env": { type: "string", value: "CKAN_TOKEN", help: help("flag.tokenEnv") },
    "dry-run": { type: "boolean", help: help("flag.dryRun") },
    force: { type: "string", multiple: true, value: "finding", help: help("flag.force") },
    ...MASK_ALL_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runPortal),
});
