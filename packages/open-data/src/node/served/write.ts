import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { join } from "node:path";
import { translator } from "@ciudata/core";
import { writeMessages } from "../../messages/write";
import { answerLang, errBody, okBody, say, send } from "../answer";
import { ckanName } from "./discover";
import { type CkanDict, type DatastoreField, type PublishedStore, sequenceOf } from "./published";
import { datastoreType, quoteId, sqlWriting } from "./types";
import { upsertSql } from "./upsert";

/** The CKAN actions a served folder answers when it was started with a token. */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set([
  "package_create",
  "package_patch",
  "resource_create",
  "resource_patch",
  "datastore_create",
  "datastore_upsert",
  "datastore_delete",
]);

const ACTION_PATH = /^\/api(?:\/3)?\/action\/([a-z_]+)$/;

/** The write action a request path names, or `null`. @internal */
export function writeActionOf(pathname: string): string | null {
  const name = ACTION_PATH.exec(pathname)?.[1];
  return name !== undefined && WRITE_ACTIONS.has(name) ? name : null;
}

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * Whether a request carries the token: `Authorization: <token>` (as CKAN reads it), `Bearer <token>`
 * or `X-CKAN-API-Key`, compared in constant time (both sides hashed first, so lengths do not leak).
 *
 * @example
 * ```ts
 * tokenMatches("s3cret", { authorization: "s3cret" }); //=> true
 * ```
 */
export function tokenMatches(token: string, headers: IncomingHttpHeaders): boolean {
  const raw = headers.authorization ?? headers["x-ckan-api-key"];
  const given = (Array.isArray(raw) ? raw[0] : raw)?.replace(/^Bearer\s+/i, "").trim();
  const same = timingSafeEqual(digest(token), digest(given ?? ""));
  return same && token !== "" && given !== undefined;
}

type Params = Record<string, unknown>;
interface Upload {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** The write half of a served folder: the actions and the downloads of uploaded files. @internal */
export interface Writer {
  authorized(headers: IncomingHttpHeaders): boolean;
  handle(
    name: string,
    method: string,
    headers: IncomingHttpHeaders,
    raw: Buffer,
    res: ServerResponse,
  ): Promise<void>;
  /** Answers `/dataset/<id>/resource/<id>/download/<file>` when it names an upload; `false` otherwise. */
  download(pathname: string, res: ServerResponse): boolean;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
const isObj = (v: unknown): v is Params => typeof v === "object" && v !== null && !Array.isArray(v);
const stamp = () => new Date().toISOString().replace(/Z$/, "");

/** Keys of a resource the API sets itself (never copied from a request). */
const RESOURCE_OWN = new Set(["id", "package_id", "upload", "clear_upload", "created", "datastore_active"]);
const PACKAGE_KEYS = [
  "title",
  "notes",
  "owner_org",
  "private",
  "license_id",
  "url",
  "version",
  "author",
  "author_email",
  "maintainer",
  "maintainer_email",
  "state",
] as const;

/** A list given as a JSON list, a JSON text of one (multipart forms), or a comma-separated text. */
function listOf(value: unknown): unknown[] | null {
  if (value === undefined || value === null || value === "") return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    const text = value.trim();
    if (text.startsWith("[")) {
      try {
        const parsed: unknown = JSON.parse(text);
        return Array.isArray(parsed) ? parsed : null;
      } catch {
        return null;
      }
    }
    return text
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  }
  return null;
}

/**
 * The write actions of a served folder (`package_create`, `package_patch`, `resource_create`,
 * `resource_patch` with a multipart upload, `datastore_create`, `datastore_upsert`,
 * `datastore_delete`), answered as CKAN answers them, on a {@link PublishedStore}.
 *
 * @example
 * ```ts
 * const writer = createWriter(await openPublished("datos/"), token, () => served.url, (n) => false);
 * ```
 * @internal
 */
export function createWriter(
  published: PublishedStore,
  token: string,
  origin: () => string,
  taken: (name: string) => boolean,
): Writer {
  const invalid = (res: ServerResponse, action: string, key: string, message: string) => {
    const body = errBody(action, "Validation Error", message);
    send(res, 409, { ...body, error: { ...body.error, [key]: [message] } });
  };
  const t = (res: ServerResponse) => translator(writeMessages, answerLang.get(res) ?? "es").t;

  async function saveUpload(rid: string, upload: Upload): Promise<string> {
    const dir = join(published.uploads, rid);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const file = ckanFileName(upload.name);
    const temp = join(dir, `.${file}.${process.pid}.tmp`);
    await writeFile(temp, upload.bytes);
    await rename(temp, join(dir, file));
    return file;
  }

  /** Copies a request's resource keys onto a resource, the upload saved and linked. */
  async function fill(resource: CkanDict, pkg: CkanDict, params: Params, upload: Upload | null) {
    for (const [k, v] of Object.entries(params))
      if (!RESOURCE_OWN.has(k) && (v === null || typeof v !== "object")) resource[k] = v;
    if (upload) {
      const file = await saveUpload(resource.id, upload);
      resource.url = `${origin()}/dataset/${pkg.id}/resource/${resource.id}/download/${encodeURIComponent(file)}`;
      resource.url_type = "upload";
      resource.size = upload.bytes.byteLength;
      resource.mimetype = upload.type || null;
      if (!resource.format) resource.format = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toUpperCase() ?? "";
    }
    resource.last_modified = stamp();
  }

  function newResource(pkg: CkanDict): CkanDict {
    const list = (pkg.resources as CkanDict[]) ?? [];
    return {
      id: randomUUID(),
      package_id: pkg.id,
      name: "",
      description: "",
      format: "",
      url: "",
      url_type: null,
      created: stamp(),
      position: list.length,
      state: "active",
      datastore_active: false,
    };
  }

  async function savePackage(pkg: CkanDict): Promise<void> {
    const resources = (pkg.resources as CkanDict[]) ?? [];
    resources.forEach((r, i) => {
      r.position = i;
    });
    pkg.num_resources = resources.length;
    pkg.num_tags = (pkg.tags as unknown[]).length;
    pkg.metadata_modified = stamp();
    await published.savePackage(pkg);
  }

  /** Fills a package's keys from a request; a message when a list is not one. */
  function packageKeys(pkg: CkanDict, params: Params, res: ServerResponse): string | null {
    for (const k of PACKAGE_KEYS) if (params[k] !== undefined) pkg[k] = params[k];
    if (params.owner_org !== undefined) {
      const org = str(params.owner_org);
      pkg.organization = org
        ? { id: org, name: org, title: org, type: "organization", is_organization: true }
        : null;
    }
    for (const key of ["tags", "extras", "groups"] as const) {
      if (params[key] === undefined) continue;
      const list = listOf(params[key]);
      if (list === null) return t(res)("badList", { key });
      if (key === "tags")
        pkg.tags = list.map((x) => {
          const name = isObj(x) ? String(x.name ?? "") : String(x);
          return { name, display_name: name };
        });
      else if (key === "extras")
        pkg.extras = list.filter(isObj).map((x) => ({ key: String(x.key ?? ""), value: str(x.value) ?? "" }));
      else
        pkg.groups = list.map((x) =>
          isObj(x) ? { name: String(x.name ?? x.id ?? "") } : { name: String(x) },
        );
    }
    return null;
  }

  const actions: Record<string, (p: Params, res: ServerResponse, upload: Upload | null) => Promise<void>> = {
    async package_create(p, res) {
      const name = str(p.name);
      if (!name) return invalid(res, "package_create", "name", t(res)("missing", { key: "name" }));
      if (!/^[a-z0-9_-]{2,100}$/.test(name)) return invalid(res, "package_create", "name", t(res)("badName"));
      if (published.findPackage(name) || taken(name))
        return invalid(res, "package_create", "name", t(res)("nameTaken"));
      const now = stamp();
      const pkg: CkanDict = {
        id: randomUUID(),
        name,
        title: name,
        notes: "",
        type: "dataset",
        state: "active",
        private: false,
        owner_org: null,
        organization: null,
        metadata_created: now,
        metadata_modified: now,
        tags: [],
        extras: [],
        groups: [],
        resources: [],
      };
      const bad = packageKeys(pkg, p, res);
      if (bad) return invalid(res, "package_create", "tags", bad);
      for (const r of listOf(p.resources) ?? []) {
        if (!isObj(r)) continue;
        const resource = newResource(pkg);
        await fill(resource, pkg, r, null);
        (pkg.resources as CkanDict[]).push(resource);
      }
      await savePackage(pkg);
      send(res, 200, okBody("package_create", pkg));
    },
    async package_patch(p, res) {
      const pkg = published.findPackage(str(p.id) ?? "");
      if (!pkg)
        return send(res, 404, errBody("package_patch", "Not Found Error", say(res, "notFoundDataset")));
      const name = str(p.name);
      if (name !== undefined && name !== pkg.name) {
        if (!/^[a-z0-9_-]{2,100}$/.test(name))
          return invalid(res, "package_patch", "name", t(res)("badName"));
        if (published.findPackage(name) || taken(name))
          return invalid(res, "package_patch", "name", t(res)("nameTaken"));
        pkg.name = name;
      }
      const bad = packageKeys(pkg, p, res);
      if (bad) return invalid(res, "package_patch", "tags", bad);
      await savePackage(pkg);
      send(res, 200, okBody("package_patch", pkg));
    },
    async resource_create(p, res, upload) {
      const pkg = published.findPackage(str(p.package_id) ?? "");
      if (!pkg)
        return send(res, 404, errBody("resource_create", "Not Found Error", say(res, "notFoundDataset")));
      const resource = newResource(pkg);
      await fill(resource, pkg, p, upload);
      (pkg.resources as CkanDict[]).push(resource);
      await savePackage(pkg);
      send(res, 200, okBody("resource_create", resource));
    },
    async resource_patch(p, res, upload) {
      const found = published.findResource(str(p.id) ?? "");
      if (!found)
        return send(res, 404, errBody("resource_patch", "Not Found Error", say(res, "notFoundResource")));
      await fill(found.resource, found.pkg, p, upload);
      await savePackage(found.pkg);
      send(res, 200, okBody("resource_patch", found.resource));
    },
    async datastore_create(p, res) {
      let rid = str(p.resource_id);
      if (!rid && isObj(p.resource)) {
        const pkg = published.findPackage(str(p.resource.package_id) ?? "");
        if (!pkg)
          return send(res, 404, errBody("datastore_create", "Not Found Error", say(res, "notFoundDataset")));
        const resource = newResource(pkg);
        await fill(resource, pkg, p.resource, null);
        (pkg.resources as CkanDict[]).push(resource);
        await savePackage(pkg);
        rid = resource.id;
      }
      if (!rid)
        return invalid(res, "datastore_create", "resource_id", t(res)("missing", { key: "resource_id" }));
      const found = published.findResource(rid);
      if (!found)
        return send(res, 404, errBody("datastore_create", "Not Found Error", say(res, "notFoundResource")));
      const given = listOf(p.fields);
      if (given === null)
        return invalid(res, "datastore_create", "fields", t(res)("badList", { key: "fields" }));
      const fields: DatastoreField[] = [];
      for (const f of given) {
        const id = isObj(f) ? str(f.id) : undefined;
        if (!id || id.startsWith("_") || fields.some((x) => x.id === id))
          return invalid(res, "datastore_create", "fields", t(res)("badFieldId", { id: id ?? "" }));
        const type = str((f as Params).type) ?? "text";
        const known = datastoreType(type);
        if (!known) return invalid(res, "datastore_create", "fields", t(res)("badType", { id, type }));
        const info = (f as Params).info;
        fields.push({ id, type: known.ckan, ...(isObj(info) ? { info } : {}) });
      }
      const keys = (listOf(p.primary_key) ?? []).map(String);
      const existing = published.datastore(rid);
      const all = [...(existing?.fields ?? [])];
      for (const f of fields) {
        const old = all.find((x) => x.id === f.id);
        if (old && old.type !== f.type)
          return invalid(
            res,
            "datastore_create",
            "fields",
            t(res)("typeChanged", { id: f.id, from: old.type, to: f.type }),
          );
        if (old && f.info) old.info = f.info;
        else all.push(f);
      }
      for (const k of keys)
        if (!all.some((x) => x.id === k))
          return invalid(res, "datastore_create", "primary_key", t(res)("badKey", { id: k }));
      if (existing && keys.length > 0 && keys.join("\n") !== existing.primary_key.join("\n"))
        return invalid(res, "datastore_create", "primary_key", t(res)("keyChanged"));
      const table = quoteId(rid);
      const sql = sqlWriting(published.dialect);
      const column = (f: DatastoreField) =>
        `${quoteId(f.id)} ${sql.column(datastoreType(f.type)?.duck ?? "VARCHAR")}`;
      if (existing) {
        for (const f of all.slice(existing.fields.length))
          await published.query(`ALTER TABLE ${table} ADD COLUMN ${column(f)}`);
      } else {
        const seq = sequenceOf(rid);
        const pk = keys.length ? `, PRIMARY KEY (${keys.map(quoteId).join(", ")})` : "";
        await published.transaction([
          { sql: `CREATE SEQUENCE ${seq}`, params: [] },
          {
            sql: `CREATE TABLE ${table} (_id BIGINT DEFAULT nextval('${seq}')${all.map((f) => `, ${column(f)}`).join("")}${pk})`,
            params: [],
          },
        ]);
      }
      const stored = { resource_id: rid, fields: all, primary_key: existing?.primary_key ?? keys };
      await published.saveDatastore(stored);
      if (!found.resource.datastore_active) {
        found.resource.datastore_active = true;
        if (!found.resource.url) found.resource.url = `${origin()}/datastore/dump/${rid}`;
        await savePackage(found.pkg);
      }
      if (p.records !== undefined) {
        const refused = await write(rid, p.records, "insert", res, "datastore_create");
        if (refused) return;
      }
      send(
        res,
        200,
        okBody("datastore_create", {
          resource_id: rid,
          fields: stored.fields,
          ...(stored.primary_key.length ? { primary_key: stored.primary_key } : {}),
          method: "insert",
        }),
      );
    },
    async datastore_upsert(p, res) {
      const rid = str(p.resource_id) ?? "";
      const method = str(p.method) ?? "upsert";
      if (await write(rid, p.records, method, res, "datastore_upsert")) return;
      send(res, 200, okBody("datastore_upsert", { resource_id: rid, method }));
    },
    async datastore_delete(p, res) {
      const rid = str(p.resource_id) ?? str(p.id) ?? "";
      const found = published.findResource(rid);
      if (!found || !published.datastore(rid))
        return send(res, 404, errBody("datastore_delete", "Not Found Error", say(res, "noDatastore")));
      if (isObj(p.filters) && Object.keys(p.filters).length > 0)
        return invalid(res, "datastore_delete", "filters", t(res)("filtersUnsupported"));
      await published.dropDatastore(rid);
      found.resource.datastore_active = false;
      await savePackage(found.pkg);
      send(res, 200, okBody("datastore_delete", { resource_id: rid }));
    },
  };

  /** Writes records into a DataStore table; `true` when it answered a refusal. */
  async function write(
    rid: string,
    records: unknown,
    method: string,
    res: ServerResponse,
    action: string,
  ): Promise<boolean> {
    const table = published.datastore(rid);
    if (!table) {
      send(res, 404, errBody(action, "Not Found Error", say(res, "noDatastore")));
      return true;
    }
    const plan = upsertSql(table, records, method, published.dialect);
    if ("refusal" in plan) {
      const r = plan.refusal;
      const message =
        r.kind === "columns"
          ? t(res)("unknownColumns", { columns: r.columns.join(", ") })
          : t(res)(r.kind === "records" ? "badRecords" : r.kind === "method" ? "badMethod" : "noKey");
      invalid(res, action, r.kind === "columns" || r.kind === "records" ? "records" : "method", message);
      return true;
    }
    try {
      if (plan.check) {
        const found = Number((await published.query(plan.check.sql, plan.check.params)).rows[0]?.n ?? 0);
        if (found < plan.check.expected) {
          invalid(res, action, "records", t(res)("missingRows", { n: plan.check.expected - found }));
          return true;
        }
      }
      if (plan.statements.length) await published.transaction(plan.statements);
    } catch (error) {
      const detail = error instanceof Error ? engineDetail(error.message) : "";
      invalid(res, action, "records", t(res)("recordsFailed", { detail }));
      return true;
    }
    return false;
  }

  return {
    authorized: (headers) => tokenMatches(token, headers),
    async handle(name, method, headers, raw, res) {
      if (!tokenMatches(token, headers))
        return send(res, 403, errBody(name, "Authorization Error", t(res)("needToken")));
      if (method !== "POST") return send(res, 405, errBody(name, "Validation Error", t(res)("postOnly")));
      const type = String(headers["content-type"] ?? "");
      let params: Params = {};
      let upload: Upload | null = null;
      if (/^multipart\/form-data/i.test(type)) {
        let form: FormData;
        try {
          form = await new Response(new Uint8Array(raw), { headers: { "content-type": type } }).formData();
        } catch {
          return send(res, 400, errBody(name, "Validation Error", t(res)("badUpload")));
        }
        for (const [k, v] of form.entries()) {
          if (typeof v === "string") params[k] = v;
          else if (k === "upload")
            upload = { name: v.name || "upload", type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) };
        }
      } else if (raw.byteLength > 0) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw.toString("utf8"));
        } catch {
          parsed = null;
        }
        if (!isObj(parsed)) return send(res, 400, errBody(name, "Validation Error", say(res, "badBody")));
        params = parsed;
      }
      return (actions[name] as (typeof actions)[string])(params, res, upload);
    },
    download(pathname, res) {
      const m = /^\/dataset\/[^/]+\/resource\/([^/]+)\/download\/([^/]+)$/.exec(pathname);
      if (!m) return false;
      const found = published.findResource(decodeURIComponent(m[1] ?? ""));
      let file: string;
      try {
        file = decodeURIComponent(m[2] ?? "");
      } catch {
        return false;
      }
      const url = String(found?.resource.url ?? "");
      if (found?.resource.url_type !== "upload" || !url.endsWith(`/${encodeURIComponent(file)}`))
        return false;
      res.writeHead(200, {
        "content-type": String(found.resource.mimetype || "application/octet-stream"),
        "x-content-type-options": "nosniff",
        "content-disposition": `attachment; filename="${ckanFileName(file)}"`,
      });
      createReadStream(join(published.uploads, found.resource.id, ckanFileName(file))).pipe(res);
      return true;
    },
  };
}

/** An uploaded file's name as stored: its last segment, letters, digits, `.`, `-` and `_` only. */
function ckanFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const dot = last.lastIndexOf(".");
  const stem = dot > 0 ? last.slice(0, dot) : last;
  const ext = dot > 0 ? last.slice(dot).replace(/[^A-Za-z0-9.]/g, "") : "";
  return `${ckanName(stem)}${ext}`;
}

/**
 * The first line of a database error fit to send back: every quoted part masked, since engines quote the
 * offending value there (`Duplicate key "dni: 12345678"`, `invalid input syntax for type integer: "Juan"`).
 *
 * @example
 * ```ts
 * engineDetail('Constraint Error: Duplicate key "dni: 12345678" violates primary key constraint.');
 * //=> 'Constraint Error: Duplicate key "•••" violates primary key constraint.'
 * ```
 */
export function engineDetail(message: string): string {
  const first = message.split("\n")[0] ?? "";
  return first.replace(/"[^"]*"|'[^']*'/g, (quoted) => `${quoted[0]}•••${quoted[0]}`).slice(0, 300);
}
