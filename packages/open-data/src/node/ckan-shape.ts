// The shape of a CKAN `datastore_search` answer, compared with one a real CKAN recorded.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The kind of a JSON value: `array`, `object`, `null`, `string`, `number`, `boolean`. */
const kind = (v: unknown): string => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

/** The link keys a CKAN DataStore sends (`prev` only past the first page). */
const LINK_KEYS = ["start", "next"] as const;

/**
 * How a live `datastore_search` result differs in shape from one a real CKAN answered: every key of
 * the recorded result is there with the same kind of value; each field is `{id, type}` with strings;
 * each record is an object whose keys are the field ids, with `_id` a whole number; `total` and `limit`
 * are numbers; `_links.start` and `_links.next` are paths to `datastore_search` and `next` asks for
 * the next offset. Returns the differences (none: `[]`).
 *
 * @example
 * ```ts
 * datastoreShapeDiff(recorded.result, live.result); //=> []
 * ```
 * @internal
 */
export function datastoreShapeDiff(recorded: unknown, live: unknown): string[] {
  if (!isObj(recorded)) return ["the recorded answer has no result object"];
  if (!isObj(live)) return ["the answer has no result object"];
  const out: string[] = [];
  for (const [key, value] of Object.entries(recorded))
    if (!(key in live)) out.push(`result.${key} is missing`);
    else if (kind(live[key]) !== kind(value))
      out.push(`result.${key} is ${kind(live[key])}, a real CKAN sends ${kind(value)}`);
  const fields = Array.isArray(live.fields) ? live.fields : [];
  const ids: string[] = [];
  for (const [i, f] of fields.entries())
    if (!isObj(f) || typeof f.id !== "string" || typeof f.type !== "string")
      out.push(`result.fields[${i}] is not {id, type} with strings`);
    else ids.push(f.id);
  if (!ids.includes("_id")) out.push("result.fields has no _id");
  const records = Array.isArray(live.records) ? live.records : [];
  if (records.length === 0) out.push("result.records is empty");
  for (const [i, r] of records.entries()) {
    if (!isObj(r)) {
      out.push(`result.records[${i}] is not an object`);
      continue;
    }
    const keys = Object.keys(r).sort();
    if (keys.join() !== [...ids].sort().join())
      out.push(`result.records[${i}] has keys ${keys.join(", ")}, not the field ids`);
    if (!Number.isSafeInteger(r._id)) out.push(`result.records[${i}]._id is not a whole number`);
  }
  const links = isObj(live._links) ? live._links : {};
  for (const key of LINK_KEYS)
    if (typeof links[key] !== "string" || !/\/action\/datastore_search\?/.test(links[key] as string))
      out.push(`result._links.${key} is not a datastore_search path`);
  if (typeof links.next === "string" && typeof live.limit === "number") {
    const next = new URLSearchParams(links.next.split("?")[1] ?? "");
    const offset = typeof live.offset === "number" ? live.offset : 0;
    if (Number(next.get("offset")) !== offset + live.limit)
      out.push(`result._links.next does not ask for offset ${offset + live.limit}`);
  }
  return out;
}
