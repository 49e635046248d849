import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { odsAdapter } from "../adapters/ods/adapter";
import { PortalError } from "../errors";
import { createHttp } from "../http/client";
import type { Platform } from "../model";
import { createPortal } from "../portal";
import { datastoreShapeDiff } from "./ckan-shape";
import { listenLoopback } from "./loopback";

/** One case of `cases.json`: a recorded body, its status, and the facts a client must report. */
export interface PortalCase {
  fixture: string;
  platform: string;
  endpoint: string;
  httpStatus: number;
  expect: Record<string, unknown>;
}

/** The outcome of one case, shaped like the other ciudata conformance suites. */
export interface PortalCaseResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

const ODS = "/api/explore/v2\\.1/catalog/datasets";
const PATHS: Record<string, Record<string, RegExp>> = {
  ckan: {},
  dcat: { catalog: /^\/data\.json$/ },
  socrata: {
    rows: /^\/resource\/[^/]+\.json$/,
    catalog: /^\/api\/catalog\/v1$/,
    dataset: /^\/api\/views\/[^/]+\.json$/,
  },
  opendatasoft: {
    catalog: new RegExp(`^${ODS}$`),
    dataset: new RegExp(`^${ODS}/[^/]+$`),
    records: new RegExp(`^${ODS}/[^/]+/records$`),
    record: new RegExp(`^${ODS}/[^/]+/records/[^/]+$`),
  },
  arcgis: { rows: /\/(FeatureServer|MapServer)\/\d+\/query$/, dataset: /\/(FeatureServer|MapServer)$/ },
};

/** The path a platform serves an endpoint at (CKAN: `/api/3/action/<endpoint>`). @internal */
export function endpointPath(platform: string, endpoint: string): RegExp | null {
  if (platform === "ckan") return new RegExp(`^/api/3/action/${endpoint.replace(/[^a-z_]/g, "")}$`);
  return PATHS[platform]?.[endpoint] ?? null;
}

const PLATFORM_ALIASES: Record<string, Platform> = {
  ckan: "ckan",
  andino: "ckan",
  dcat: "dcat",
  socrata: "socrata",
  opendatasoft: "opendatasoft",
  ods: "opendatasoft",
  arcgis: "arcgis",
};

/** Runs the real client for one case against `base` and returns the facts it reports. @internal */
async function facts(platform: Platform, endpoint: string, base: string): Promise<Record<string, unknown>> {
  const portal = createPortal(base, { platform, retries: 0, rateLimit: false, timeout: 15_000 });
  const dataset = async (id: string) => {
    const d = await portal.dataset(id);
    return {
      id: d.id,
      name: d.name,
      title: d.title,
      resources: d.resources.length,
      resourceFormats: d.resources.map((r) => r.format),
      tags: d.tags,
      themes: d.themes,
      organization: d.organization?.name ?? null,
      publisher: d.publisher?.name ?? null,
      license: d.license,
      modified: d.modified,
      issued: d.issued,
      accrualPeriodicity: d.accrualPeriodicity,
      columns: d.resources[0]?.columns?.length ?? 0,
      fields: d.resources[0]?.columns?.length ?? 0,
    };
  };
  const search = async () => {
    const page = await portal.search();
    return {
      count: page.total,
      total: page.total,
      resultSetSize: page.total,
      datasets: page.datasets.length,
      ids: page.datasets.map((d) => d.id),
      names: page.datasets.map((d) => d.name),
      titles: page.datasets.map((d) => d.title),
    };
  };
  const rows = async (id: string) => {
    const page = await portal.rows(id);
    return {
      total: page.total,
      records: page.records.length,
      rows: page.records.length,
      fields: page.fields.map((f) => f.name),
    };
  };
  switch (`${platform}:${endpoint}`) {
    case "ckan:package_search":
    case "socrata:catalog":
    case "opendatasoft:catalog":
      return search();
    case "ckan:package_show":
    case "socrata:dataset":
    case "opendatasoft:dataset":
    case "arcgis:dataset":
      return dataset(
        platform === "socrata"
          ? "abcd-1234"
          : platform === "arcgis"
            ? "Servicio/FeatureServer"
            : "conformance",
      );
    case "ckan:package_list": {
      const list = await (await portal.ckan()).packageList();
      return { names: list, count: list.length };
    }
    case "ckan:organization_list": {
      const orgs = await portal.organizations();
      return {
        names: orgs.map((o) => o.name),
        count: orgs.length,
        organizations: orgs.length,
        titles: orgs.map((o) => o.title),
      };
    }
    case "ckan:resource_show": {
      const r = await portal.resource("conformance");
      return { id: r.id, name: r.name, format: r.format, url: r.url, queryable: r.queryable };
    }
    case "ckan:datastore_search":
    case "socrata:rows":
    case "opendatasoft:records":
    case "arcgis:rows":
      return rows(
        platform === "socrata"
          ? "abcd-1234"
          : platform === "arcgis"
            ? "Servicio/FeatureServer/0"
            : "conformance",
      );
    case "opendatasoft:record": {
      const ods = odsAdapter({
        base,
        http: createHttp({ retries: 0, rateLimit: false }),
        validation: "lenient",
      });
      const record = await ods.record("conformance", "record-1");
      return { fields: Object.keys(record).length, keys: Object.keys(record) };
    }
    case "dcat:catalog": {
      const cat = await portal.catalog();
      return {
        datasets: cat.datasets.length,
        distributions: cat.distributions,
        firstTitle: cat.datasets[0]?.title ?? null,
        catalogTitle: cat.title,
        profile: cat.profile,
        violations: cat.violations.length,
      };
    }
    default:
      throw new Error(`no client call for ${platform} ${endpoint}`);
  }
}

function compare(expect: Record<string, unknown>, actual: Record<string, unknown>): string | null {
  for (const [key, want] of Object.entries(expect)) {
    if (key === "error") {
      const got = actual.error;
      if (typeof got !== "object" || got === null) return "expected an error, got a success";
      const problem = compare(want as Record<string, unknown>, got as Record<string, unknown>);
      if (problem) return `error.${problem}`;
      continue;
    }
    if (!(key in actual)) return `${key}: the client reports no such fact`;
    if (!isDeepStrictEqual(actual[key], want)) return `${key} differs`;
  }
  return null;
}

/**
 * Runs the open-data conformance suite of a folder (`cases.json` + fixtures): serves each fixture on a
 * loopback server, with its recorded status, at the path its platform uses; runs the real client
 * (retries off) and compares what it reports with the case. Missing fixtures are skipped.
 *
 * @example
 * ```ts
 * const results = await runPortalConformance("../shared/conformance/opendata");
 * results.filter((r) => r.status === "failed").length; //=> 0
 * ```
 */
export async function runPortalConformance(dir: string): Promise<PortalCaseResult[]> {
  const manifest = JSON.parse(await readFile(join(dir, "cases.json"), "utf8")) as { cases?: PortalCase[] };
  const cases = manifest.cases ?? [];
  const bodies = new Map<number, Buffer>();
  const seen = new Map<number, string[]>();
  const lb = await listenLoopback((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const m = /^\/c\/(\d+)(\/.*)$/.exec(url.pathname);
    const index = m ? Number(m[1]) : -1;
    const rest = m?.[2] ?? url.pathname;
    const c = cases[index];
    const body = bodies.get(index);
    seen.get(index)?.push(`${req.method} ${rest}`);
    const path = c ? endpointPath(c.platform, c.endpoint) : null;
    if (c && body && path?.test(rest)) {
      res.writeHead(c.httpStatus, {
        "content-type": "application/json; charset=utf-8",
        "content-length": body.byteLength,
      });
      res.end(body);
      return;
    }
    res.writeHead(599, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "unexpected path", path: rest }));
  });
  const results: PortalCaseResult[] = [];
  try {
    for (const [index, c] of cases.entries()) {
      const id = `${c.platform} ${c.endpoint} ${c.fixture}`;
      const platform = PLATFORM_ALIASES[c.platform];
      if (!platform || !endpointPath(c.platform, c.endpoint)) {
        results.push({
          id,
          status: "skipped",
          reason: `unknown platform or endpoint: ${c.platform} ${c.endpoint}`,
        });
        continue;
      }
      try {
        bodies.set(index, await readFile(join(dir, c.fixture)));
      } catch {
        results.push({ id, status: "skipped", reason: `fixture ${c.fixture} not found` });
        continue;
      }
      seen.set(index, []);
      let actual: Record<string, unknown>;
      try {
        actual = await facts(platform, c.endpoint, `${lb.url}/c/${index}`);
      } catch (error) {
        if (!(error instanceof PortalError)) {
          results.push({
            id,
            status: "failed",
            reason: String(error),
            expected: c.expect,
            actual: seen.get(index),
          });
          continue;
        }
        actual = {
          error: {
            kind: error.kind,
            status: error.status,
            ckanType: error.ckanType,
            code: error.code,
            resetTime: error.resetTime,
            message: error.serverMessage,
          },
        };
      }
      const problem = compare(c.expect, actual);
      results.push(
        problem === null
          ? { id, status: "passed" }
          : {
              id,
              status: "failed",
              reason: problem,
              expected: c.expect,
              actual: { ...actual, requests: seen.get(index) },
            },
      );
    }
  } finally {
    await lb.close();
  }
  return results;
}

/** The shape of a fact: what kind of value it is, not the value (a live server holds other data). */
function kindOf(value: unknown): string {
  if (Array.isArray(value))
    return `array of ${[...new Set(value.map(kindOf))].sort().join("|") || "anything"}`;
  return value === null ? "null" : typeof value;
}

/**
 * Runs the CKAN cases of an open-data conformance suite (`cases.json`) against a live CKAN server:
 * the real client asks each endpoint and must report every fact the recorded case names, of the same
 * kind (numbers, strings, lists of strings…); a `datastore_search` answer must also have the shape the
 * recorded one has (its keys, `{id, type}` fields, records keyed by the field ids, `_links` to the next
 * page). The server must hold a dataset and a DataStore resource
 * with the id `conformance` (a served folder with `conformance.csv`). Cases that recorded an error are
 * skipped (they depend on the recorded portal).
 *
 * @example
 * ```ts
 * const results = await runCkanServerConformance("../shared/conformance/opendata", served.url);
 * results.filter((r) => r.status === "failed").length; //=> 0
 * ```
 */
export async function runCkanServerConformance(dir: string, base: string): Promise<PortalCaseResult[]> {
  const manifest = JSON.parse(await readFile(join(dir, "cases.json"), "utf8")) as { cases?: PortalCase[] };
  const results: PortalCaseResult[] = [];
  for (const c of manifest.cases ?? []) {
    const id = `${c.platform} ${c.endpoint} ${c.fixture}`;
    if (PLATFORM_ALIASES[c.platform] !== "ckan") continue;
    if ("error" in c.expect) {
      results.push({ id, status: "skipped", reason: "the recorded portal answered an error" });
      continue;
    }
    let actual: Record<string, unknown>;
    try {
      actual = await facts("ckan", c.endpoint, base);
    } catch (error) {
      results.push({ id, status: "failed", reason: String(error) });
      continue;
    }
    const expected = Object.fromEntries(Object.entries(c.expect).map(([k, v]) => [k, kindOf(v)]));
    const got = Object.fromEntries(
      Object.keys(c.expect).map((k) => [k, k in actual ? kindOf(actual[k]) : "missing"]),
    );
    // An empty list recorded says nothing of its items: any list matches it.
    const differs = Object.keys(expected).filter(
      (k) => expected[k] !== got[k] && !(expected[k] === "array of anything" && got[k]?.startsWith("array")),
    );
    results.push(
      differs.length === 0
        ? { id, status: "passed" }
        : {
            id,
            status: "failed",
            reason: `facts of another kind: ${differs.join(", ")}`,
            expected,
            actual: got,
          },
    );
    if (c.endpoint === "datastore_search")
      results.push(await answerShape(dir, c, `${id}: answer shape`, base));
  }
  return results;
}

/** The raw `datastore_search` answer of `base` against the one the case recorded (keys, fields, records, links). */
async function answerShape(dir: string, c: PortalCase, id: string, base: string): Promise<PortalCaseResult> {
  try {
    const recorded = JSON.parse(await readFile(join(dir, c.fixture), "utf8")) as { result?: unknown };
    const res = await fetch(`${base}/api/3/action/datastore_search?resource_id=conformance`);
    const live = (await res.json()) as { success?: unknown; result?: unknown };
    const diff = [
      ...(res.status === 200 && live.success === true ? [] : [`HTTP ${res.status}, success ${live.success}`]),
      ...datastoreShapeDiff(recorded.result, live.result),
    ];
    return diff.length === 0 ? { id, status: "passed" } : { id, status: "failed", reason: diff.join("; ") };
  } catch (error) {
    return { id, status: "failed", reason: String(error) };
  }
}
